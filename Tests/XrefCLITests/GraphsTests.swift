import Foundation
import Testing

/// `Graphs/` holds what the tool makes of `seeds/`: regenerating must give the same bytes, and the
/// GraphML must be valid and load in networkx with its attributes.
@Suite(.serialized) struct GraphsTests {
    @Test(arguments: ["mandates.svg", "mandates.graphml", "report.html"])
    func committedGraphsAreCurrent(_ name: String) throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["graph", "seeds/", "-o", dir + "/" + name])
        #expect(r.status == 0, "\(r.err)")
        let fresh = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
        let committed = try Data(contentsOf: CLI.root.appendingPathComponent("Graphs/" + name))
        // A Bool, not `fresh == committed` inside #expect: on failure swift-testing diffs the two operands
        // byte by byte, which took 80 to 520 s on the 700 KB picture.
        let current = fresh == committed
        #expect(current, "Graphs/\(name) is stale: run `xref graph seeds/ -o Graphs/\(name)`")
    }

    @Test(.enabled(if: CLI.hasShared)) func corpusPictureIsCurrent() throws {
        let dir = try CLI.temporaryDirectory()
        // The same relative path as the README's command: document paths are part of the picture.
        let r = try CLI.run(["graph", "../shared/corpus/text/sc-resolutions", "-o", dir + "/c.svg"])
        #expect(r.status == 0, "\(r.err)")
        let fresh = try Data(contentsOf: URL(fileURLWithPath: dir + "/c.svg"))
        let committed = try Data(contentsOf: CLI.root.appendingPathComponent("Graphs/corpus-sc-resolutions.svg"))
        let current = fresh == committed // a Bool: see committedGraphsAreCurrent
        #expect(current, "Graphs/corpus-sc-resolutions.svg is stale (\(fresh.count) vs \(committed.count) bytes): see README")
    }

    /// A force-directed layout big enough for sfdp: its PNG must not vary either.
    @Test(.enabled(if: CLI.hasShared)) func largePNGIsDeterministic() throws {
        let a = try CLI.run(["graph", "../shared/corpus/text/ga-resolutions", "-o", "-", "--format", "png"])
        let b = try CLI.run(["graph", "../shared/corpus/text/ga-resolutions", "-o", "-", "--format", "png"])
        #expect(a.status == 0 && a.outData.count > 100_000, "\(a.err)")
        let same = a.outData == b.outData // a Bool: see committedGraphsAreCurrent
        #expect(same)
        // 2,400 nodes in 4,000 pixels: the file is written, and the reader is told why it looks like dust.
        #expect(a.err.contains("xref: note: -: 2") && a.err.contains("to fit the png, labels "), "\(a.err)")
        let seed = try CLI.run(["graph", "seeds/", "-o", "-", "--format", "png"])
        #expect(seed.status == 0 && seed.err.isEmpty, "\(seed.err)")
    }

    @Test func sameInputSameBytesInEveryFormat() throws {
        for ext in ["svg", "graphml", "json", "dot", "csv"] {
            let a = try CLI.run(["graph", "seeds/", "-o", "-", "--format", ext])
            let b = try CLI.run(["graph", "seeds/", "-o", "-", "--format", ext])
            #expect(a.status == 0 && !a.outData.isEmpty, "\(ext): \(a.err)")
            let same = a.outData == b.outData // a Bool: see committedGraphsAreCurrent
            #expect(same, "\(ext) differs between two runs")
        }
    }

    @Test(.enabled(if: CLI.which("xmllint") != nil && CLI.which("python3") != nil))
    func seedGraphMLValidatesAndLoadsInNetworkX() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir + "/seed.graphml"
        #expect(try CLI.run(["graph", "seeds/", "-o", file]).status == 0)
        let fetch = CLI.root.appendingPathComponent("Tests/XrefExportTests/Support/fetch-graphml-xsd.sh").path
        let cache = NSTemporaryDirectory() + "xref-test-cache/graphml-xsd"
        if try CLI.exec("/bin/sh", [fetch, cache]).status == 0 {
            let v = try CLI.exec(CLI.which("xmllint")!, ["--noout", "--schema", cache + "/graphml.xsd", file])
            #expect(v.status == 0, "\(v.err)")
        }
        let script = """
        import sys, json, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        kinds = {}
        for _, d in g.nodes(data=True): kinds[d['kind']] = kinds.get(d['kind'], 0) + 1
        cites = [d for _, _, d in g.edges(data=True) if d['kind'] == 'cites']
        print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "kinds": kinds,
                          "cites": len(cites), "relations": sorted({d['relation'] for d in cites}),
                          "symbols": sorted(d['symbol'] for _, d in g.nodes(data=True) if d['kind'] == 'symbol')}))
        """
        let py = try CLI.exec(CLI.which("python3")!, ["-c", script, file])
        guard py.status == 0 else { Issue.record("networkx: \(py.err)"); return }
        let o = try JSONSerialization.jsonObject(with: py.outData) as! [String: Any]
        let expectedSymbols = Set(SeedTests.expected.map(\.1))
        #expect(o["cites"] as? Int == SeedTests.expected.count)
        #expect(Set(o["symbols"] as! [String]).isSuperset(of: expectedSymbols))
        #expect((o["kinds"] as! [String: Int])["document"] == 1)
        #expect(!(o["relations"] as! [String]).isEmpty)
    }
}
