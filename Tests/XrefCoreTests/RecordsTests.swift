import Foundation
import Testing
@testable import XrefCore

/// Document records read from real documents' own text: GA and SC resolutions (akn-text), a GA resolution
/// with its PDF masthead (text/ga-resolutions), a Secretariat report (docx-text), HRC documents (md/upr).
@Suite(.enabled(if: Corpus.available)) struct RecordsTests {
    static func record(_ rel: String) throws -> DocumentRecord {
        try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/" + rel)).record
    }

    @Test func generalAssemblyResolution() throws {
        let r = try Self.record("akn-text/75_100_E.txt")
        #expect(r.symbol == "A/RES/75/100" && r.organ == "GA" && r.session == "75" && r.date == "2020-12-10")
        #expect(r.title == "Comprehensive review of special political missions")
        #expect(r.predecessor == "A/RES/74/91" && r.predecessorEvidence.contains("74/91"))
    }

    @Test func predecessorIsTheLatestRecalledOrTheMostRecentNamed() throws {
        #expect(try Self.record("akn-text/A_RES_79_135-2423452E.txt").predecessor == "A/RES/77/19")
        #expect(try Self.record("akn-text/A_RES_79_170-2424210E.txt").predecessor == "A/RES/78/203")
        #expect(try Self.record("akn-text/A_RES_79_183-2424225E.txt").predecessor == "A/RES/78/220")
        // Only "Recalling all its resolutions on the subject": no symbol to recall here.
        #expect(try Self.record("akn-text/A_RES_79_176-2424217E.txt").predecessor == "")
    }

    @Test func sameTitleInAnEarlierSessionAcrossDocuments() throws {
        var records = [try Self.record("akn-text/A_RES_77_218-2228962E.txt"), try Self.record("akn-text/A_RES_79_176-2424217E.txt")]
        Lineage.link(&records)
        #expect(records[1].predecessor == "A/RES/77/218" && records[1].predecessorEvidence == "same title")
        #expect(records[0].predecessor.isEmpty || records[0].predecessorEvidence != "same title")
    }

    @Test func securityCouncilResolution() throws {
        let r = try Self.record("akn-text/S_RES_2504 (2020)-2000407E.txt")
        #expect(r.symbol == "S/RES/2504 (2020)" && r.organ == "SC" && r.date == "2020-01-10" && r.session.isEmpty)
        #expect(r.predecessor == "S/RES/2449 (2018)")
    }

    @Test func mastheadAgendaItemsAndTitleOverLines() throws {
        let r = try Self.record("text/ga-resolutions/A_RES_78_1.txt")
        #expect(r.symbol == "A/RES/78/1" && r.agendaItem == "13 and 117" && r.date == "2023-09-29")
        #expect(r.title.hasPrefix("Political declaration of the high-level political forum on sustainable development"))
    }

    @Test func secretariatReport() throws {
        let r = try Self.record("docx-text/A_80_590.txt")
        #expect(r.symbol == "A/80/590" && r.session == "80" && r.agendaItem == "155")
        #expect(r.title.hasPrefix("Budget performance of the United Nations Multidimensional Integrated Stabilization Mission in Mali"))
    }

    @Test func humanRightsCouncilDocument() throws {
        let r = try Self.record("md/upr/cycle3_A_HRC_43_15_Working_Group_Report.md")
        #expect(r.organ == "HRC" && r.symbol.hasPrefix("A/HRC/43/15") && r.session == "43")
    }
}
