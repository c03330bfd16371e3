import Foundation
import Testing
@testable import XrefExport

/// Graphviz is not thread-safe: these run one at a time (the exporter also locks).
@Suite(.serialized) struct RenderTests {
    static let realistic = Fixtures.realistic()

    func text(_ graph: Graph, _ format: OutputFormat, _ options: RenderOptions = RenderOptions()) throws -> String {
        String(decoding: try Exporter.data(graph, format: format, options: options), as: UTF8.self)
    }

    func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test func layoutPluginsAreInstalledAndCheckedUpFront() throws {
        let layouts = Exporter.graphvizPlugins("layout")
        #expect(layouts.contains { $0.hasPrefix("dot") } && layouts.contains { $0.hasPrefix("sfdp") })
        for format in OutputFormat.allCases { try Exporter.checkRenderer(format: format) }
        #expect(throws: ExportError.self) { try Exporter.checkRenderer(format: .svg, options: RenderOptions(layout: "x")) }
    }

    @Test func svgLinksRealSymbolsOnlyAndExplainsEveryNode() throws {
        let svg = try text(Self.realistic, .svg)
        let graph = Self.realistic
        let linked = graph.nodes.filter { $0.kind != .paragraph && $0.url != nil && $0.resolved }
        #expect(count("xlink:href=", in: svg) == linked.count)
        for node in graph.nodes where node.kind == .symbol {
            // Graphviz writes '-' as &#45; in SVG text.
            let tooltip = "xlink:title=\"\(node.key.replacing("&", with: "&amp;").replacing("-", with: "&#45;")) — "
            #expect(svg.contains(tooltip), "tooltip of \(node.key)")
            if let url = node.url, node.resolved { #expect(svg.contains("xlink:href=\"\(url)\"")) }
            #expect(svg.contains("cited \(node.count) time"), "count of \(node.key)")
        }
        // Pseudo-keys have no page: their node carries no link.
        let pseudo = try #require(svg.range(of: "xlink:title=\"CND res 62/9 — "))
        let anchor = svg[..<pseudo.lowerBound].suffix(40)
        #expect(!anchor.contains("href"))
    }

    @Test func paragraphCitationsFoldIntoOneEdgePerSymbolAndRelation() throws {
        let graph = Self.realistic
        let owner = graph.owningDocuments()
        var groups = Set<String>()
        for e in graph.edges where e.kind != .contains {
            let s = owner[e.source] ?? e.source
            groups.insert("\(s) \(e.target) \(e.kind) \(e.relation?.rawValue ?? "")")
        }
        let svg = try text(graph, .svg)
        #expect(count("class=\"edge\"", in: svg) == groups.count)
        #expect(svg.contains(">¶21, 23 in&#45;line&#45;with<"))
        #expect(svg.contains(">mandated by ¶summary<"))

        let withParagraphs = try text(graph, .svg, RenderOptions(paragraphs: true))
        #expect(count("class=\"node\"", in: withParagraphs) == graph.nodes.count + 1) // + legend
        #expect(count("class=\"edge\"", in: withParagraphs) > count("class=\"edge\"", in: svg))
    }

    /// dot boxes a document with its paragraphs; alone, a document is its folder node, in no cluster (dot in
    /// Graphviz 2.42 frees memory twice where labelled edges cross clusters: docs/pictures.md). With clusters,
    /// edge labels are xlabels, placed after the layout.
    @Test func clustersOnlyAroundParagraphsAndALegend() throws {
        let graph = Self.realistic
        let inputs = graph.nodes.indices.filter { graph.isInputDocument($0) }.count
        let svg = try text(graph, .svg)
        #expect(count("class=\"cluster\"", in: svg) == 0)
        let withParagraphs = try text(graph, .svg, RenderOptions(paragraphs: true))
        #expect(count("class=\"cluster\"", in: withParagraphs) == inputs)
        let dot = try text(graph, .dot, RenderOptions(paragraphs: true))
        #expect(dot.contains("xlabel=\"mandated by ¶summary\"") && !dot.contains("\tlabel=\"mandated by"))
        #expect(withParagraphs.contains(">mandated by ¶summary<"))
        for title in ["General Assembly (GA)", "Security Council (SC)", "Subsidiary and treaty bodies", "mandated by"] {
            #expect(svg.contains(">\(title)<"), "legend: \(title)")
        }
        // The legend lists only what the picture shows.
        let hostile = try text(Fixtures.hostile(), .svg)
        #expect(hostile.contains(">General Assembly (GA)<") && !hostile.contains(">Security Council (SC)<"))
    }

    /// Force-directed layouts ignore clusters: xref boxes each document's nodes after the layout, so every
    /// layout shows one cluster per input document, around that document and its paragraphs.
    @Test(arguments: ["sfdp", "neato", "twopi", "circo"])
    func forceLayoutsBoxEachDocumentAroundItsParagraphs(_ layout: String) throws {
        let graph = Self.realistic
        let svg = try text(graph, .svg, RenderOptions(layout: layout, paragraphs: true))
        let groups = SVGGroups(svg)
        func field(_ text: String, _ open: String, _ close: String = "\"") -> String? { SVGGroups.field(text, open, close) }
        let points = SVGGroups.points
        var boxes: [String: (x0: Double, y0: Double, x1: Double, y1: Double)] = [:]
        for group in groups where group.contains("class=\"cluster\"") {
            let path = try #require(field(group, "xlink:title=\"")).replacing("&#45;", with: "-").replacing("&amp;", with: "&")
            let p = points(group)
            boxes[path] = (p.map(\.0).min()!, p.map(\.1).min()!, p.map(\.0).max()!, p.map(\.1).max()!)
        }
        let inputs = graph.nodes.indices.filter { graph.isInputDocument($0) }
        #expect(boxes.count == inputs.count, "\(layout): \(boxes.count) clusters for \(inputs.count) documents")
        var checked = 0
        for group in groups where group.contains("class=\"node\"") {
            guard let title = field(group, "<title>", "</title>"), title.hasPrefix("n"), let i = Int(title.dropFirst()),
                  graph.nodes[i].kind == .paragraph || graph.isInputDocument(i) else { continue }
            let box = try #require(boxes[graph.nodes[i].document ?? ""], "\(layout): no cluster for \(title)")
            let p = points(group)
            let (x, y) = (p.map(\.0).reduce(0, +) / Double(p.count), p.map(\.1).reduce(0, +) / Double(p.count))
            #expect(box.x0 < x && x < box.x1 && box.y0 < y && y < box.y1, "\(layout): \(title) outside its cluster")
            checked += 1
        }
        #expect(checked == inputs.count + graph.nodes.filter { $0.kind == .paragraph }.count)
    }

    /// In a force layout the legend sits above the picture's top left corner, grown with the picture so that
    /// it can be read when a PNG is shrunk to fit (it used to be packed anywhere, as small as a node).
    @Test func forceLayoutLegendSitsAboveThePictureAtAReadableSize() throws {
        let svg = try text(Graph.syntheticGraph(symbols: 600, documents: 20), .svg)
        var legend: [(Double, Double)] = [], others: [(Double, Double)] = []
        for group in SVGGroups(svg) where group.contains("class=\"node\"") {
            if SVGGroups.field(group, "<title>", "</title>") == "legend" { legend = SVGGroups.points(group) }
            else { others += SVGGroups.points(group) }
        }
        // SVG y grows downwards: the legend's lowest point is above every other node's highest.
        let legendBottom = try #require(legend.map(\.1).max()), topOfRest = try #require(others.map(\.1).min())
        #expect(legendBottom < topOfRest)
        // At the left: Graphviz sizes the table itself, so xref's estimate of its width may leave a margin.
        let (left, rest) = (legend.map(\.0).min()!, others.map(\.0).min()!)
        #expect(abs(left - rest) < 0.1 * (others.map(\.0).max()! - rest), "\(left) vs \(rest)")
        let size = try #require(SVGGroups.field(svg[svg.range(of: "<title>legend</title>")!.upperBound...].description,
                                                "font-size=\"", "\"").flatMap(Double.init))
        let width = try #require(SVGGroups.field(svg, "viewBox=\"0.00 0.00 ", " ").flatMap(Double.init))
        #expect(size * 3000 / width >= 8, "legend text \(size) pt in a picture \(width) pt wide")
    }

    @Test func theFocusSymbolIsDrawnHeavy() throws {
        let graph = Self.realistic
        func statement(_ dot: String, _ key: String) throws -> String {
            let i = try #require(graph.nodes.firstIndex { $0.key == key })
            let r = try #require(dot.range(of: "\tn\(i)\t["))
            return String(dot[r.lowerBound...].prefix { $0 != "]" })
        }
        let focused = try text(graph, .dot, RenderOptions(focus: "A/RES/73/187"))
        #expect(try statement(focused, "A/RES/73/187").contains("penwidth=3.5"))
        #expect(try !statement(focused, "A/RES/74/171").contains("penwidth=3.5"))
        #expect(try !statement(text(graph, .dot), "A/RES/73/187").contains("penwidth=3.5"))
    }

    @Test func mandatesAreHeavyAndPartOfDashedInTheDotFile() throws {
        let dot = try text(Self.realistic, .dot)
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("layout=dot"))
        let graph = Self.realistic
        let mandate = try #require(graph.edges.first { $0.kind == .mandatedBy && graph.nodes[$0.source].kind == .symbol })
        let partOf = try #require(graph.edges.first { $0.kind == .partOf })
        func statement(_ e: Graph.Edge) -> String? {
            let head = "n\(e.source) -> n\(e.target)"
            guard let r = dot.range(of: head) else { return nil }
            return String(dot[r.lowerBound...].prefix { $0 != ";" })
        }
        #expect(statement(mandate)?.contains("penwidth=2.6") == true)
        #expect(statement(partOf)?.contains("style=dashed") == true)
        #expect(statement(partOf)?.contains("penwidth") == false)
    }

    @Test func hostileTextStaysWellFormedAndLiteral() throws {
        let svg = try text(Fixtures.hostile(), .svg, RenderOptions(paragraphs: true))
        #expect(!svg.unicodeScalars.contains("\u{7}"))
        // Backslashes reach the picture as written, not as Graphviz escapes (\N would print the node name).
        #expect(svg.contains("A/RES/74/177 \\ &lt;&amp;&gt; &quot;x&quot;"))
        #expect(svg.contains("&lt;tag&gt; \\N back\\slash"))
        #expect(svg.contains("xlink:href=\"https://undocs.org/en/A/RES/74/177?a=1&amp;b=%3C2%3E\""))
        if let xmllint = Support.which("xmllint") {
            let path = try Support.temporaryDirectory() + "/hostile.svg"
            try Exporter.write(Fixtures.hostile(), to: path, format: .svg, options: RenderOptions(paragraphs: true))
            let (status, _, err) = try Support.run(xmllint, ["--noout", "--nonet", path])
            #expect(status == 0, "\(err)")
        }
    }

    @Test func autoLayoutFollowsSizeAndNamedLayoutsWin() throws {
        #expect(try text(Self.realistic, .dot).contains("layout=dot"))
        let big = Graph.syntheticGraph(symbols: 300, documents: 10)
        #expect(try text(big, .dot).contains("layout=sfdp"))
        #expect(try text(Self.realistic, .dot, RenderOptions(layout: "neato")).contains("layout=neato"))
        let svg = try text(Self.realistic, .svg, RenderOptions(layout: "twopi"))
        #expect(svg.contains("<svg"))
        #expect(throws: ExportError.self) { try Exporter.data(Self.realistic, format: .svg,
                                                               options: RenderOptions(layout: "spring")) }
        let error = #expect(throws: ExportError.self) {
            try Exporter.data(Self.realistic, format: .png, options: RenderOptions(layout: "spring"))
        }
        #expect(error?.description.contains("spring") == true && error?.description.contains("png") == true)
    }

    /// SVG `<title>`s are what viewers show on hover and what scripts select by: node and edge names,
    /// the same in every layout (neato's family once printed cgraph's anonymous "%5").
    @Test(arguments: ["dot", "neato", "sfdp", "fdp", "twopi"])
    func svgTitlesNameNodesAndEdgesInEveryLayout(_ layout: String) throws {
        let graph = Self.realistic
        let svg = try text(graph, .svg, RenderOptions(layout: layout))
        var titles: [Substring] = []
        var rest = svg[...]
        while let open = rest.range(of: "<title>"), let close = rest[open.upperBound...].range(of: "</title>") {
            titles.append(rest[open.upperBound..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        #expect(titles.first == "xref")
        #expect(!titles.contains { $0.contains("%") }, "\(titles.filter { $0.contains("%") }.prefix(3))")
        let drawn = graph.nodes.indices.filter { graph.nodes[$0].kind != .paragraph }
        for i in drawn { #expect(titles.contains("n\(i)"), "node n\(i) in \(layout)") }
        #expect(titles.contains("legend"))
        let mandate = try #require(graph.edges.first { $0.kind == .mandatedBy && graph.nodes[$0.source].kind == .symbol })
        #expect(titles.contains("n\(mandate.source)&#45;&gt;n\(mandate.target)"))
    }

    @Test func pngStaysUnderFourThousandPixels() throws {
        let png = try Exporter.data(Graph.syntheticGraph(symbols: 400, documents: 20), format: .png,
                                    options: RenderOptions())
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func be32(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (be32(16), be32(20))
        #expect(width > 1000 && width <= 4000 && height <= 4000, "\(width)×\(height)")
    }

    /// gd, which draws the PNGs, decodes UTF-8 only up to three bytes: an emoji came out as "ð" and three
    /// boxes. Such characters are drawn as the replacement mark instead; SVG keeps them.
    @Test func pngDrawsCharactersBeyondTheBasicPlaneAsReplacementMarks() throws {
        func graph(_ label: String) -> Graph {
            var g = Graph()
            g.add(Graph.Node(key: "doc:x.txt", kind: .document, label: label, document: "x.txt"))
            return g
        }
        let emoji = try Exporter.data(graph("report 😀 ✓"), format: .png)
        #expect(emoji == (try Exporter.data(graph("report \u{FFFD} ✓"), format: .png)))
        #expect(emoji != (try Exporter.data(graph("report ð ✓"), format: .png)))
        #expect(try text(graph("report 😀 ✓"), .svg).contains(">report 😀 ✓<"))
    }

    @Test(arguments: OutputFormat.allCases)
    func sameGraphSameBytes(_ format: OutputFormat) throws {
        let options = RenderOptions(paragraphs: format == .svg)
        let first = try Exporter.data(Self.realistic, format: format, options: options)
        if format == .pdf { Thread.sleep(forTimeInterval: 1.1) } // a timestamp would now differ
        // A layout in between changes Graphviz's global defaults and its heap: output must not notice.
        _ = try Exporter.data(Graph.syntheticGraph(symbols: 40, documents: 3), format: .svg, options: RenderOptions())
        let second = try Exporter.data(Fixtures.realistic(), format: format, options: options)
        let identical = first == second
        #expect(identical, "\(format.rawValue): \(first.count) vs \(second.count) bytes")
        #expect(!first.isEmpty)
    }

    @Test(arguments: OutputFormat.allCases)
    func emptyGraphStillExports(_ format: OutputFormat) throws {
        let bytes = try Exporter.data(Graph(), format: format, options: RenderOptions())
        let text = String(decoding: bytes, as: UTF8.self)
        switch format {
        case .graphml: #expect(text.contains("<graphml") && !text.contains("<node"))
        case .json:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect((object["nodes"] as? [Any])?.isEmpty == true && (object["edges"] as? [Any])?.isEmpty == true)
        case .csv: #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.count == 2, "headers only: \(text)")
        case .dot: #expect(text.hasPrefix("digraph"))
        case .svg: #expect(text.contains("<svg") && text.contains("<title>legend</title>"))
        case .png: #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case .pdf: #expect(text.hasPrefix("%PDF"))
        case .html: #expect(text.hasPrefix("<!DOCTYPE html>") && text.contains(#"<canvas id="picture-canvas""#) && text.contains(#"data-encoding="gzip">H4sI"#))
        }
    }

    @Test func concurrentRendersAreSerializedAndAgree() async throws {
        let graph = Self.realistic
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<6 {
                group.addTask { try Exporter.data(graph, format: i % 2 == 0 ? .svg : .dot, options: RenderOptions()) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results).count == 2)
    }
}
