import XrefCore

/// What `report.html` says about the documents read besides the graph (issue 18): each document's record
/// (symbol, title, date, organ, language, predecessor) and each resolution's mandate clauses with the
/// documents that fulfil them. Rows in the very form `xref documents --format json` and
/// `xref mandates --format json` print (`Listings.documents`, `Listings.mandates`).
public struct ReportDocuments: Sendable {
    public typealias MandateRow = (document: String, clause: MandateClause, fulfilledBy: [Fulfilment])
    var records: [DocumentRecord] = []
    var mandates: [MandateRow] = []

    public init() {}

    /// The records (with their predecessors, `Lineage.link`) and the mandate clauses of the documents read,
    /// each with what answers it (`Fulfilments.join`).
    public init(_ analyses: [DocumentAnalysis]) {
        records = analyses.map(\.record)
        Lineage.link(&records)
        let answers = Fulfilments.join(analyses)
        for a in analyses {
            for c in a.clauses where c.mandate { mandates.append((a.path, c, answers[Fulfilments.key(c)] ?? [])) }
        }
    }

    /// Only the documents `keep` holds (the documents left in a filtered graph).
    func only(_ keep: Set<String>) -> ReportDocuments {
        var out = ReportDocuments()
        out.records = records.filter { keep.contains($0.document) }
        out.mandates = mandates.filter { keep.contains($0.document) }
        return out
    }

    /// The same rows with every path passed through `cut` (a report names documents under their folder).
    func renamed(_ cut: (String) -> String) -> ReportDocuments {
        var out = self
        for i in out.records.indices { out.records[i].document = cut(out.records[i].document) }
        for i in out.mandates.indices {
            out.mandates[i].document = cut(out.mandates[i].document)
            for k in out.mandates[i].fulfilledBy.indices {
                out.mandates[i].fulfilledBy[k].document = cut(out.mandates[i].fulfilledBy[k].document)
            }
        }
        return out
    }

    /// `"records":[...],"mandates":[...]` (members of the report's data object).
    func appendJSON(to out: inout [UInt8]) {
        out += "\"records\":[".utf8
        out += records.map { Listings.documents.json($0) }.joined(separator: ",\n").utf8
        out += "],\n\"mandates\":[".utf8
        out += mandates.map { Listings.mandates.json($0) }.joined(separator: ",\n").utf8
        out += "]".utf8
    }
}
