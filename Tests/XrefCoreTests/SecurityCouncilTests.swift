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
