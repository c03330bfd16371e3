import Foundation
import Testing
@testable import XrefExport

@Suite struct GraphMLTests {
    static let fixtures: [(String, Graph)] = [("realistic", Fixtures.realistic()), ("hostile", Fixtures.hostile()),
                                              ("empty", Graph())]

    func write(_ graph: Graph, _ name: String) throws -> String {
        let path = try Support.temporaryDirectory() + "/\(name).graphml"
        try Exporter.write(graph, to: path, format: .graphml, options: RenderOptions())
        return path
    }

    @Test(.enabled(if: Support.graphMLSchema != nil && Support.which("xmllint") != nil,
                   "needs the GraphML XSD (libjgrapht-java) and xmllint"),
          arguments: ["realistic", "hostile", "empty"])
    func validatesAgainstGraphMLSchema(_ name: String) throws {
        let graph = Self.fixtures.first { $0.0 == name }!.1
        let path = try write(graph, name)
        let (status, _, err) = try Support.run(Support.which("xmllint")!,
                                               ["--noout", "--nonet", "--schema", Support.graphMLSchema!, path])
        #expect(status == 0, "xmllint: \(err)")
    }

    @Test func declaresTheDesignKeys() throws {
        let xml = String(decoding: try Exporter.data(Fixtures.realistic(), format: .graphml, options: RenderOptions()),
                         as: UTF8.self)
        var declared: Set<String> = []
        for line in xml.split(separator: "\n") where line.contains("<key ") {
            let attrs = ["for", "attr.name", "attr.type"].map { name -> String in
                let start = line.range(of: "\(name)=\"")!.upperBound
                return String(line[start...].prefix { $0 != "\"" })
            }
            declared.insert(attrs.joined(separator: " "))
        }
        let strings = ["kind", "label", "symbol", "organ", "type", "document", "paragraph", "text", "url", "language", "title", "date"]
        var want = Set(strings.map { "node \($0) string" } + ["node count int", "node resolved boolean"])
        want.formUnion(["kind", "relation", "surface", "document", "paragraph"].map { "edge \($0) string" })
        want.formUnion(["start", "end", "line", "count"].map { "edge \($0) int" })
        #expect(declared == want)
        #expect(xml.contains(#"edgedefault="directed""#))
    }

    @Test func dropsOnlyWhatXMLForbids() throws {
        let xml = String(decoding: try Exporter.data(Fixtures.hostile(), format: .graphml, options: RenderOptions()),
                         as: UTF8.self)
        #expect(!xml.unicodeScalars.contains("\u{7}"))
        #expect(xml.contains("&amp; &lt;tag&gt;"))
        #expect(xml.contains("قرار الجمعية العامة") && xml.contains("📄") && xml.contains("\tcol"))
    }

    static let networkxScript = Support.pythonTag + """
        import networkx as nx
        g = nx.read_graphml(sys.argv[1], force_multigraph=True)
        print(json.dumps({
            "directed": g.is_directed(),
            "nodes": [[n, tags(d)] for n, d in g.nodes(data=True)],
            "edges": [[u, v, k, tags(d)] for u, v, k, d in g.edges(keys=True, data=True)],
        }))
        """

    /// Writes fixture `name`, reads it back with `script` in python, and checks what every reader must give:
    /// a directed graph with as many nodes and edges as written.
    private func readBack(_ name: String, module: String, script: String) throws -> (Graph, [[Any]], [[Any]]) {
        let graph = Self.fixtures.first { $0.0 == name }!.1
        let path = try write(graph, name)
        let r = try #require(try Support.pythonJSON(Support.python(with: [module])!, script, [path]) as? [String: Any])
        #expect(r["directed"] as? Bool == true)
        let nodes = try #require(r["nodes"] as? [[Any]])
        let edges = try #require(r["edges"] as? [[Any]])
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)
        return (graph, nodes, edges)
    }

    @Test(.enabled(if: Support.python(with: ["networkx"]) != nil, "needs python3 with networkx"),
          arguments: ["realistic", "hostile"])
    func networkxReadsEveryAttribute(_ name: String) throws {
        let (graph, nodes, edges) = try readBack(name, module: "networkx", script: Self.networkxScript)
        for (i, node) in graph.nodes.enumerated() {
            let got = try #require(nodes.first { $0[0] as? String == "n\(i)" })
            #expect(Support.same(Support.expected(node), got[1] as! [String: Any], dropForbidden: true),
                    "node \(node.key): \(got[1])")
        }
        for (i, edge) in graph.edges.enumerated() {
            let got = try #require(edges.first { $0[2] as? String == "e\(i)" })
            #expect(got[0] as? String == "n\(edge.source)" && got[1] as? String == "n\(edge.target)")
            #expect(Support.same(Support.expected(edge), got[3] as! [String: Any], dropForbidden: true),
                    "edge e\(i): \(got[3])")
        }
    }

    /// igraph fills attributes a vertex lacks with "" (strings) or NaN (numbers): those are dropped here.
    /// It does not keep GraphML edge ids, but keeps edges in document order.
    static let igraphScript = Support.pythonTag + """
        import igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        def present(d):
            return {k: v for k, v in d.items()
                    if k != "id" and v is not None and v != "" and not (isinstance(v, float) and math.isnan(v))}
        print(json.dumps({
            "directed": g.is_directed(),
            "nodes": [[v["id"], tags(present(v.attributes()))] for v in g.vs],
            "edges": [[g.vs[e.source]["id"], g.vs[e.target]["id"], tags(present(e.attributes()))]
                      for e in g.es],
        }))
        """

    @Test(.enabled(if: Support.python(with: ["igraph"]) != nil, "needs python3 with igraph"),
          arguments: ["realistic", "hostile"])
    func igraphReadsEveryAttribute(_ name: String) throws {
        let (graph, nodes, edges) = try readBack(name, module: "igraph", script: Self.igraphScript)
        for (i, node) in graph.nodes.enumerated() {
            #expect(nodes[i][0] as? String == "n\(i)")
            #expect(Support.same(Support.expected(node), nodes[i][1] as! [String: Any], numbersAsFloat: true,
                                 dropForbidden: true), "node \(node.key): \(nodes[i][1])")
        }
        for (i, edge) in graph.edges.enumerated() {
            #expect(edges[i][0] as? String == "n\(edge.source)" && edges[i][1] as? String == "n\(edge.target)")
            #expect(Support.same(Support.expected(edge), edges[i][2] as! [String: Any], numbersAsFloat: true,
                                 dropForbidden: true), "edge e\(i): \(edges[i][2])")
        }
    }
}
