import Foundation
import Testing
@testable import XrefInput

/// Seeded mutation fuzzing (issue 11): real corpus files of every format, damaged the ways files get
/// damaged (bytes flipped, runs cut out or repeated, markup bytes sprayed in), read through `Reader` and
/// the whole pipeline. A crash fails the run; every mutant must either read or fail with one `ReadError`
/// line, and every citation must lie inside the text. The seed is fixed, so a failure repeats; set
/// XREF_FUZZ_SEED and XREF_FUZZ_ROUNDS to explore further. Skips when ../shared/corpus is absent.
@Suite struct FuzzTests {
    /// One small seed per reader: the smallest files, so a round stays cheap in a debug build.
    static let seeds: [(format: String, file: String)] = [
        ("text", "akn-text/75_19_E.txt"), ("xml", "akn/75_19_E.xml"), ("html", "html/scact1954_table_en.html"),
        ("docx", "docx/A_80_604_Add.6.docx"), ("pdf", "pdf/A_52_620.en.pdf"),
    ]

    @Test(.enabled(if: Corpus.available), arguments: seeds.map(\.format))
    func mutantsReadOrFailCleanly(format: String) throws {
        let seedFile = try #require(Self.seeds.first { $0.format == format }).file
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Corpus.path(seedFile))))
        let env = ProcessInfo.processInfo.environment
        var rng = SplitMix(seed: UInt64(env["XREF_FUZZ_SEED"] ?? "") ?? 0x11_F022)
        let rounds = Int(env["XREF_FUZZ_ROUNDS"] ?? "") ?? (format == "pdf" || format == "docx" ? 40 : 120)
        let dir = TempDir(); defer { dir.remove() }
        let ext = (seedFile as NSString).pathExtension
        var read = 0, refused = 0
        for round in 0..<rounds {
            let mutant = Self.mutate(original, &rng)
            let path = dir.file("m\(round).\(ext)", mutant)
            do {
                let source = try Reader.read(path: path)
                let analysis = Pipeline.analyze(source)
                for c in analysis.citations {
                    #expect(c.start >= 0 && c.start <= c.end && c.end <= source.bytes.count, "round \(round): \(c.start)..<\(c.end)")
                }
                read += 1
            } catch let e as ReadError {
                #expect(!e.description.contains("\n"), "round \(round): \(e)")
                refused += 1
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        #expect(read + refused == rounds)
        // A damaged ZIP or PDF is usually refused whole (CRC, xref table); text and markup must mostly read.
        if format != "docx" && format != "pdf" {
            #expect(read > 0, "no mutant of \(seedFile) was readable: the mutations are too strong to test the reader")
        }
    }

    /// The recognizer alone over mutated plain text: every citation inside the text, keys bounded.
    @Test(.enabled(if: Corpus.available)) func recognizerOnMutatedText() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Corpus.path("akn-text/75_100_E.txt"))))
        var rng = SplitMix(seed: 0xC17E)
        for round in 0..<300 {
            let mutant = Self.mutate(original, &rng)
            for c in Recognizer.recognize(raw: String(decoding: mutant, as: UTF8.self)) {
                #expect(c.start <= c.end, "round \(round)")
                #expect(c.symbol.utf8.count < 200, "round \(round): \(c.symbol.prefix(80))")
            }
        }
    }

    /// Damage as it happens: flipped bytes, a run cut out, a run repeated, bytes that open markup or
    /// symbols sprayed in (`<`, `](`, `/Add.1`, `resolution `).
    static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var b = bytes
        let edits = 1 + Int(rng.next() % 4)
        for _ in 0..<edits where !b.isEmpty {
            let at = Int(rng.next() % UInt64(b.count))
            switch rng.next() % 5 {
            case 0:
                b[at] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
            case 1:
                b.removeSubrange(at..<min(b.count, at + 1 + Int(rng.next() % 512)))
            case 2:
                let run = Array(b[at..<min(b.count, at + 1 + Int(rng.next() % 64))])
                for _ in 0..<(1 + Int(rng.next() % 50)) { b.insert(contentsOf: run, at: at) }
            case 3:
                let tokens = ["<", ">", "](", "[", "/Add.1", "resolution ", "&amp;", "\u{0}", "\n\n", "A/"]
                let token = Array(tokens[Int(rng.next() % UInt64(tokens.count))].utf8)
                for _ in 0..<(1 + Int(rng.next() % 200)) { b.insert(contentsOf: token, at: at) }
            default:
                b = Array(b[..<at])
            }
        }
        return b
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same mutants everywhere.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
