import Foundation
import Testing
@testable import XrefCore

/// Classifies the `nth` occurrence of `cited` in `text` (one block holding everything when `blocks` is nil).
func relation(of cited: String, in text: [UInt8], blocks: [Block]? = nil, nth: Int = 0, from: Int = 0) -> Relation? {
    guard let s = StructureFixture.offset(of: cited, in: text, nth: nth, from: from) else { return nil }
    let block = blocks.flatMap { StructureFixture.block(at: s, in: $0) } ?? Block(id: "b0", kind: .paragraph, range: 0..<text.count)
    return Relations.classify(text, block: block, start: s, end: s + cited.utf8.count)
}

@Suite struct RelationCueExampleTests {
    /// Every cue of the lexicon, run on its own example sentence.
    @Test(arguments: RelationCues.all.indices)
    func cueGovernsItsExample(_ k: Int) {
        let cue = RelationCues.all[k]
        let text = Array(cue.example.utf8)
        #expect(StructureFixture.offset(of: cue.cited, in: text) != nil, "\(cue.phrase): example lacks \(cue.cited)")
        #expect(relation(of: cue.cited, in: text) == cue.relation, "\(cue.phrase) [\(cue.position)]: \(cue.example)")
    }

    @Test func lexiconIsWellFormed() {
        for cue in RelationCues.all {
            #expect(cue.phrase == cue.phrase.lowercased(), "\(cue.phrase)")
            #expect(!cue.phrase.contains("  ") && !cue.phrase.hasPrefix(" ") && !cue.phrase.hasSuffix(" "))
            #expect(!cue.source.isEmpty)
        }
        // Each mandate-bearing relation has at least one cue.
        for r in Relation.allCases where r.isMandate {
            #expect(RelationCues.all.contains { $0.relation == r }, "\(r)")
        }
    }
}

@Suite struct RelationSeedTests {
    let text = StructureFixture.seed
    let blocks = Segmenter.segment(StructureFixture.seed)

    /// (citation text, paragraph, expected relation), read off the seed report by hand.
    @Test(arguments: [
        ("74/177", "summary", Relation.pursuantTo),        // "prepared pursuant to General Assembly resolution"
        ("74/177", "1", .requestedBy),                     // "as requested by the General Assembly in its resolution"
        ("74/171", "10", .inAccordanceWith),
        // "decided in its decision 74/550 ... to postpone the holding of the Fourteenth Congress": the
        // decision decided the postponement of a congress; nothing in the report is postponed.
        ("74/550", "11", .decided),
        ("74/177", "19", .inLineWith),
        ("9/1", "21", .inLineWith),
        ("9/1", "23", .inLineWith),                        // "Also in line with resolution 9/1"
        ("73/186", "40", .inAccordanceWith),
        ("73/191", "47", .pursuantTo),
        ("73/190", "57", .furtherTo),
        ("CAC/COSP/IRG/2020/3", "57", .see),
        ("CAC/COSP/IRG/2019/4", "57", .see),
        ("74/175", "60", .inLineWith),
        ("2396 \\(2017\\)", "64", .implements),            // "the implementation by Member States of ..."
        // "the related international guidelines adopted by the General Assembly in its resolution 69/196":
        // the report names the guidelines by the resolution that adopted them; it endorses nothing.
        ("69/196", "84", .mentions),
        ("73/187", "85", .inAccordanceWith),
        ("A/74/130", "85", .mentions),                     // the report UNODC produced, not a governing text
        ("74/247", "86", .implements),
        ("2019/23", "89", .pursuantTo),
        ("71/326", "92", .pursuantTo),
        ("62/9", "93", .inLineWith),
        ("28/4", "93", .inLineWith),                       // second item of the same "in line with" list
        ("74/171", "114", .inAccordanceWith),
        ("73/191", "115", .inLineWith),
        ("A/75/50", "fn*", .mentions),
    ])
    func seedRelation(_ cited: String, _ paragraph: String, _ expected: Relation) throws {
        // The first occurrence of `cited` inside a block with that id.
        var nth = 0, found: (Block, Int)?
        while found == nil, let s = StructureFixture.offset(of: cited, in: text, nth: nth) {
            if let b = StructureFixture.block(at: s, in: blocks), b.id == paragraph { found = (b, s) }
            nth += 1
        }
        let (block, s) = try #require(found)
        #expect(Relations.classify(text, block: block, start: s, end: s + cited.utf8.count) == expected)
    }

    /// The recognizer may start a citation at its trigger ("General Assembly resolution 73/190").
    @Test func citationStartingAtItsTriggerWords() throws {
        let block = try #require(blocks.first { $0.id == "57" })
        let s = try #require(StructureFixture.offset(of: "General Assembly resolution 73/190", in: text, from: block.range.lowerBound))
        #expect(Relations.classify(text, block: block, start: s, end: s + 34) == .furtherTo)
    }
}

@Suite struct RelationClauseTests {
    func rel(_ sentence: String, _ cited: String, nth: Int = 0) -> Relation? { relation(of: cited, in: Array(sentence.utf8), nth: nth) }

