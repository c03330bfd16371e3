import Foundation
import Testing
@testable import XrefCore

/// Real documents for the structure tests: the seed report in the repository and the shared corpus
/// beside it (`../shared/corpus`), which tests skip cleanly without.
enum StructureFixture {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repo.appendingPathComponent("../shared/corpus").standardized.path
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpus + "/akn-text") }
    static let seed: [UInt8] = bytes(repo.appendingPathComponent("seeds/000_0d3a60e5d9e57139.txt").path)

    static func bytes(_ path: String) -> [UInt8] { FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [] }
    static func corpusFile(_ rel: String) -> [UInt8] { bytes(corpus + "/" + rel) }

    /// Byte offset of the `nth` occurrence of `needle`, searching from `from`.
    static func offset(of needle: String, in text: [UInt8], nth: Int = 0, from: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, text.count >= n.count else { return nil }
        var seen = 0
        var i = from
        while i + n.count <= text.count {
            if text[i] == n[0], text[i..<(i + n.count)].elementsEqual(n) {
                if seen == nth { return i }
                seen += 1
            }
            i += 1
        }
        return nil
    }

    static func block(at offset: Int, in blocks: [Block]) -> Block? {
        blocks.first { $0.range.contains(offset) }
    }

    /// The id of the block holding the first byte of `needle`.
    static func id(of needle: String, in text: [UInt8], blocks: [Block], nth: Int = 0) -> String? {
        offset(of: needle, in: text, nth: nth).flatMap { block(at: $0, in: blocks)?.id }
    }

    /// Blocks are in order, never overlap, and leave out only blank bytes.
    static func coverageProblems(_ text: [UInt8], _ blocks: [Block]) -> [String] {
        var problems: [String] = []
        var pos = 0
        for b in blocks {
            if b.range.lowerBound < pos { problems.append("\(b.id) overlaps or is out of order at \(b.range.lowerBound)") }
            for i in pos..<max(pos, b.range.lowerBound) where !(text[i] == 0x20 || text[i] == 0x0A || text[i] == 0x09 || text[i] == 0x0D) {
                problems.append("byte \(i) outside any block"); break
            }
            pos = max(pos, b.range.upperBound)
        }
        for i in pos..<text.count where !(text[i] == 0x20 || text[i] == 0x0A || text[i] == 0x09 || text[i] == 0x0D) {
            problems.append("trailing byte \(i) outside any block"); break
        }
        return problems
    }
}

@Suite struct SegmenterSeedTests {
    let text = StructureFixture.seed
    let blocks = Segmenter.segment(StructureFixture.seed)

    func id(_ needle: String, nth: Int = 0) -> String? { StructureFixture.id(of: needle, in: text, blocks: blocks, nth: nth) }

    @Test func citationsOf74_177SitInSummaryParagraph1And19() {
        var ids: [String] = []
        var nth = 0
        while let i = StructureFixture.offset(of: "74/177", in: text, nth: nth) {
            ids.append(StructureFixture.block(at: i, in: blocks)?.id ?? "none")
            nth += 1
        }
        #expect(ids == ["summary", "1", "19"])
    }

    @Test func resolution9_1IsCitedInParagraphs21And23() {
        #expect(id("resolution 9/1") == "21")
        #expect(id("resolution 9/1", nth: 1) == "23")
    }

    /// Page breaks inside paragraphs 14, 21, 30, 38, 51, 73 and 108: the text resumes after a blank
    /// line, in lower case or right after words without closing punctuation.
    @Test(arguments: [
        ("reform of the United Nations development system", "14"),
        ("19 October 2019, a first meeting", "21"),
        ("regional judicial cooperation networks: the West African", "30"),
        ("1,200 criminal investigations", "38"),
        ("including by contributing to the preparatory process", "51"),
        ("of crime. In the Central African Republic", "73"),
        ("stakeholders, including the private sector", "108"),
    ])
    func pageBrokenParagraphKeepsItsId(_ needle: String, _ expected: String) {
        #expect(id(needle) == expected)
        // Extended, not duplicated: one block carries the id.
        #expect(blocks.filter { $0.id == expected }.count == 1)
    }

