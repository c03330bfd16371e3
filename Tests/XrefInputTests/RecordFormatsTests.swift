import Foundation
import Testing
import XrefCore
@testable import XrefInput

/// Document records and mandate clauses read the same from every format: Akoma Ntoso XML, PDF, DOCX.
@Suite(.enabled(if: Corpus.available)) struct RecordFormatsTests {
    static func analysis(_ rel: String) throws -> DocumentAnalysis {
        Pipeline.analyze(try Reader.read(path: Corpus.path(rel)))
    }

    @Test func aknRecordAndMandates() throws {
        let a = try Self.analysis("akn/75_100_E.xml")
        #expect(a.record.symbol == "A/RES/75/100" && a.record.date == "2020-12-10")
        #expect(a.record.title == "Comprehensive review of special political missions")
        let text = try Pipeline.analyze(SourceText(path: "t", bytes: Array(Data(contentsOf: URL(fileURLWithPath: Corpus.path("akn-text/75_100_E.txt")))))).clauses
        // The XML and its text rendering give the same mandates.
        #expect(a.clauses.filter(\.mandate).map { "\($0.paragraph).\($0.clause) \($0.deliverable) \($0.due)" }
                == text.filter(\.mandate).map { "\($0.paragraph).\($0.clause) \($0.deliverable) \($0.due)" })
    }

    @Test func pdfResolutionRecord() throws {
        let a = try Self.analysis("pdf/A_RES_73_3-EN.pdf")
        #expect(a.record.symbol == "A/RES/73/3" && a.record.organ == "GA" && a.record.session == "73")
        #expect(!a.record.title.isEmpty && a.record.date.hasPrefix("2018-"))
        #expect(!a.clauses.isEmpty)
    }

    @Test func docxReportRecord() throws {
        let a = try Self.analysis("docx/A_80_590.docx")
        #expect(a.record.symbol == "A/80/590" && a.record.agendaItem == "155" && a.record.session == "80")
        #expect(a.record.title.hasPrefix("Budget performance"))
        #expect(a.clauses.isEmpty)
    }

    @Test func ecosocDraftRecord() throws {
        let a = try Self.analysis("pdf/E_2025_L.13.en.pdf")
        #expect(a.record.organ == "ECOSOC" && a.record.symbol == "E/2025/L.13" && a.record.session == "2025")
    }
}
