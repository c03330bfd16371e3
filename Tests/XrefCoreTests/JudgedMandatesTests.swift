import Foundation
import Testing
@testable import XrefCore

/// The clause reader against the judged sample (JudgedMandates.swift): every judged mandate found unless
/// marked missed, every field right unless marked wrong, no mandate found that the judge did not label
/// unless listed; and the figures docs/mandates.md reports.
@Suite(.enabled(if: Corpus.available)) struct JudgedMandatesTests {
    struct Score { var found = 0, judged = 0, matched = 0, deliverable = 0, due = 0, type = 0 }

    @Test func readerAgainstTheJudge() throws {
        try Self.judge(JudgedMandates.rows, folder: "akn-text/", files: JudgedMandates.files,
                       knownFalsePositives: JudgedMandates.knownFalsePositives, name: "judged mandates")
    }

    /// Compares the reader with judged rows of `files` under `corpus/<folder>`, and prints the figures.
    static func judge(_ rows: [JudgedMandate], folder: String, files: [String], knownFalsePositives: Set<String>, name: String) throws {
        var score = Score()
        var falsePositives: [String] = []
        for file in files {
            let clauses = try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/" + folder + file)).clauses.filter(\.mandate)
            var unused = clauses
            score.found += clauses.count
            for row in rows where row.file == file {
                score.judged += 1
                guard let k = unused.firstIndex(where: { $0.paragraph == row.paragraph && $0.verb == row.verb }) else {
                    #expect(row.knownErrors.contains("missed"), "\(file) ¶\(row.paragraph) \(row.verb): not found")
                    continue
                }
                let c = unused.remove(at: k)
                score.matched += 1
                #expect(!row.knownErrors.contains("missed"), "\(file) ¶\(row.paragraph): found now, drop 'missed'")
                let fields: [(String, String, String)] = [("deliverable", c.deliverable, row.deliverable),
                                                          ("due", c.due.joined(separator: " + "), row.due),
                                                          ("type", c.addresseeType.rawValue, row.type)]
                for (name, got, want) in fields {
                    if got == want {
                        switch name { case "deliverable": score.deliverable += 1; case "due": score.due += 1; default: score.type += 1 }
                        #expect(!row.knownErrors.contains(name), "\(file) ¶\(row.paragraph) \(name) right now, drop the mark")
                    } else {
                        #expect(row.knownErrors.contains(name), "\(file) ¶\(row.paragraph) \(name): \(got) ≠ \(want)")
                    }
                }
            }
            for c in unused {
                let key = "\(file)#\(c.paragraph)#\(c.clause)"
                falsePositives.append(key)
                #expect(knownFalsePositives.contains(key), "not a judged mandate: \(key) \(c.evidence.prefix(80))")
            }
        }
        let precision = Double(score.matched) / Double(max(1, score.found)), recall = Double(score.matched) / Double(max(1, score.judged))
        let m = Double(max(1, score.matched))
        print("\(name): \(score.judged), found: \(score.found), matched: \(score.matched); precision \(percent(precision)), recall \(percent(recall)); deliverable \(percent(Double(score.deliverable) / m)), due \(percent(Double(score.due) / m)), addressee type \(percent(Double(score.type) / m))")
        #expect(Set(falsePositives) == knownFalsePositives.intersection(Set(falsePositives)))
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f %%", x * 100) }
}
