import Foundation
import Testing
@testable import XrefCore

/// Listings of citations read documents without their record, clauses, heading and mandate edges
/// (`Pipeline.Extras`): that must change nothing of the citations or paragraph texts, nor of the mandate
/// edges when only those are asked for, only leave the extras unread.
@Suite(.enabled(if: Corpus.available)) struct PipelineExtrasTests {
    @Test func citationsAreTheSameWithoutTheExtras() throws {
        // Resolutions (with clauses and predecessors) and reports, in English and in another language, and
        // a Council resolution whose preamble has mandate edges (reports "submitted pursuant to" it).
        let files = Array(Corpus.files("akn-text").prefix(40)) + Array(Corpus.files("text/ga-resolutions").prefix(10))
            + Array(Corpus.files("akn-intl-text/fr").prefix(10)) + Corpus.files("akn-text").filter { $0.lastPathComponent.hasPrefix("S_RES_2505 (2020)") }
        var withClauses = 0, withTitles = 0, withMandates = 0
        for url in files where url.pathExtension == "txt" {
            let source = SourceText(path: url.path, bytes: Array(try Data(contentsOf: url)))
            let whole = Pipeline.analyze(source)
            let bare = Pipeline.analyze(source, extras: [])
            let edges = Pipeline.analyze(source, extras: .mandates)
            #expect(bare.citations == whole.citations, "\(url.lastPathComponent)")
            #expect(edges.citations == whole.citations, "\(url.lastPathComponent)")
            #expect(edges.mandates == whole.mandates, "\(url.lastPathComponent)")
            #expect(bare.paragraphPieces.mapValues { $0.map(\.text) } == whole.paragraphPieces.mapValues { $0.map(\.text) })
            #expect(bare.clauses.isEmpty && bare.record.title.isEmpty && bare.mandates.isEmpty, "\(url.lastPathComponent)")
            #expect(bare.context.title == nil && bare.context.date == nil, "\(url.lastPathComponent)")
            if !whole.clauses.isEmpty { withClauses += 1 }
            if !whole.record.title.isEmpty { withTitles += 1 }
            if !whole.mandates.isEmpty { withMandates += 1 }
        }
        // The sample exercises what is left out: most of these documents have clauses and titles.
        #expect(withClauses > 20 && withTitles > 20 && withMandates > 0,
                "\(withClauses) with clauses, \(withTitles) with titles, \(withMandates) with mandate edges")
    }
}
