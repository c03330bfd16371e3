import Foundation
import Testing
@testable import XrefCore

/// Pinpoints and glued footnote marks on real citations (reference/mandates.md §3, §5).
@Suite(.enabled(if: Corpus.available)) struct PinpointTests {
    static func citations(_ file: String) throws -> [Citation] {
        try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/akn-text/" + file)).citations
    }

    @Test func pinpointsBeforeAndAfterTheCitation() throws {
        let request = try Self.citations("A_RES_77_248-2300140E.txt").first { $0.paragraph == "111" && $0.symbol == "A/RES/69/245" }
        #expect(request?.pinpoint == "para. 81")
        let section = try Self.citations("A_RES_79_253-2424694E.txt").first { $0.paragraph == "14" && $0.symbol.hasPrefix("A/RES/76/246") }
        #expect(section?.pinpoint == "sect. XIII, para. 21")
        #expect(try Self.citations("A_RES_77_177-2228796E.txt").contains { $0.symbol == "A/RES/69/313" && $0.pinpoint == "annex, para. 46" })
        #expect(try Self.citations("75_7_E.txt").contains { $0.symbol.hasPrefix("A/75/345") && $0.pinpoint == "sect. II" })
        #expect(try Self.citations("A_RES_79_10-2421660E.txt").contains { $0.symbol.hasPrefix("E/2009/28") && $0.pinpoint == "chap. I, sect. C" })
    }

    @Test func footnoteMarksGluedToSymbols() throws {
        let c = try Self.citations("75_100_E.txt").first { $0.symbol == "A/RES/74/91" && $0.paragraph == "1" }
        #expect(c?.footnoteMark == 2)
        // "79/92" is not "A/79/928", nor "77/1" "77/10": whole symbols only.
        let ilc = try Self.citations("A_RES_77_103-2228249E.txt")
        #expect(!ilc.contains { $0.symbol == "A/RES/77/10" })
    }
}
