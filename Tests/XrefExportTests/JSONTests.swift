import Foundation
import Testing
@testable import XrefExport

@Suite struct JSONTests {
    static let networkxScript = Support.pythonTag + """
        import networkx as nx
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        g = nx.node_link_graph(data)  # the default call, as a user would write it
        print(json.dumps({
            "directed": g.is_directed(), "multigraph": g.is_multigraph(),
            "nodes": [[n, tags(d)] for n, d in g.nodes(data=True)],
            "edges": [[u, v, k, tags(d)] for u, v, k, d in g.edges(keys=True, data=True)],
        }))
        """

    func write(_ graph: Graph) throws -> String {
        let path = try Support.temporaryDirectory() + "/graph.json"
        try Exporter.write(graph, to: path, format: .json, options: RenderOptions())
        return path
    }

    @Test(.enabled(if: Support.python(with: ["networkx"]) != nil, "needs python3 with networkx"),
          arguments: ["realistic", "hostile"])
    func networkxLoadsNodeLinkWithTheDefaultCall(_ name: String) throws {
        let graph = name == "hostile" ? Fixtures.hostile() : Fixtures.realistic()
        let result = try Support.pythonJSON(Support.python(with: ["networkx"])!, Self.networkxScript, [try write(graph)])
        let r = try #require(result as? [String: Any])
        #expect(r["directed"] as? Bool == true && r["multigraph"] as? Bool == true)
        let nodes = try #require(r["nodes"] as? [[Any]])
        let edges = try #require(r["edges"] as? [[Any]])
        #expect(nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        for (i, node) in graph.nodes.enumerated() {
            #expect(nodes[i][0] as? String == node.key)
            #expect(Support.same(Support.expected(node), nodes[i][1] as! [String: Any]), "\(node.key): \(nodes[i][1])")
        }
        // networkx groups a multigraph's edges by node; find each by its key.
        for (i, edge) in graph.edges.enumerated() {
            let got = try #require(edges.first { $0[2] as? String == "e\(i)" })
            #expect(got[0] as? String == graph.nodes[edge.source].key && got[1] as? String == graph.nodes[edge.target].key)
            #expect(Support.same(Support.expected(edge), got[3] as! [String: Any]), "e\(i): \(got[3])")
        }
    }

    static let cytoscapeScript = Support.pythonTag + """
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        el = data["elements"]
        print(json.dumps({
            "nodes": [tags(n["data"]) for n in el["nodes"]],
            "edges": [tags(e["data"]) for e in el["edges"]],
        }))
        """

    @Test(.enabled(if: Support.python(with: ["json"]) != nil, "needs python3"))
    func cytoscapeElementsCarryEveryAttribute() throws {
        let graph = Fixtures.hostile()
        let result = try Support.pythonJSON(Support.python(with: ["json"])!, Self.cytoscapeScript, [try write(graph)])
        let r = try #require(result as? [String: [[String: Any]]])
        let nodes = try #require(r["nodes"]), edges = try #require(r["edges"])
        #expect(nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        for (i, node) in graph.nodes.enumerated() {
            var want = Support.expected(node)
            want["id"] = node.key
            #expect(Support.same(want, nodes[i]), "\(node.key): \(nodes[i])")
        }
        for (i, edge) in graph.edges.enumerated() {
            var want = Support.expected(edge)
            want["id"] = "e\(i)"
            want["source"] = graph.nodes[edge.source].key
            want["target"] = graph.nodes[edge.target].key
            #expect(Support.same(want, edges[i]), "e\(i): \(edges[i])")
        }
    }

    @Test func stringsAreEscapedPerRFC8259() throws {
        var g = Graph()
        let label = "a\"b\\c\u{7}d\u{0}e\u{2028}f/\n\té"
        g.add(Graph.Node(key: "k", kind: .symbol, label: label))
        let text = String(decoding: try Exporter.data(g, format: .json, options: RenderOptions()), as: UTF8.self)
        #expect(text.contains(#""label":"a\"b\\c\u0007d\u0000e\u2028f/\n\té""#))
        // Foundation's parser agrees on the value.
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let nodes = object?["nodes"] as? [[String: Any]]
        #expect(nodes?.first?["label"] as? String == label)
    }
}
