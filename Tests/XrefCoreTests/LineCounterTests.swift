import Foundation
import Testing
@testable import XrefCore

/// `extract`'s line numbers come from `LineCounter`, which counts newlines eight bytes at a time: it must
/// agree with a count byte by byte at every offset, after a jump back to the start, and at the end.
@Suite struct LineCounterTests {
    @Test func countsEveryNewlineOnce() {
        // Real text, and newlines in every lane of a word, doubled, with CR and non-ASCII bytes beside them.
        let text = ByteLanesTests.text + Array("\n\n\r\na\nbc\nd\u{00E9}\n\n\n\n\n\n\n\n\n1234567\n12345678\n".utf8)
        text.withUnsafeBufferPointer { t in
            var counter = LineCounter()
            var expected = 1, wrong: [Int] = []
            for offset in 0...t.count {
                if counter.line(at: offset, in: t) != expected { wrong.append(offset) }
                if offset < t.count, t[offset] == 0x0A { expected += 1 }
            }
            #expect(wrong.isEmpty, "\(wrong.prefix(5))")
            #expect(counter.line(at: t.count + 10, in: t) == expected)
            // Asked for an earlier offset it starts again; far offsets in one step count the same.
            let middle = t.count / 2
            let before = t[0..<middle].filter { $0 == 0x0A }.count + 1
            #expect(counter.line(at: middle, in: t) == before)
            var fresh = LineCounter()
            #expect(fresh.line(at: middle, in: t) == before)
        }
    }
}
