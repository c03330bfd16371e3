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

/// UNEP's Governing Council (issue 20): decisions by name, in its reports to the Assembly (A/52/25) and by
/// special session ("SS.VI/1"); other governing councils stay outside the UN's numbering.
@Suite struct GoverningCouncilTests {
    @Test(arguments: [
        ("decision SS.VIII/1", ["UNEP-GC dec SS.VIII/1"]),
        ("Implementation of decision SS.VII/1 on international environmental governance", ["UNEP-GC dec SS.VII/1"]),
        // The Council made decisions only: a special-session number is one under any heading.
        ("Governing Council ministerial declarations and decisions SS.VI/1", ["UNEP-GC dec SS.VI/1"]),
        ("Recalling UN-Habitat Governing Council resolution 26/8 of 12 May 2017", []),
        // The Trusteeship Council numbered with the Roman session only; not the Assembly's, not ECOSOC's.
        ("Trusteeship Council resolutions 2164 (LII) and 2200 (LXI)", ["TC res 2164 (LII)", "TC res 2200 (LXI)"]),
        ("Trusteeship Council resolution 2/1", []),
        // A committee of ECLAC with sessions of its own: not ECOSOC's (Roman session above XXX), not the GA's.
        ("Caribbean Development and Cooperation Committee resolutions 80 (XXIV) and 101 (XXVIII)", ["CDCC res 80 (XXIV)", "CDCC res 101 (XXVIII)"]),
    ])
    func form(_ text: String, _ keys: [String]) {
        #expect(Recognizer.recognize(raw: text).map(\.symbol) == keys, "\(text)")
    }

    @Test(.enabled(if: Corpus.available)) func generalAssemblyResolutionOnUNEP() throws {
        let a = try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/akn-text/A_RES_79_209-2424352E.txt"))
        let keys = Set(a.citations.map(\.symbol))
        for k in ["UNEP-GC dec 27/2", "UNEP-GC dec 19/1", "UNEP-GC dec SS.VI/1", "UNEP-GC dec SS.XI/9", "UNEP/EA.1/Res.15"] {
            #expect(keys.contains(k), "\(k)")
        }
        // "in line with Governing Council of the United Nations Environment Programme decision 27/2 of 22 February 2013"
        #expect(a.citations.first { $0.symbol == "UNEP-GC dec 27/2" }?.relation == .inLineWith)
    }
}
