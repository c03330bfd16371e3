import Testing
@testable import XrefCore

/// Issue 11, the pipeline's side: text built to explode output or time. No timings here (speed is shown
/// by `xref bench` and the reproductions); these check the bounds that make the work linear.
@Suite struct HostileTextTests {
    @Test func symbolSuffixChainsAreBounded() {
        let text = "See A/74/130" + String(repeating: "/Add.1", count: 4_000) + " and A/75/50/Add.1/Corr.1."
        let found = Recognizer.recognize(raw: text)
        #expect(found.count == 2)
        let chain = found[0].symbol
        #expect(chain.hasPrefix("A/74/130/Add.1"))
        #expect(chain.split(separator: "/").count <= 1 + SymbolScanner.maxComponents, "\(chain.prefix(120))")
        #expect(chain.components(separatedBy: "Add.").count - 1 <= SymbolScanner.maxSuffixes)
        // A real chain is untouched.
        #expect(found[1].symbol == "A/75/50/Add.1/Corr.1")
    }

    @Test func oneEndlessParagraphGivesEveryCitationOnce() {
        // A real sentence repeated without a line break: mandates are looked up inside each sentence only.
        let sentence = "The present report is submitted pursuant to General Assembly resolution 73/187, UNODC prepared a report (A/74/130). "
        let text = String(repeating: sentence, count: 2_000)
        let a = Pipeline.analyze(SourceText(path: "one-line.txt", bytes: Array(text.utf8)))
        #expect(a.citations.count == 4_000)
        #expect(a.mandates.contains { $0.target == "A/RES/73/187" && $0.source == .symbol("A/74/130") })
    }
}
