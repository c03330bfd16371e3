import Foundation
import Testing
import XrefCore
@testable import XrefExport

/// What `xref serve` draws: a big neighbourhood cut to an overview with a caption, and the request that
/// carries a picture to the drawing process.
struct PictureOverviewTests {
    /// A symbol cited by every document, so its depth-2 neighbourhood is the whole graph.
    static func neighbourhood() -> (Graph, String) {
        var g = Graph.syntheticGraph(symbols: 600, documents: 80)
        let hub = g.add(Graph.Node(key: "A/RES/70/1", kind: .symbol, label: "A/RES/70/1", organ: .ga, type: .resolution))
        for d in g.nodes.indices where g.nodes[d].kind == .document {
            g.add(Graph.Edge(source: d, target: hub, kind: .cites, relation: .recalls))
            g.update(hub) { $0.count += 1 }
        }
        return (g.filtered(organs: nil, minCitations: 1, focus: "A/RES/70/1", depth: 2), "A/RES/70/1")
    }

    @Test func aBigNeighbourhoodBecomesAnOverviewOfItsMostCitedSymbols() throws {
        let (graph, focus) = Self.neighbourhood()
        let units = graph.nodes.filter { $0.kind != .paragraph }
        #expect(units.count > 600)
        let (shown, caption) = PictureOverview.reduce(graph, focus: focus)
        let kept = shown.nodes.filter { $0.kind != .paragraph }
        #expect(kept.count <= PictureOverview.limit && kept.count > PictureOverview.limit / 2)
        #expect(kept.contains { $0.key == focus })
        // The symbols kept are among the most cited: the least cited of them is cited at least as often as
        // the median symbol of the neighbourhood.
        let keptSymbols = kept.filter { $0.kind == .symbol && $0.key != focus }
        let counts = units.filter { $0.kind == .symbol }.map(\.count).sorted()
        #expect((keptSymbols.map(\.count).min() ?? 0) >= counts[counts.count / 2], "\(keptSymbols.map(\.count))")
        let text = try #require(caption)
        #expect(text.hasPrefix("Overview: 40 of 80 citing documents") && text.contains("most cited"), "\(text)")
        // Drawn, the caption heads the picture.
        let svg = String(decoding: try Exporter.data(shown, format: .svg, options: RenderOptions(focus: focus, caption: caption)), as: UTF8.self)
        #expect(svg.contains("Overview: 40 of 80 citing documents"))
    }

    @Test func aSmallNeighbourhoodIsDrawnWhole() {
        let graph = Graph.syntheticGraph(symbols: 30, documents: 3)
        let (shown, caption) = PictureOverview.reduce(graph, focus: graph.nodes[0].key)
        #expect(caption == nil && shown.nodes == graph.nodes && shown.edges == graph.edges)
    }

    @Test func aRequestSurvivesTheTripToTheDrawingProcess() throws {
        let graph = Graph.syntheticGraph(symbols: 40, documents: 4)
        let options = RenderOptions(focus: graph.nodes[3].key, symbolLink: "/symbol?key=", caption: "a \"caption\" <b>")
        let bytes = PictureRequest(graph: graph, options: options).encoded()
        let back = try PictureRequest(decoding: bytes)
        // Everything but the paragraph texts, which a picture without paragraphs does not show.
        #expect(back.graph.nodes.map(\.key) == graph.nodes.map(\.key) && back.graph.edges == graph.edges && back.options == options)
        #expect(back.graph.nodes.allSatisfy { $0.text == nil } && graph.nodes.contains { $0.text != nil })
        let symbols = graph.nodes.filter { $0.kind != .paragraph }
        #expect(back.graph.nodes.filter { $0.kind != .paragraph } == symbols)
        #expect(back.encoded() == bytes)
        #expect(try Exporter.data(back.graph, format: .svg, options: back.options) == Exporter.data(graph, format: .svg, options: options))
        // Anything else is refused, not drawn.
        #expect(throws: ExportError.self) { try PictureRequest(decoding: Array("{\"nodes\": 3}".utf8)) }
        var broken = String(decoding: bytes, as: UTF8.self)
        let source = try #require(broken.range(of: #""source":[0-9]+"#, options: .regularExpression))
        broken.replaceSubrange(source, with: #""source":9999"#)
        #expect(throws: ExportError.self) { try PictureRequest(decoding: Array(broken.utf8)) }
    }
}
