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

    /// Issue 20 item 7, the rest: square brackets of verbatim records, a trigger word hyphenated over a line
    /// break, and the note mark old Council transcripts print after a list's comma (text/sc-resolutions
    /// S_RES_0577_1985: "resolution 571 (1985), 79", where 79 is the note, not resolution 79 (1950)).
    @Test func bracketsHyphensAndMarksOfTranscripts() {
        #expect(Recognizer.recognize(raw: "The General Assembly, in its [resolution 181] (II), recommended the partition.").map(\.symbol) == ["A/RES/181 (II)"])
        #expect(Recognizer.recognize(raw: "He recalled the relevant resolution [2131(XX)] on non-intervention.").map(\.symbol) == ["A/RES/2131 (XX)"])
        #expect(Recognizer.recognize(raw: "The Assembly recalled its reso-\nlutions 2131 (XX) and 2625 (XXV).").map(\.symbol) == ["A/RES/2131 (XX)", "A/RES/2625 (XXV)"])
        #expect(Recognizer.recognize(raw: "the relevant deci-\nsion 74/550 of the Assembly").map(\.symbol) == ["A/DEC/74/550"])
        // A bracket alone, or a hyphen without a line break, is no verbatim shape.
        #expect(Recognizer.recognize(raw: "as he said] (II) of resolution 181").isEmpty)
        #expect(Recognizer.recognize(raw: "the reso-lutions 2131 (XX)").isEmpty)
        let council = DocumentContext(organ: .sc)
        let marked = Recognizer.recognize(raw: "Having examined the report of the Commission established under resolution 571 (1985), 79\n\nHaving considered", document: council)
        #expect(marked.map(\.symbol) == ["S/RES/571 (1985)"])
        // A list of Council numbers goes on where the next one carries its year, or a date follows.
        let list = Recognizer.recognize(raw: "Recalling its resolutions 387 (1976), 428 (1978), 447\n(1979) and 454 (1979),", document: council)
        #expect(list.count == 4)
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
