import XrefCore

/// A neighbourhood too big to read as a picture, cut to an overview: the focus, the input documents with
/// the most links in it, and the most cited symbols those documents (or the focus) link to. The depth-2
/// neighbourhood of A/RES/70/1 in akn/ is 2,000+ nodes: an 8.7 MB SVG, 2.3 s of layout, and specks.
public enum PictureOverview {
    /// Neighbourhoods up to this many documents and symbols are drawn whole.
    public static let limit = 120

    /// The graph to draw and, when it was cut, a caption that says what was left out. `expand`: nodes chosen
    /// in an earlier overview whose neighbours (in `graph`) are all drawn too, beyond the limit.
    public static func reduce(_ graph: Graph, focus: String, limit: Int = limit, expand: [String] = []) -> (graph: Graph, caption: String?) {
        let owner = graph.owningDocuments()
        func unit(_ i: Int) -> Int { graph.nodes[i].kind == .paragraph ? (owner[i] ?? i) : i }
        let units = graph.nodes.indices.filter { graph.nodes[$0].kind != .paragraph }
        guard units.count > limit, let f = graph.node(forKey: focus).map(unit) else { return (graph, nil) }

        var neighbours = [Set<Int>](repeating: [], count: graph.nodes.count)
        for e in graph.edges where e.kind != .contains {
            let (s, t) = (unit(e.source), unit(e.target))
            guard s != t else { continue }
            neighbours[s].insert(t); neighbours[t].insert(s)
        }
        var keep = [Bool](repeating: false, count: graph.nodes.count)
        keep[f] = true
        // Documents: those linked to the focus first, then by how much they link; a third of the room.
        let documents = units.filter { $0 != f && graph.isInputDocument($0) }.sorted {
            let a = (neighbours[$0].contains(f) ? 1 : 0, neighbours[$0].count), b = (neighbours[$1].contains(f) ? 1 : 0, neighbours[$1].count)
            return a != b ? a > b : $0 < $1
        }
        let keptDocuments = documents.prefix(max(1, limit / 3))
        for d in keptDocuments { keep[d] = true }
        // Symbols: the most cited among those a kept node links to.
        let symbols = units.filter { s in
            s != f && !graph.isInputDocument(s) && neighbours[s].contains { keep[$0] }
        }.sorted { (graph.nodes[$0].count, -$0) > (graph.nodes[$1].count, -$1) }
        let keptSymbols = symbols.prefix(limit - 1 - keptDocuments.count)
        for s in keptSymbols { keep[s] = true }
        // Room the symbols left (a depth-1 neighbourhood is mostly citing documents) goes to more documents.
        let moreDocuments = documents.dropFirst(keptDocuments.count).prefix(limit - 1 - keptDocuments.count - keptSymbols.count)
        for d in moreDocuments { keep[d] = true }
        let documentCount = keptDocuments.count + moreDocuments.count
        var grown: [String] = []
        for key in expand {
            guard let x = graph.node(forKey: key).map(unit) else { continue }
            let added = ([x] + neighbours[x]).filter { !keep[$0] }
            for m in added { keep[m] = true }
            if !added.isEmpty { grown.append("\(added.count) more around \(graph.nodes[x].label)") }
        }
        for i in graph.nodes.indices where graph.nodes[i].kind == .paragraph { keep[i] = owner[i].map { keep[$0] } ?? false }

        let symbolCount = units.count - documents.count - 1
        var caption = "Overview: \(documentCount) of \(documents.count) citing documents (most links first)"
        if symbolCount > 0 { caption += " and the \(keptSymbols.count) most cited of \(symbolCount) symbols" }
        if !grown.isEmpty { caption += ", and " + grown.joined(separator: ", ") }
        caption += "; open a symbol for its own picture."
        return (graph.subgraph(keeping: keep), caption)
    }
}
