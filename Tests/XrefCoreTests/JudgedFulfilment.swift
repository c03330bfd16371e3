import Foundation
import Testing
@testable import XrefCore

/// Requests of unseen sessions linked to the documents that fulfil them (issue 18), judged by hand. Every text of
/// the corpus naming a report "pursuant to", "in response to", "in accordance with" or "on the implementation of"
/// a resolution of session 78 that `text/ga-resolutions` holds was read (a regular expression over `akn-text`,
/// `text/ga-resolutions` and `docx-text`): three such reports, each named by a session-79 resolution and its
/// footnote. The other session-78 resolutions cited so (78/25, 78/26, 78/27, 78/220, 78/241, 78/257, 78/264) are
/// not in the corpus, so their requesting paragraphs cannot be read; no answer to a session-80 request is there.
enum JudgedFulfilment {
    struct Row { var requesting: String; var paragraph: String; var answeredBy: String; var answering: String }

    static let rows: [Row] = [
        // 78/17 ¶11 "… a report on the implementation of the present resolution" (GA 79); A/RES/79/16: "Having examined
        // the report of the Secretary-General on the implementation of resolution 78/17,2", note 2 "A/79/139 (Part I)."
        .init(requesting: "A_RES_78_17.txt", paragraph: "11", answeredBy: "A/79/139 (Part I)", answering: "A_RES_79_16-2421677E.txt"),
        // 78/23 ¶7 "to report to the General Assembly at its seventy-ninth session"; A/RES/79/43: "Taking note of the
        // report of the Secretary-General submitted pursuant to resolution 78/23,4", note 4 "A/79/124."
        .init(requesting: "A_RES_78_23.txt", paragraph: "7", answeredBy: "A/79/124", answering: "A_RES_79_43-2423063E.txt"),
        // 78/79 ¶7 "a timely, results-based report" (GA 79; ¶8 adds to it); A/RES/79/92 ¶1: "Takes note of the report
        // of the Secretary-General submitted pursuant to resolution 78/79;3", note 3 "A/79/303."
        .init(requesting: "A_RES_78_79.txt", paragraph: "7", answeredBy: "A/79/303", answering: "A_RES_79_92-2423546E.txt"),
    ]
}

@Suite(.enabled(if: Corpus.available)) struct JudgedFulfilmentTests {
    @Test func requestsOfSessionSeventyEight() throws {
        let corpus = Corpus.shared.appendingPathComponent("corpus")
        var analyses: [DocumentAnalysis] = []
        for row in JudgedFulfilment.rows {
            analyses.append(try Corpus.analyze(corpus.appendingPathComponent("text/ga-resolutions/" + row.requesting)))
            analyses.append(try Corpus.analyze(corpus.appendingPathComponent("akn-text/" + row.answering)))
        }
        let fulfilled = Fulfilments.join(analyses)
        var linked = 0, withParagraph = 0
        for (n, row) in JudgedFulfilment.rows.enumerated() {
            let clauses = analyses[2 * n].clauses.filter(\.mandate)
            let answers = clauses.flatMap { c in (fulfilled[Fulfilments.key(c)] ?? []).map { (c.paragraph, $0) } }.filter { $0.1.symbol == row.answeredBy }
            if !answers.isEmpty { linked += 1 }
            if answers.contains(where: { $0.0 == row.paragraph }) { withParagraph += 1 }
            #expect(answers.contains { $0.0 == row.paragraph }, "\(row.requesting) ¶\(row.paragraph) ← \(row.answeredBy): \(answers.map(\.0))")
        }
        print("judged fulfilment: \(JudgedFulfilment.rows.count) requests, linked \(linked), to the requesting paragraph \(withParagraph)")
    }
}
