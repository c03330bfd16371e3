/// One JSON object that two tools load as is (DESIGN §5):
/// - networkx node-link form: `directed`, `multigraph`, `graph`, `nodes` [{id, attrs}], `edges`
///   [{source, target, key, attrs}] — networkx 3.6 `node_link_graph(data)` reads `edges` by default;
/// - Cytoscape.js `elements`: {nodes: [{data: {id, ...}}], edges: [{data: {id, source, target, ...}}]}.
/// Node ids are the graph's node keys (`A/RES/74/177`, `doc:path`, `para:path#57`); edge ids `e0`, `e1`...
/// Hand-written so the bytes are deterministic: fixed key order, one node or edge per line.
enum JSONWriter {
    static func data(_ graph: Graph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 * (graph.nodes.count + graph.edges.count) + 64)
        out += #"{"directed":true,"multigraph":true,"graph":{"name":"xref"},"#.utf8
        out += "\n\"nodes\":[".utf8
        for (i, node) in graph.nodes.enumerated() {
            out += (i == 0 ? "\n{" : ",\n{").utf8
            member("id", .string(node.key), into: &out, first: true)
            attributes(Attributes.node, of: node, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out += "\n],\n\"edges\":[".utf8
        for (i, edge) in graph.edges.enumerated() {
            out += (i == 0 ? "\n{" : ",\n{").utf8
            member("source", .string(graph.nodes[edge.source].key), into: &out, first: true)
            member("target", .string(graph.nodes[edge.target].key), into: &out)
            member("key", .string("e\(i)"), into: &out)
            attributes(Attributes.edge, of: edge, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out += "\n],\n\"elements\":{\"nodes\":[".utf8
        for (i, node) in graph.nodes.enumerated() {
            out += (i == 0 ? "\n{\"data\":{" : ",\n{\"data\":{").utf8
            member("id", .string(node.key), into: &out, first: true)
            attributes(Attributes.node, of: node, into: &out)
            out += "}}".utf8
        }
        out += "\n],\n\"edges\":[".utf8
        for (i, edge) in graph.edges.enumerated() {
            out += (i == 0 ? "\n{\"data\":{" : ",\n{\"data\":{").utf8
            member("id", .string("e\(i)"), into: &out, first: true)
            member("source", .string(graph.nodes[edge.source].key), into: &out)
            member("target", .string(graph.nodes[edge.target].key), into: &out)
            attributes(Attributes.edge, of: edge, into: &out)
            out += "}}".utf8
        }
        out += "\n]}}\n".utf8
        return out
    }

    private static func attributes<T>(_ list: [Attribute<T>], of element: T, into out: inout [UInt8]) {
        for a in list { if let v = a.value(element) { member(a.name, v, into: &out) } }
    }

    static func member(_ name: String, _ value: AttributeValue, into out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        string(name, into: &out)
        out.append(UInt8(ascii: ":"))
        switch value {
        case .string(let s): string(s, into: &out)
        case .int(let n): out += String(n).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        }
    }

    static func string(_ s: String, into out: inout [UInt8]) { JSON.append(s, to: &out) }
}
