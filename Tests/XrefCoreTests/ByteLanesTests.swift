import Foundation
import Testing
@testable import XrefCore

/// The sixteen-byte masks the recognizer skips by must admit exactly the bytes their rules name, lane by
/// lane, on real text: a lane that drops a byte silently loses every citation it would have opened.
@Suite struct ByteLanesTests {
    /// The seed document, with every shape of byte the masks judge (capitals, "res"/"dec", line breaks, digits).
    static let text: [UInt8] = {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds")
        let files = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        let seed = files.compactMap { try? Data(contentsOf: $0) }.reduce(Data(), +)
        return Array(seed) + Array("RESOLUTION Decision résolution A/RES/74/177.\n\n\r\n2396 (2017)\nDEC/re dec".utf8)
    }()

    /// Each block's first admitted lane against the rule read byte by byte.
    private func firstLanes(_ mask: (ByteLanes) -> ByteLanes.Mask, _ rule: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> (checked: Int, wrong: [Int]) {
        Self.text.withUnsafeBufferPointer { t in
            let raw = UnsafeRawPointer(t.baseAddress!)
            var wrong: [Int] = [], checked = 0
            for p in 1..<(t.count - 18) {
                let expected = (p..<p + 16).first { rule(t, $0) }.map { $0 - p }
                if ByteLanes.first(mask(ByteLanes(raw, p))) != expected { wrong.append(p) }
                checked += 1
            }
            return (checked, wrong)
        }
    }

    @Test func mainLoopMaskAdmitsWhatItsRuleNames() {
        let (checked, wrong) = firstLanes(Scan.mayOpen) { t, i in
            let b = t[i], next = t.at(i + 1)
            return b == 0x0A && (next == 0x0A || next == 0x0D)
                || b.isUpper && (next.isUpper || next == UInt8(ascii: "/"))
                || ByteLanes.triggerLetters(t, i) && !t.at(i - 1).isLetter
        }
        #expect(checked > 10_000)
        #expect(wrong.count == 0, "blocks whose first admitted byte is wrong, first at \(Array(wrong.prefix(5)))")
    }

    @Test func laterItemsMaskEqualsItsByteByByteRule() {
        let (checked, wrong) = firstLanes(CitationScanner.mayMatter) { t, i in CitationScanner(t: t).mayMatter(i) }
        #expect(checked > 10_000)
        #expect(wrong.count == 0, "blocks whose first admitted byte is wrong, first at \(Array(wrong.prefix(5)))")
    }
}
