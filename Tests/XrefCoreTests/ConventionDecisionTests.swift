import Testing
@testable import XrefCore

/// Decisions of the Conference of the Parties to the Convention on Biological Diversity, which numbers
/// them by meeting (Roman to the thirteenth, `IX/16`; Arabic since, `14/4`), and the body named after a
/// list overriding the one carried over from the list before. Sentences from GA resolutions in the corpus.
@Suite struct ConventionDecisionTests {
    static let cases: [(text: String, keys: [String])] = [
        // The body after the date, and the Environment Assembly after it, not the Convention's body carried over.
        ("recalls in this regard decision 14/4 of 30 November 2018 of the Conference of the Parties to the Convention on Biological Diversity and resolution 3/4 of 30 January 2018 of the United Nations Environment Assembly, and urges",
         ["CBD/COP/DEC/14/4", "UNEP/EA.3/Res.4"]),
        // Roman meetings with part letters, the body after the meeting that adopted them, wrapped across lines.
        ("252. Recalls decision IX/16 C, adopted at the ninth meeting of the Conference \nof the Parties to the Convention on Biological Diversity, held in Bonn",
         ["UNEP/CBD/COP/DEC/IX/16"]),
        ("takes note of decision X/29, adopted at the \ntenth meeting of the Conference of the Parties to the Convention on Biological \nDiversity, held in Nagoya",
         ["UNEP/CBD/COP/DEC/X/29"]),
        // A list mixing both numberings.
        ("See decisions XIII/18 and 14/12, 14/13 and 14/17 of the Conference of the Parties to the Convention on Biological Diversity.",
         ["UNEP/CBD/COP/DEC/XIII/18", "CBD/COP/DEC/14/12", "CBD/COP/DEC/14/13", "CBD/COP/DEC/14/17"]),
        // Printed in the Convention's meeting report, cited bare before the decision.
        ("144 United Nations Environment Programme, document UNEP/CBD/COP/7/21, annex, decision VII/5, \nannex I.",
         ["UNEP/CBD/COP/7/21", "UNEP/CBD/COP/DEC/VII/5"]),
        ("document CBD/COP/15/17, decision 15/4, annex.", ["CBD/COP/15/17", "CBD/COP/DEC/15/4"]),
        // The Environment Assembly's fifth session typed in Roman.
        ("United Nations Environment Assembly resolution V/11. Three other", ["UNEP/EA.5/Res.11"]),
        // No body named: a Roman number stays unresolved (the Montreal Protocol numbers its decisions so too).
        ("See A/51/312, annex II, decision II/10.", ["A/51/312", "? dec II/10"]),
        // The body named after the list (UNEP's Governing Council, pseudo-keyed), not the Assembly carried over from before.
        ("General Assembly resolution 2997 (XXVII), decision 19/1 of the Governing Council of UNEP and the Nairobi Declaration",
         ["A/RES/2997 (XXVII)", "UNEP-GC dec 19/1"]),
    ]

    @Test(arguments: cases.indices)
    func recognized(_ k: Int) {
        let (text, keys) = Self.cases[k]
        #expect(Recognizer.recognize(raw: text).map(\.symbol) == keys, "\(text)")
    }

    @Test func aRepeatKeepsTheBodyNamedAtTheFirst() {
        let text = "Recalls decision IX/16 C, adopted at the ninth meeting of the Conference of the Parties to the Convention on Biological Diversity, and invites States to implement decision IX/16 C;"
        #expect(Recognizer.recognize(raw: text).map(\.symbol) == ["UNEP/CBD/COP/DEC/IX/16", "UNEP/CBD/COP/DEC/IX/16"])
    }

    @Test func romanNumbersAreReadOnlyAfterATriggerWord() {
        // Chapter and part numbers after other words are not decisions.
        #expect(Recognizer.recognize(raw: "See chapter IX/2 of the report and Part IV/3.").isEmpty)
    }
}
