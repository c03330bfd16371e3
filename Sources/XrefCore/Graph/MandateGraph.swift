/// The second half of the graph (DESIGN §9): each mandate clause a `mandate` node under its resolution
/// (`contains`), `fulfils` edges from the documents that answer it, and `succeeds` edges from a resolution
/// to its predecessor in a series.
enum MandateGraph {
    static func add(_ analyses: [DocumentAnalysis], to graph: inout Graph,
                    documentNode: (DocumentAnalysis, inout Graph) -> Int, symbolNode: (String, inout Graph) -> Int) {
        let answers = Fulfilments.join(analyses)
        var records = analyses.map(\.record)
        Lineage.link(&records)
        var editions: Set<String> = []
        for (a, record) in zip(analyses, records) {
            // One edition of a resolution gives its mandates (the others read the same clauses).
            guard editions.insert(a.key + " " + a.context.ownParts.joined()).inserted else { continue }
            let doc = documentNode(a, &graph)
            for c in a.clauses where c.mandate {
                let key = "mandate:" + (c.symbol.isEmpty ? a.path : c.symbol + " " + a.context.ownParts.joined()) + "#" + c.paragraph + "#" + String(c.clause)
                let label = "¶\(c.paragraph).\(c.clause) \(c.verb) \(c.deliverable)" + (c.due.isEmpty ? "" : " " + c.due.joined(separator: " + "))
                let m = graph.add(Graph.Node(key: key, kind: .mandate, label: label, symbol: c.symbol.isEmpty ? nil : c.symbol,
                                             organ: a.context.organ, document: a.path, paragraph: c.paragraph, text: c.evidence))
                graph.add(Graph.Edge(source: doc, target: m, kind: .contains, start: c.start, end: c.end, line: c.line,
                                     document: a.path, paragraph: c.paragraph))
                for f in answers[Fulfilments.key(c)] ?? [] {
                    let source = f.symbol.isEmpty ? graph.node(forKey: "doc:" + f.document) : symbolNode(f.symbol, &graph)
                    guard let source, source != doc else { continue }
                    graph.add(Graph.Edge(source: source, target: m, kind: .fulfils, relation: Relation(rawValue: f.relation),
                                         surface: f.reason, document: f.document, paragraph: f.paragraph))
                }
            }
            if !record.predecessor.isEmpty {
                let p = symbolNode(record.predecessor, &graph)
                if p != doc { graph.add(Graph.Edge(source: doc, target: p, kind: .succeeds, surface: record.predecessorEvidence, document: a.path)) }
            }
        }
    }
}
