import Foundation
import Testing
@testable import XrefCore

/// Listings of citations read documents without their record and clauses (`Pipeline.Extras`): that must
/// change nothing of the citations, mandate edges or paragraph texts, only leave the extras unread.
@Suite(.enabled(if: Corpus.available)) struct PipelineExtrasTests {
    @Test func citationsAreTheSameWithoutTheExtras() throws {
        // Resolutions (with clauses and predecessors) and reports, in English and in another language.
        let files = Array(Corpus.files("akn-text").prefix(40)) + Array(Corpus.files("text/ga-resolutions").prefix(10))
            + Array(Corpus.files("akn-intl-text/fr").prefix(10))
        var withClauses = 0, withTitles = 0
        for url in files where url.pathExtension == "txt" {
            let source = SourceText(path: url.path, bytes: Array(try Data(contentsOf: url)))
            let whole = Pipeline.analyze(source)
            let bare = Pipeline.analyze(source, extras: [])
            #expect(bare.citations == whole.citations, "\(url.lastPathComponent)")
            #expect(bare.mandates.map(\.paragraph) == whole.mandates.map(\.paragraph), "\(url.lastPathComponent)")
            #expect(bare.paragraphPieces.mapValues { $0.map(\.text) } == whole.paragraphPieces.mapValues { $0.map(\.text) })
            #expect(bare.clauses.isEmpty && bare.record.title.isEmpty, "\(url.lastPathComponent)")
            if !whole.clauses.isEmpty { withClauses += 1 }
            if !whole.record.title.isEmpty { withTitles += 1 }
        }
        // The sample exercises what is left out: most of these documents have clauses and titles.
        #expect(withClauses > 20 && withTitles > 20, "\(withClauses) with clauses, \(withTitles) with titles")
    }
}
