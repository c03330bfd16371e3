import Foundation
import Testing
import XrefCore
@testable import XrefExport

/// `report.html`: one file, nothing fetched, and document text that can only ever be text.
@Suite(.serialized) struct ReportTests {
    private func page(_ graph: Graph) throws -> String {
        String(decoding: try Exporter.data(graph, format: .html), as: UTF8.self)
    }

    /// The data block of a report: base64 of gzip, unpacked and parsed.
    private func data(_ html: String) throws -> [String: Any] {
        let open = try #require(html.range(of: #"<script type="application/gzip" id="graph" data-encoding="gzip">"#))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        let packed = try #require(Data(base64Encoded: String(html[open.upperBound..<close.lowerBound])))
        let json = try Gzip.decompress(Array(packed))
        return try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    }

    private func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

    @Test func oneSelfContainedFile() throws {
        let graph = Fixtures.realistic()
        let html = try page(graph)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // The picture is drawn by the page from positions: no SVG, no XML inside the HTML.
        #expect(count("<svg", in: html) == 0 && !html.contains("<?xml"))
        // Nothing loaded from elsewhere: no script or style sources, no stylesheet links.
        #expect(!html.contains(" src="))
        #expect(!html.contains("<link"))
        #expect(count("<script", in: html) == 2 && count("</script>", in: html) == 2)
        let data = try data(html)
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.count == graph.nodes.count)
        #expect(nodes.contains { $0["id"] as? String == "A/RES/74/177" && $0["document"] != nil })
        // Every document and symbol has a place in the picture; paragraphs are drawn as their document.
        for (node, original) in zip(nodes, graph.nodes) {
            let at = node["at"] as? [Double]
            #expect((at != nil) == !original.isPart, "\(original.key)")
            if let at { #expect(at.count == 6 && at[2] > 0 && at[3] > 0) }
        }
        // Edges name their ends by number; drawn links join placed nodes.
        let edges = try #require(data["edges"] as? [[String: Any]])
        #expect(edges.count == graph.edges.count)
        #expect(zip(edges, graph.edges).allSatisfy { $0["source"] as? Int == $1.source && $0["target"] as? Int == $1.target })
        let drawn = try #require(data["drawn"] as? [[Any]])
        #expect(!drawn.isEmpty && drawn.allSatisfy { nodes[$0[0] as! Int]["at"] != nil && nodes[$0[1] as! Int]["at"] != nil })
    }

    /// A paragraph that tries to close the data block, open a script or a comment: it stays data, and the
    /// data reads back exactly.
    @Test func documentTextCannotBecomeMarkup() throws {
        var graph = Fixtures.hostile()
        let attack = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u{2028}"
        graph.add(Graph.Node(key: "para:x#2", kind: .paragraph, label: "¶2", document: "x", paragraph: "2", text: attack))
        let html = try page(graph)
        #expect(count("<script", in: html) == 2)
        #expect(!html.contains("<img"))
        let block = try #require(html.components(separatedBy: #"data-encoding="gzip">"#).last?.components(separatedBy: "</script>").first)
        #expect(!block.contains("\u{2028}") && !block.contains("<"))
        let nodes = try #require(try data(html)["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["text"] as? String == attack })
    }

    /// A report travels: documents are named under the folder holding them all, never by the path of the
    /// machine that made it (issue 19).
    @Test func documentPathsAreRelativeToTheirFolder() throws {
        var graph = Graph()
        for path in ["/home/officer/corpus/akn/75_100_E.xml", "/home/officer/corpus/text/a.txt"] {
            let d = graph.add(Graph.Node(key: "doc:" + path, kind: .document, label: "a", document: path))
            let p = graph.add(Graph.Node(key: "para:\(path)#1", kind: .paragraph, label: "¶1", document: path, paragraph: "1", text: "t"))
            graph.add(Graph.Edge(source: d, target: p, kind: .contains, document: path, paragraph: "1"))
        }
        let html = try page(graph)
        #expect(!html.contains("/home/officer"))
        let nodes = try #require(try data(html)["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["document"] as? String }) == ["akn/75_100_E.xml", "text/a.txt"])
    }

    /// The packing the page undoes: gzip that reads back exactly, smaller on real text, and damage caught.
    @Test func gzipRoundTrips() throws {
        let text = Array(try String(contentsOfFile: "seeds/000_0d3a60e5d9e57139.txt", encoding: .utf8).utf8)
        for input in [[], Array("x".utf8), text] {
            let packed = try Gzip.compress(input)
            #expect(Array(packed.prefix(2)) == [0x1F, 0x8B])
            #expect(try Gzip.decompress(packed) == input)
        }
        let packed = try Gzip.compress(text)
        #expect(packed.count * 3 < text.count)
        var damaged = packed
        damaged[damaged.count - 6] ^= 0xFF
        #expect(throws: ExportError.self) { try Gzip.decompress(damaged) }
    }
}