    @Test func sectionHeadingsAreNotParagraphs() throws {
        let heading = StructureFixture.offset(of: "1. Transnational organized crime", in: text).flatMap { StructureFixture.block(at: $0, in: blocks) }
        #expect(heading?.kind == .heading)
        #expect(heading?.id != "1")
        #expect(StructureFixture.block(at: try #require(StructureFixture.offset(of: "II. Action taken by", in: text)), in: blocks)?.kind == .heading)
        #expect(StructureFixture.block(at: try #require(StructureFixture.offset(of: "A. Enhancing international", in: text)), in: blocks)?.kind == .heading)
    }

    @Test func numberedParagraphsRunFrom1To116() {
        let ids = blocks.filter { $0.kind == .paragraph }.map(\.id)
        #expect(ids.count == 116)
        #expect(ids == (1...116).map(String.init))
    }

    @Test func mastheadSummaryAndFootnotes() {
        #expect(blocks.first?.kind == .masthead)
        #expect(id("Report of the Secretary-General") == "masthead")
        #expect(id("The present report has been prepared") == "summary")
        #expect(id("* [A/75/50]") == "fn*")
        #expect(id("www.unodc.org/unodc/covid-19") == "fn1")
        #expect(id("www.unodc.org/compauth_uncac") == "fn2")
        // The footnote between paragraphs 7 and 8 interrupts nothing.
        #expect(id("The intersessional work of the Commission") == "8")
    }

    @Test func blocksCoverTheTextInOrder() {
        #expect(StructureFixture.coverageProblems(text, blocks).isEmpty)
        #expect(Segmenter.segment(text) == blocks)  // stable across runs
    }
}

