import Testing
@testable import XrefExport

@Suite struct GraphViewTests {
    static let graph = Fixtures.realistic()

    func keys(_ g: Graph) -> Set<String> { Set(g.nodes.map(\.key)) }

    /// Every edge of a view is an edge of the original between the same nodes.
    func edgesComeFromTheOriginal(_ view: Graph) -> Bool {
        let original = Set(Self.graph.edges.map { "\(Self.graph.nodes[$0.source].key)|\(Self.graph.nodes[$0.target].key)|\($0.kind)|\($0.paragraph ?? "")" })
        return view.edges.allSatisfy { e in
            e.source < view.nodes.count && e.target < view.nodes.count
                && original.contains("\(view.nodes[e.source].key)|\(view.nodes[e.target].key)|\(e.kind)|\(e.paragraph ?? "")")
        }
    }

    @Test func noFilterKeepsEverything() {
        let view = Self.graph.filtered(organs: nil, minCitations: 0, focus: nil, depth: 0)
        #expect(view.nodes == Self.graph.nodes)
        #expect(view.edges == Self.graph.edges)
    }

    @Test func organFilterKeepsTheDocumentsThatCiteWhatRemains() {
        let view = Self.graph.filtered(organs: [.sc], minCitations: 0, focus: nil, depth: 0)
        let symbols = view.nodes.filter { $0.kind == .symbol && $0.document == nil }
        #expect(!symbols.isEmpty && symbols.allSatisfy { $0.organ == .sc })
        // The GA resolution stays as the document citing the Council; the report, which does not, goes.
        #expect(keys(view).contains("A/RES/74/177"))
        #expect(!keys(view).contains("doc:seeds/000_0d3a60e5d9e57139.txt"))
        // Only the paragraph that cites the Council remains.
        #expect(view.nodes.filter { $0.kind == .paragraph }.map(\.paragraph) == ["pp2"])
        #expect(edgesComeFromTheOriginal(view))
        #expect(view.edges.count == 3) // contains pp2, two citations
    }

    @Test func minimumCitationsDropsRarelyCitedSymbols() {
        let view = Self.graph.filtered(organs: nil, minCitations: 2, focus: nil, depth: 0)
        for node in Self.graph.nodes where node.kind == .symbol && node.document == nil {
            #expect(keys(view).contains(node.key) == (node.count >= 2), "\(node.key) cited \(node.count)")
        }
        // Paragraphs left only if they still cite something.
        for (i, node) in view.nodes.enumerated() where node.kind == .paragraph {
            #expect(view.edges.contains { $0.source == i && $0.kind != .contains }, "\(node.key)")
        }
        #expect(edgesComeFromTheOriginal(view))
    }

    @Test func focusKeepsTheNeighbourhood() {
        let near = Self.graph.filtered(organs: nil, minCitations: 0, focus: "A/RES/73/187", depth: 1)
        #expect(Set(keys(near).filter { !$0.hasPrefix("para:") })
                == Set(["A/RES/73/187", "A/74/130", "doc:seeds/000_0d3a60e5d9e57139.txt"]))
        #expect(near.nodes.filter { $0.kind == .paragraph }.map(\.paragraph) == ["85"])
        let wider = Self.graph.filtered(organs: nil, minCitations: 0, focus: "A/RES/73/187", depth: 2)
        #expect(keys(wider).isSuperset(of: keys(near)))
        #expect(keys(wider).contains("A/RES/74/177") && keys(wider).contains("CND res 62/9"))
        #expect(!keys(wider).contains("S/RES/2482 (2019)")) // three steps away, through the resolution
        #expect(edgesComeFromTheOriginal(wider))
        #expect(Self.graph.filtered(organs: nil, minCitations: 0, focus: "A/RES/1/1", depth: 3).nodes.isEmpty)
    }

    @Test func syntheticGraphHasTheAskedShapeAndIsStable() {
        let g = Graph.syntheticGraph(symbols: 200, documents: 8)
        let symbols = g.nodes.filter { $0.kind == .symbol }
        #expect(symbols.count == 200)
        #expect(g.nodes.filter { $0.kind == .document }.count == 8)
        #expect(symbols.allSatisfy { $0.count >= 1 })
        #expect(symbols.reduce(0) { $0 + $1.count } == g.edges.filter { $0.kind == .cites }.count)
        #expect(symbols.filter { $0.url == nil }.allSatisfy { $0.key.contains(" res ") })
        let again = Graph.syntheticGraph(symbols: 200, documents: 8)
        #expect(g.nodes == again.nodes && g.edges == again.edges)
    }
}
