import Foundation
import Testing
@testable import XrefCore

@Suite struct SecurityCouncilTests {
    @Test func rangesAscendWithoutOverlap() {
        let r = SecurityCouncil.yearRanges
        for (a, b) in zip(r, r.dropFirst()) {
            #expect(a.year < b.year && a.numbers.upperBound < b.numbers.lowerBound, "\(a) \(b)")
        }
        #expect(SecurityCouncil.year(of: 2396) == 2017)
        #expect(SecurityCouncil.year(of: 1) == 1946)
        #expect(SecurityCouncil.year(of: 950) == nil, "numbers between two known years get no year")
    }

    /// Every dated SC citation in the resolutions corpus agrees with the table (UN editors' typos aside).
    @Test(.enabled(if: Corpus.available)) func tableAgreesWithDatedCitations() throws {
        var checked = 0, disagree: [String] = []
        for folder in ["akn-text", "text/sc-resolutions"] {
            for f in Corpus.files(folder) {
                for c in Recognizer.recognize(raw: String(decoding: try Data(contentsOf: f), as: UTF8.self)) {
                    guard c.symbol.hasPrefix("S/RES/"), c.symbol.hasSuffix(")"), let open = c.symbol.lastIndex(of: "(") else { continue }
                    let number = Int(c.symbol.dropFirst(6).prefix { $0.isNumber })!
                    let year = Int(c.symbol[c.symbol.index(after: open)...].dropLast())!
                    guard let table = SecurityCouncil.year(of: number) else { continue }
                    checked += 1
                    if table != year { disagree.append(c.symbol) }
                }
            }
        }
        #expect(checked > 2000)
        #expect(Double(disagree.count) / Double(checked) < 0.002, "\(disagree.prefix(10))")
    }
}

/// Issue 20, item 5: in the Council's own documents and its members' letters a bare resolution number in the
/// Council's range is the Council's; elsewhere a bare number still needs "Security Council" or a year.
@Suite struct CouncilBareNumberTests {
    let council = DocumentContext(organ: .sc, ownSymbols: ["S/2025/100"])

    @Test func bareNumbersInTheCouncilsDocuments() {
        let found = Recognizer.recognize(raw: "Also recalling resolutions 2688 and 2690, the members of the Council stressed", document: council)
        #expect(found.map(\.symbol) == ["S/RES/2688 (2023)", "S/RES/2690 (2023)"])
    }

    @Test func bareNumbersElsewhereStayRejected() {
        let assembly = DocumentContext(organ: .ga, ownSymbols: ["A/80/100"])
        #expect(Recognizer.recognize(raw: "Also recalling resolutions 2688 and 2690, the members stressed", document: assembly).isEmpty)
        // Another body named, or a number below the Council's modern range: not the Council's.
        #expect(!Recognizer.recognize(raw: "UNESCO resolution 2688 was adopted", document: council).contains { $0.symbol.hasPrefix("S/RES") })
        #expect(!Recognizer.recognize(raw: "see resolution 12 of the Conference", document: council).contains { $0.symbol.hasPrefix("S/RES") })
    }
}