    @Test func sentenceEndStopsACue() {
        #expect(rel("In line with resolution 74/177, UNODC worked with States. The report (A/74/130) was issued in June.", "A/74/130") == .mentions)
        #expect(rel("It was prepared pursuant to resolution 74/177. It contains A/74/130.", "A/74/130") == .mentions)
    }

    @Test func abbreviationsDoNotEndTheSentence() {
        #expect(rel("pursuant to para. 5 of resolution 74/177", "74/177") == .pursuantTo)
        #expect(rel("pursuant to the decision contained in Sales No. E.96.IV.8 and resolution 74/177", "74/177") == .pursuantTo)
    }

    @Test func semicolonEndsTheClause() {
        #expect(rel("Recalling its resolution 74/1; resolution 74/2 is also relevant", "74/2") == .mentions)
    }

    @Test func newVerbOpensANewClause() {
        #expect(rel("Takes note of the report of the Secretary-General (A/79/123), and requests him to implement resolution 74/1;", "A/79/123") == .takesNoteOf)
        #expect(rel("Takes note of the report (A/79/123), and requests the Secretary-General to report on resolution 74/1;", "74/1") == .mentions)
    }

    @Test func pluralNounIsNotANewClause() {
        #expect(rel("Summary of follow-up action taken to implement the decisions and requests of the General Assembly in its resolutions 76/274 and 79/310", "79/310") == .implements)
    }

    @Test func relativeClauseDescribesTheCitedText() {
        let s = "Reaffirming its resolution 60/251, by which the Assembly decided to establish the Human Rights Council, and its resolution 62/219,"
        #expect(rel(s, "60/251") == .reaffirms)
        #expect(rel(s, "62/219") == .reaffirms)
    }

    @Test func cueObjectEndsBeforeAList() {
        let s = "Recalling its resolution 58/134, in which it took note, inter alia, of the road map for the implementation of the Madrid Plan of Action, and its resolutions 60/135 and 61/142,"
        #expect(rel(s, "60/135") == .recalls)
        #expect(rel(s, "61/142") == .recalls)
    }

    @Test func quotedTitlesHoldNoCues() {
        #expect(rel("Recalling its resolution 70/1, entitled “Further to the implementation of the Agenda”, and resolution 74/1,", "74/1") == .recalls)
    }
}

@Suite(.enabled(if: StructureFixture.corpusAvailable)) struct RelationCorpusTests {
    func check(_ rel: String, _ cited: String, after anchor: String, _ expected: Relation) {
        let text = StructureFixture.corpusFile(rel)
        let blocks = Segmenter.segment(text)
        let from = StructureFixture.offset(of: anchor, in: text)
        #expect(from != nil, "\(rel): \(anchor)")
        #expect(relation(of: cited, in: text, blocks: blocks, from: from ?? 0) == expected, "\(rel): \(cited)")
    }

    @Test func preambularOpeners() {
        check("text/ga-resolutions/A_RES_78_104.txt", "2205 (XXI)", after: "Recalling its resolution", .recalls)
        check("text/ga-resolutions/A_RES_78_104.txt", "76/107", after: "Recalling also its resolution", .recalls)
        check("text/ga-resolutions/A_RES_78_164.txt", "75/233", after: "Reaffirming its resolution 75/233", .reaffirms)
        check("akn-text/75_100_E.txt", "74/91", after: "Recalling its resolutions 67/123", .recalls)
        check("akn-text/A_RES_77_225-2228991E.txt", "16/18", after: "Welcoming Human Rights Council resolutions", .welcomes)
    }

    @Test func securityCouncilPreamble() {
        let file = "akn-text/S_RES_2505 (2020)-2000446E.txt"
        check(file, "S/2019/28", after: "Having considered the letters", .takesNoteOf)
        check(file, "2451 (2018)", after: "which were submitted pursuant to", .pursuantTo)
        check(file, "2452 (2019)", after: "which were submitted pursuant to", .pursuantTo)
    }

    @Test func operativeOpeners() {
        check("akn-text/75_100_E.txt", "74/91", after: "1. Takes note of the report", .pursuantTo)  // "submitted pursuant to"
        check("akn-text/S_RES_2620 (2022)-2202077E.txt", "S/2021/696", after: "Takes note of the Secretary-General", .takesNoteOf)
        check("akn-text/S_RES_2620 (2022)-2202077E.txt", "2562 (2021)", after: "Takes note of the Secretary-General", .requestedBy)
        check("text/sc-resolutions/S_RES_0691_1991_EN_GOLD.txt", "644 (1989)", after: "Decides to extend", .extends)
        check("akn-text/S_RES_2511 (2020)-2002954E.txt", "2140 (2014)", after: "Decides to extend until 28 March 2021", .extends)
        check("akn-text/75_101A-B_E.txt", "64/243", after: "55. Recalls its resolution", .recalls)
    }

    @Test func adoptionLine() {
        check("text/ga-resolutions/A_RES_78_104.txt", "A/78/433", after: "[on the report of", .adoptedOnReportOf)
    }
}
