import Testing
@testable import XrefCore

/// Every test string of un-symbols.md §7 through the recognizer, in the document it names.
@Suite struct RecognizerExamplesTests {
    @Test(arguments: referenceExamples)
    func example(_ e: ReferenceExample) {
        let context = e.context.map { DocumentContext(organ: Lexicon.organ(ofSeries: $0), ownSymbols: [$0]) } ?? DocumentContext()
        let found = Recognizer.recognize(raw: e.input, document: context)
        #expect(found.map(\.symbol) == e.expected, "\(e.id): \(e.input)")
        #expect((found.first?.parts ?? []) == e.parts, "\(e.id) parts")
        for c in found where c.symbol.hasPrefix("? ") {
            #expect(!c.resolved && c.candidates.count > 1, "\(e.id): an unresolved citation carries its candidates")
        }
    }

    @Test func offsetsPointAtTheSurfaceInTheRawInput() {
        let raw = "as requested in resolution [2396 \\(2017\\)](#) and\u{00A0}A/74/130."
        let found = Recognizer.recognize(raw: raw)
        let bytes = Array(raw.utf8)
        #expect(found.map(\.symbol) == ["S/RES/2396 (2017)", "A/74/130"])
        #expect(String(decoding: bytes[found[1].start..<found[1].end], as: UTF8.self) == "A/74/130")
        #expect(String(decoding: bytes[found[0].start..<found[0].start + 10], as: UTF8.self) == "resolution")
    }

    /// Issue 20 item 7: shapes of verbatim records and scanned texts.
    @Test func verbatimRecordShapes() {
        let spaced = Recognizer.recognize(raw: "Recalling its resolution ES- 9/1 of 5 February 1982,")
        #expect(spaced.map(\.symbol) == ["A/RES/ES-9/1"])
        // A list that lost a comma goes on only with a Council number and its year.
        let list = Recognizer.recognize(raw: "Recalling its resolutions 2204 (2015) 2216 (2015), and 2266 (2016),", document: DocumentContext(organ: .sc))
        #expect(list.map(\.symbol) == ["S/RES/2204 (2015)", "S/RES/2216 (2015)", "S/RES/2266 (2016)"])
        let prose = Recognizer.recognize(raw: "Recalling its resolution 2204 (2015) 2 members abstained,", document: DocumentContext(organ: .sc))
        #expect(prose.map(\.symbol) == ["S/RES/2204 (2015)"])
    }

    /// Issue 20 item 8: a date that contradicts the Assembly's session years gives the number to the
    /// Human Rights Council where it fits the Council's (`Lexicon.sessionYears`).
    @Test func datesSettleTheOrganOfABareNumber() {
        let keys = Recognizer.recognize(raw: "Recalling resolution 36/8 of 21 March 2017 and resolution 36/8 of 10 December 1981, and resolution 70/1 of 25 September 2015,").map(\.symbol)
        #expect(keys == ["A/HRC/RES/36/8", "A/RES/36/8", "A/RES/70/1"])
        // Decisions keep their reading: another body's decision 27/2 of 2013 is no Council decision.
        #expect(Recognizer.recognize(raw: "in line with Governing Council of the United Nations Environment Programme decision 27/2 of 22 February 2013,").map(\.symbol) != ["A/HRC/DEC/27/2"])
        #expect(Lexicon.sessionYears(.ga, 36) == 1981...1982)
        #expect(Lexicon.sessionYears(.hrc, 36)?.contains(2017) == true)
    }
}
