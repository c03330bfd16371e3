import Foundation
import Testing
@testable import XrefExport

@Suite struct CSVTests {
    static let script = """
        import csv, json, sys
        def table(path):
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            return {"header": rows[0], "rows": rows[1:]}
        print(json.dumps({"nodes": table(sys.argv[1]), "edges": table(sys.argv[2])}))
        """

    static func text(_ v: Any?) -> String {
        switch v {
        case nil: ""
        case let b as Bool: b ? "true" : "false"
        case let n as Int: String(n)
        case let s as String: s
        default: "?"
        }
    }

    @Test(.enabled(if: Support.python(with: ["csv"]) != nil, "needs python3"), arguments: ["realistic", "hostile"])
    func pythonReadsBothTables(_ name: String) throws {
        let graph = name == "hostile" ? Fixtures.hostile() : Fixtures.realistic()
        let dir = try Support.temporaryDirectory()
        try Exporter.write(graph, to: dir + "/graph.csv", format: .csv, options: RenderOptions())
        #expect(Support.files(in: dir) == ["graph.edges.csv", "graph.nodes.csv"])
        let result = try Support.pythonJSON(Support.python(with: ["csv"])!, Self.script,
                                            [dir + "/graph.nodes.csv", dir + "/graph.edges.csv"])
        let r = try #require(result as? [String: [String: Any]])
        let nodeHeader = try #require(r["nodes"]?["header"] as? [String])
        let nodeRows = try #require(r["nodes"]?["rows"] as? [[String]])
        let edgeHeader = try #require(r["edges"]?["header"] as? [String])
        let edgeRows = try #require(r["edges"]?["rows"] as? [[String]])
        // neo4j-admin import: :ID, :LABEL on nodes; :START_ID, :END_ID, :TYPE on relationships; typed columns.
        #expect(Array(nodeHeader.prefix(2)) == [":ID", ":LABEL"])
        #expect(Array(edgeHeader.prefix(3)) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(nodeHeader.contains("count:int") && nodeHeader.contains("resolved:boolean"))
        #expect(edgeHeader.contains("start:int") && edgeHeader.contains("line:int"))
        #expect(nodeRows.count == graph.nodes.count && edgeRows.count == graph.edges.count)

        for (i, node) in graph.nodes.enumerated() {
            let row = nodeRows[i]
            #expect(row.count == nodeHeader.count)
            #expect(row[0] == node.key)
            #expect(row[1].lowercased() == node.kind.rawValue)
            for (column, value) in Support.expected(node) {
                let name = column.split(separator: ":").first.map(String.init)!
                let at = nodeHeader.firstIndex { $0.split(separator: ":").first.map(String.init) == name }
                #expect(at.map { row[$0] } == Self.text(value), "\(node.key) \(column)")
            }
        }
        for (i, edge) in graph.edges.enumerated() {
            let row = edgeRows[i]
            #expect(row.count == edgeHeader.count)
            #expect(row[0] == graph.nodes[edge.source].key && row[1] == graph.nodes[edge.target].key)
            #expect(row[2] == edge.kind.rawValue.uppercased().replacing("-", with: "_"))
            for (column, value) in Support.expected(edge) {
                let at = edgeHeader.firstIndex { $0.split(separator: ":").first.map(String.init) == column }
                #expect(at.map { row[$0] } == Self.text(value), "e\(i) \(column)")
            }
        }
    }

    @Test func quotesPerRFC4180() throws {
        let bytes = try Exporter.data(Fixtures.hostile(), format: .csv, options: RenderOptions())
        let text = String(decoding: bytes, as: UTF8.self)
        // A field holding quotes, commas or line breaks is quoted with doubled quotes; rows end in CRLF.
        #expect(text.contains(#""Quote "" apostrophe ' & <tag> \N back\slash"#))
        #expect(text.hasPrefix(":ID,:LABEL,kind,label,"))
        #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false).contains(""))
        #expect(!text.replacing("\r\n", with: "").contains("\r"))
    }

    @Test func pathsForTheTwoTables() {
        #expect(Exporter.csvPaths("out/x.csv") == ("out/x.nodes.csv", "out/x.edges.csv"))
        #expect(Exporter.csvPaths("X.CSV") == ("X.nodes.csv", "X.edges.csv"))
        #expect(Exporter.csvPaths("graph") == ("graph.nodes.csv", "graph.edges.csv"))
    }
}
