import Testing
@testable import XrefCore

/// Every entry of the body-name table (`Lexicon.bodies`) with its example: the name gives the organ,
/// the organ gives the key (a pseudo-key where the body issues no symbols), and bodies outside the UN
/// give no citation at all, never a Security Council or General Assembly one.
@Suite struct BodiesTests {
    @Test(arguments: Lexicon.bodies.map { ($0.name, $0.example, $0.key) })
    func bodyExample(_ name: String, _ example: String, _ key: String?) {
        let keys = Recognizer.recognize(raw: example).map(\.symbol)
        #expect(keys == (key.map { [$0] } ?? []), "\(name): \(example)")
    }

    @Test func everyNameHasItsExample() {
        for b in Lexicon.bodies { #expect(b.example.contains(b.name), "\(b.name)") }
    }
}

/// Resolutions printed in an organ's annual report are that organ's (`Lexicon.annualReports`).
@Suite struct AnnualReportTests {
    @Test(arguments: Lexicon.annualReports.map { ($0.example, $0.key) })
    func reportGivesItsOrgan(_ example: String, _ key: String) {
        #expect(Recognizer.recognize(raw: example).map(\.symbol).last == key, "\(example)")
    }
}