@Suite(.enabled(if: StructureFixture.corpusAvailable)) struct SegmenterCorpusTests {
    /// The file's bytes, its blocks, and the id of the block holding a phrase.
    func segmented(_ rel: String) -> ([UInt8], [Block], (String) -> String?) {
        let text = StructureFixture.corpusFile(rel)
        let blocks = Segmenter.segment(text)
        return (text, blocks, { StructureFixture.id(of: $0, in: text, blocks: blocks) })
    }

    @Test func gaResolutionFromAkomaNtoso() {
        let (_, blocks, id) = segmented("akn-text/75_100_E.txt")
        #expect(id("Resolution adopted by the General Assembly") == "title")
        #expect(id("Guided by the purposes and principles") == "pp1")
        #expect(id("Recalling its resolutions 67/123") == "pp2")
        #expect(id("Takes note of the report of the Secretary-General submitted pursuant to resolution 74/91") == "1")
        #expect(id("Decides to include in the provisional agenda") == "7")
        #expect(id("A/75/312.") == "fn2")
        #expect(blocks.filter { $0.kind == .preamble }.count == 21)
        #expect(blocks.filter { $0.kind == .operative }.map(\.id) == (1...7).map(String.init))
    }

    @Test func letteredPartsAndNestedSubparagraphs() {
        let (_, blocks, id) = segmented("akn-text/75_101A-B_E.txt")
        #expect(id("Taking note also of the report of the Secretary-General") == "A.pp2")
        #expect(id("Urges all countries, organizations of the United Nations system") == "A.op1")
        #expect(id("(e) To aim at, in addition to bilateral cooperation") == "A.op1(e)")
        #expect(id("(iv) Facilitation, as appropriate") == "A.op1(e)(iv)")
        #expect(id("(f) To provide full support for the International Programme") == "A.op1(f)")
        #expect(id("Reaffirming its resolution 13 (I)") == "B.pp2")
        #expect(id("55. Recalls its resolution 64/243") == "B.55")
        // Title lines share their id; nothing else was page-broken here, so no other id repeats.
        let ids = blocks.filter { $0.kind != .title }.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func securityCouncilResolution() {
        let (_, blocks, id) = segmented("akn-text/S_RES_2505 (2020)-2000446E.txt")
        #expect(id("Having considered the letters of the Secretary-General") == "pp2")
        #expect(id("(c) to work with the parties") == "2(c)")
        #expect(id("Decides to remain actively seized") == "9")
        #expect(blocks.filter { $0.kind == .preamble }.count == 4)
    }

    /// "Recognizes the role of ..." amid participles is a preambular paragraph worded like an operative one.
    @Test func operativeLookingParagraphInsideThePreamble() throws {
        let (text, blocks, _) = segmented("akn-text/S_RES_2553 (2020)-2016352E.txt")
        let b = StructureFixture.block(at: try #require(StructureFixture.offset(of: "Recognizes the role of United Nations peacekeeping", in: text)), in: blocks)
        #expect(b?.kind == .preamble)
        #expect(b?.id == "pp10")
        #expect(StructureFixture.id(of: "Reaffirms the importance of security sector reform", in: text, blocks: blocks) == "1")
    }

    /// PDF text: one line per printed line, page furniture between pages, footnotes after a rule.
    @Test func gaResolutionFromPDFText() {
        let (text, blocks, _) = segmented("text/ga-resolutions/A_RES_78_104.txt")
        let id = { (s: String, n: Int) in StructureFixture.id(of: s, in: text, blocks: blocks, nth: n) }
        #expect(id("[on the report of the Sixth Committee", 0) == "title")
        #expect(id("Recalling its resolution 2205 (XXI)", 0) == "pp1")
        #expect(id("Noting that the preparation of the Model Provisions", 0) == "pp6")
        #expect(id("benefited from consultations with Governments", 0) == "pp6")  // after the page break
        #expect(blocks.filter { $0.id == "pp6" }.count == 2)  // the running head sits between the pieces
        #expect(id("Requests the Secretary-General to make all efforts", 0) == "4")
        #expect(id("2 Ibid., annex II.", 0) == "fn2")
        #expect(StructureFixture.coverageProblems(text, blocks).isEmpty)
    }

    @Test func annexParagraphsSplitFromOneRun() {
        let (_, _, id) = segmented("text/ga-resolutions/A_RES_78_1.txt")
        #expect(id("Endorses the political declaration") == "op1")
        #expect(id("We reaffirm our commitment to effectively implement") == "annex.2")
        #expect(id("We emphasize that eradicating poverty") == "annex.3")
        #expect(id("We are concerned about the persistent") == "annex.12")
        #expect(id("High-level political forum on sustainable development convened under the auspices of the \nGeneral") == "fn1")
    }

    @Test func oldSecurityCouncilTranscriptions() throws {
        let (_, blocks, id) = segmented("text/sc-resolutions/S_RES_0811_1993_EN_GOLD.txt")
        #expect(id("Reaffirming its resolutions 696 (1991)") == "pp1")
        #expect(id("report referred to in paragraph 16 of resolution 804 (1993), to present") == "9")
        #expect(blocks.filter { $0.kind == .preamble }.count == 9)
        #expect(blocks.filter { $0.kind == .operative }.map(\.id) == (1...14).map(String.init))

        let (t13, b13, _) = segmented("text/sc-resolutions/S_RES_0013_1946_EN_GOLD.txt")
        let op = StructureFixture.block(at: try #require(StructureFixture.offset(of: "Recommends to the General Assembly", in: t13)), in: b13)
        #expect(op?.id == "op1")
        #expect(op?.kind == .operative)
    }

    /// PDF text prints footnote marks after a blank ("Disarmament Commission, 1"): the paragraph still
    /// ends in a comma, is preambular, and later paragraphs keep their numbers.
    @Test func preambularParagraphEndingInSpacedFootnoteMark() {
        let (_, _, id) = segmented("text/ga-resolutions/A_RES_79_72.txt")
        #expect(id("Having considered the report of the Disarmament Commission, 1") == "pp1")
        #expect(id("Recalling its resolutions 47/54 A of 9 December 1992") == "pp2")
        #expect(id("Recalling in particular General Assembly resolution 45/62 B of 4 December") == "pp4")
        #expect(id("Emphasizing once again the important place") == "pp6")

        let sc = StructureFixture.corpus + "/text/sc-resolutions"
        let name = try? FileManager.default.contentsOfDirectory(atPath: sc).first { $0.hasPrefix("S_RES_0523_1982") }
        let (t523, b523, _) = segmented("text/sc-resolutions/" + (name ?? "S_RES_0523_1982_EN_GOLD.txt"))
        let id523 = { (s: String) in StructureFixture.id(of: s, in: t523, blocks: b523) }
        #expect(id523("Having heard the statement of the President of the Republic of Lebanon, 44") == "pp1")
        #expect(id523("Recalling its resolutions 425 (1978)") == "pp2")
        #expect(id523("Reaffirming its resolutions 508 (1982) and 509 (1982).") == "pp3")
        #expect(id523("Responding to the request of the Government of Lebanon") == "pp5")
    }

    /// The Library's tables of Security Council meetings (HTML): the caption is the masthead, every
    /// row after it is body. The text is built as the HTML reader prints it: cells joined by " | ",
    /// one row per paragraph.
    @Test func tableRowsAreNotMasthead() throws {
        let html = String(decoding: StructureFixture.corpusFile("html/scact2018_table_en.html"), as: UTF8.self)
        var rows: [String] = []
        for row in html.components(separatedBy: "<tr").dropFirst() {
            let cells = row.components(separatedBy: "</tr>")[0].components(separatedBy: "<t").dropFirst().compactMap { cell -> String? in
                guard cell.hasPrefix("d") || cell.hasPrefix("h") else { return nil }
                let plain = cell.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "^[^>]*>", with: "", options: .regularExpression)
                return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")  // "\r\n" is one Character
            }
            if !cells.isEmpty { rows.append(cells.joined(separator: " | ")) }
        }
        #expect(rows.count > 250)
        let text = Array(rows.joined(separator: "\n\n").utf8)
        let blocks = Segmenter.segment(text)
        #expect(blocks.filter { $0.kind == .masthead }.count == 1)
        #expect(StructureFixture.id(of: "Meetings conducted by the Security Council in 2018", in: text, blocks: blocks) == "masthead")
        #expect(StructureFixture.block(at: try #require(StructureFixture.offset(of: "S/PV.8439 | 21 December", in: text)), in: blocks)?.kind == .other)
        #expect(StructureFixture.coverageProblems(text, blocks).isEmpty)
    }

    @Test func programmeBudgetParagraphNumbers() {
        let (text, blocks, _) = segmented("docx-text/A_81_6 (SECT. 3).txt")
        #expect(StructureFixture.id(of: "The Department of Political and Peacebuilding Affairs is responsible", in: text, blocks: blocks) == "3.I.1")
        let (t10, b10, _) = segmented("docx-text/A_81_6 (SECT. 10).txt")
        #expect(StructureFixture.id(of: "The work of the Office is grounded in the three programmes", in: t10, blocks: b10) == "10.2")
    }

    @Test(arguments: ["akn-text/75_101A-B_E.txt", "text/ga-resolutions/A_RES_78_1.txt", "text/sc-resolutions/S_RES_0541_1983_EN_GOLD.txt",
                      "docx-text/A_80_600.txt", "docx-text/A_81_6 (SECT. 8).txt"])
    func blocksCoverTheText(_ rel: String) {
        let (text, blocks, _) = segmented(rel)
        #expect(!blocks.isEmpty)
        #expect(StructureFixture.coverageProblems(text, blocks).isEmpty)
    }

    /// The editors' Akoma Ntoso marks every preambular paragraph (`<container>` in `<preamble>`):
    /// the preamble counts from plain text agree for nearly every resolution.
    @Test func preambleCountsAgreeWithAkomaNtoso() throws {
        let folder = StructureFixture.corpus + "/akn"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }
        var agree = 0
        for name in names {
            let xml = String(decoding: StructureFixture.bytes(folder + "/" + name), as: UTF8.self)
            var expected = 0
            var rest = Substring(xml)
            while let open = rest.range(of: "<preamble>"), let close = rest.range(of: "</preamble>", range: open.upperBound..<rest.endIndex) {
                expected += rest[open.upperBound..<close.lowerBound].components(separatedBy: "<container").count - 1
                rest = rest[close.upperBound...]
            }
            let text = StructureFixture.corpusFile("akn-text/" + name.dropLast(4) + ".txt")
            let found = Set(Segmenter.segment(text).filter { $0.kind == .preamble && !$0.id.contains("(") }.map(\.id)).count
            if found == expected { agree += 1 }
        }
        #expect(names.count > 1000)
        #expect(Double(agree) / Double(names.count) > 0.97)
    }
}

/// The opening of A/80/67 as the PDF reader prints it (one line per paragraph): the masthead ends
/// where the note verbale's first sentence begins.
@Suite struct SegmenterMastheadTests {
    static let noteVerbale = """
    A/80/67

    United Nations

    General Assembly

    Distr.: General 25 February 2025

    Original: English

    Eightieth session Item 116 (c) of the preliminary list* Elections to fill vacancies in subsidiary organs and other elections: election of members of the Human Rights Council

    Note verbale dated 24 February 2025 from the Permanent Mission of Italy to the United Nations addressed to the President of the General Assembly

    The Permanent Mission of Italy to the United Nations has the honour to refer to the candidature of Italy to the Human Rights Council for the term 2026–2028, at the elections to be held in October 2025 in New York.

    In accordance with General Assembly resolution 60/251, the Permanent Mission of Italy to the United Nations also has the honour to transmit herewith Italy’s voluntary pledges and commitments for the above-mentioned candidature (see annex).

    In this regard, the Permanent Mission of Italy would be grateful to the President of the General Assembly if the present note and its annex could be circulated as a document of the Assembly, under item 116 (c) of the preliminary list.

    Annex to the note verbale dated 24 February 2025 from the Permanent Mission of Italy to the United Nations addressed to the President of the General Assembly

    Candidature of Italy to the Human Rights Council, 2026–2028

    1.\tItaly has always been engaged in and committed to the work of the Human Rights Council and has acted as a member of the Council for three terms.

    """

    @Test func mastheadEndsAtTheFirstSentence() {
        let text = Array(Self.noteVerbale.utf8)
        let blocks = Segmenter.segment(text)
        let id = { (s: String) in StructureFixture.id(of: s, in: text, blocks: blocks) }
        #expect(id("Distr.: General 25 February 2025") == "masthead")
        #expect(id("Note verbale dated 24 February 2025") == "masthead")
        #expect(blocks.filter { $0.kind == .masthead }.count == 7)
        #expect(id("The Permanent Mission of Italy to the United Nations has the honour") != "masthead")
        #expect(id("In accordance with General Assembly resolution 60/251") != "masthead")
        #expect(id("Candidature of Italy") != "masthead")
        #expect(id("Italy has always been engaged") == "1")
        #expect(StructureFixture.coverageProblems(text, blocks).isEmpty)
    }

    /// However it reads, the masthead never has more than 30 units.
    @Test func mastheadIsBounded() {
        let text = Array((1...60).map { "Mr. Delegate Number \($0)" }.joined(separator: "\n\n").utf8)
        let blocks = Segmenter.segment(text)
        #expect(blocks.filter { $0.kind == .masthead }.count == 30)
    }
}
