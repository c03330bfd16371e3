import XrefCore

/// The data of `report.html`, one JSON object that the page's script reads:
///
/// - `nodes`: every node with the attributes of the JSON export (`Attributes.node`), and for a node the
///   picture draws, `at`: `[x, y, half width, half height, organ group, input document 0|1]` (points, y up);
/// - `edges`: every edge with the JSON export's attributes, `source` and `target` as node numbers;
/// - `drawn`: the picture's edges, paragraph citations folded per (document, symbol, relation) as the SVG
///   folds them: `[tail, head, kind, relation, count]`;
/// - `groups`: the organ groups as the pictures colour them, `[title, fill, border]`, the input documents last;
/// - `records` and `mandates`: the rows of `xref documents` and `xref mandates` (`ReportDocuments`).
///
/// Positions come from Graphviz (the same layout as the SVG) and the page draws them: a layout is a few
/// numbers a node, where the SVG of akn/'s 8,349 nodes was 19 MB.
enum ReportData {
    static func json(_ graph: Graph, picture: Picture, boxes: [NodeBox], documents: ReportDocuments) -> [UInt8] {
        var at = [NodeBox?](repeating: nil, count: graph.nodes.count)
        for (k, node) in picture.nodes.enumerated() where node.name.hasPrefix("n") {
            if let i = Int(node.name.dropFirst()), k < boxes.count { at[i] = boxes[k] }
        }
        let groups = OrganGroup.allCases
        var out: [UInt8] = []
        out.reserveCapacity(200 * graph.nodes.count + 100 * graph.edges.count + 4096)
        out += "{\"nodes\":[".utf8
        for (i, node) in graph.nodes.enumerated() {
            out += (i == 0 ? "\n{" : ",\n{").utf8
            JSONWriter.member("id", .string(node.key), into: &out, first: true)
            for a in Attributes.node { if let v = a.value(node) { JSONWriter.member(a.name, v, into: &out) } }
            if let b = at[i] {
                let input = graph.isInputDocument(i) && node.organ == nil
                let group = input ? groups.count : groups.firstIndex(of: OrganGroup(node.organ)) ?? 0
                out += ",\"at\":[\(number(b.x)),\(number(b.y)),\(number(b.halfWidth)),\(number(b.halfHeight)),\(group),\(graph.isInputDocument(i) ? 1 : 0)]".utf8
            }
            out.append(UInt8(ascii: "}"))
        }
        out += "\n],\n\"edges\":[".utf8
        for (i, edge) in graph.edges.enumerated() {
            out += (i == 0 ? "\n{" : ",\n{").utf8
            out += "\"source\":\(edge.source),\"target\":\(edge.target)".utf8
            for a in Attributes.edge { if let v = a.value(edge) { JSONWriter.member(a.name, v, into: &out) } }
            out.append(UInt8(ascii: "}"))
        }
        out += "\n],\n\"drawn\":[".utf8
        // Paragraphs and mandate clauses are drawn as their document (the report's picture folds them).
        let owner = graph.owningDocuments()
        let drawnAs = graph.nodes.indices.map { graph.nodes[$0].isPart ? owner[$0] ?? $0 : $0 }
        for (i, g) in Picture.fold(graph, drawnAs: drawnAs, keepContains: false).enumerated() {
            out += (i == 0 ? "\n[" : ",\n[").utf8
            out += "\(g.tail),\(g.head),".utf8
            JSON.append(g.kind.rawValue, to: &out)
            out.append(UInt8(ascii: ","))
            JSON.append(g.relation?.rawValue ?? "", to: &out)
            out += ",\(g.count)]".utf8
        }
        out += "\n],\n\"groups\":[".utf8
        let colours = groups.map { [$0.title, $0.fill, $0.border] } + [["Input document", PictureStyle.inputFill, PictureStyle.inputBorder]]
        out += colours.map { "[" + $0.map(JSON.quote).joined(separator: ",") + "]" }.joined(separator: ",").utf8
        out += "],\n".utf8
        documents.appendJSON(to: &out)
        out += "}\n".utf8
        return out
    }

    /// A hundredth of a point, without a trailing ".0".
    private static func number(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
