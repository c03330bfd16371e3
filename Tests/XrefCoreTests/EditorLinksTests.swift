import Foundation
import Testing
@testable import XrefCore

/// The recognizer against what UN editors hyperlinked (issue "Recognizer": found >= 99 %, matched >= 98 %).
/// The same figures come from `../shared/tools/score_links.py`; this keeps them from regressing.
@Suite(.enabled(if: Corpus.available)) struct EditorLinksTests {
    @Test(arguments: [("docx_hyperlinks.tsv", "docx-text"), ("akn_hyperlinks.tsv", "akn-text")])
    func foundAndMatched(_ tsv: String, _ folder: String) throws {
        let gold = try Corpus.links(tsv, textFolder: folder)
        var total = 0, found = 0, matched = 0
        for (name, links) in gold {
            let analysis = try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/\(folder)/\(name).txt"))
            for link in links {
                total += 1
                let hits = analysis.citations.filter { $0.start < link.end && link.start < $0.end }
                if !hits.isEmpty { found += 1 }
                if hits.contains(where: { Corpus.norm($0.symbol) == Corpus.norm(link.symbol) }) { matched += 1 }
            }
        }
        #expect(total > 1000)
        #expect(Double(found) / Double(total) >= 0.99, "found \(found)/\(total)")
        #expect(Double(matched) / Double(total) >= 0.98, "matched \(matched)/\(total)")
    }
}
