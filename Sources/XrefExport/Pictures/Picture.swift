/// The picture view of a graph, in plain Swift: what Graphviz will be told to draw (DESIGN §5).
/// Symbols coloured by organ and shaped by type, input documents as folders in a cluster each, paragraph
/// citations folded into one labelled edge per (document, symbol, relation) unless paragraphs are drawn.
struct Picture {
    struct Node {
        var name: String
        var attributes: [(String, String)]
        /// Graphviz HTML-like label (the legend); plain labels live in `attributes`.
        var htmlLabel: String?
        var cluster: Int?
    }

    struct Edge {
        var tail: Int
        var head: Int
        var attributes: [(String, String)]
    }

    struct Cluster {
        var name: String
        /// The label as shown (its escaped form is in `attributes`); force layouts make room for it.
        var label: String
        var attributes: [(String, String)]
    }

    var layout: String
    var graphAttributes: [(String, String)] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    var clusters: [Cluster] = []
    /// What the legend lists; the last node draws it.
    var legendContent = LegendContent()
    var legendPointSize = 11

    struct LegendContent {
        var groups: Set<OrganGroup> = [], types: Set<SymbolType> = []
        var inputs = false, mandates = false, partOf = false
    }

    func legend(pointSize: Int) -> String {
        let c = legendContent
        return PictureStyle.legend(groups: c.groups, types: c.types, inputs: c.inputs, mandates: c.mandates,
                                   partOf: c.partOf, pointSize: pointSize)
    }

    /// dot and fdp draw clusters themselves; after the other layouts ForceLayout boxes them.
    var layoutDrawsClusters: Bool { layout == "dot" || layout == "fdp" }

    /// Points between node boxes in force layouts (`NodeBox.spread`); `sep` tells readers of the .dot the same.
    static let nodeGap = 24.0

    /// Up to this many nodes `auto` uses dot (ranked, readable edge labels); above, sfdp.
    static let autoDotLimit = 150
    /// Above this many edges labels are left to tooltips: thousands of labels are ink, not information.
    static let edgeLabelLimit = 400
    /// Paragraph ids listed on a folded edge before the rest go to the tooltip.
    static let paragraphListLimit = 6
}

extension Picture {
    init(_ graph: Graph, options: RenderOptions) throws {
        guard RenderOptions.layouts.contains(options.layout) else {
            throw ExportError(reason: "unknown layout \"\(options.layout)\" (use one of "
                              + RenderOptions.layouts.joined(separator: ", ") + ")")
        }
        let owner = graph.owningDocuments()
        // Which graph node each node is drawn as: paragraphs fold into their document unless drawn.
        var drawnAs = Array(graph.nodes.indices)
        if !options.paragraphs {
            for i in graph.nodes.indices where graph.nodes[i].isPart { drawnAs[i] = owner[i] ?? i }
        }
        let edgeGroups = Self.fold(graph, drawnAs: drawnAs, keepContains: options.paragraphs)
        var shown = [Bool](repeating: false, count: graph.nodes.count)
        for i in graph.nodes.indices where drawnAs[i] == i { shown[i] = true }

        let nodeCount = shown.filter { $0 }.count + 1
        layout = options.layout == "auto" ? (nodeCount <= Self.autoDotLimit ? "dot" : "sfdp") : options.layout
        graphAttributes = Self.graphAttributes(layout: layout, edges: edgeGroups.count)
        if let caption = options.caption {
            graphAttributes += [("label", graphvizEscaped(caption)), ("labelloc", "t"), ("labeljust", "l"), ("fontsize", "16")]
        }

        // Clusters: one per input document, holding it and (when drawn) its paragraphs. Not for dot without
        // paragraphs, where a cluster would hold the document alone: Debian's Graphviz 2.42 dot frees memory
        // twice in gvFreeLayout when clusters meet labelled edges that cross them (the depth-1 neighbourhood of
        // UNFCCC dec 1/CP.21 in akn/, 141 one-node clusters); a folder node needs no box around it.
        var clusterOf = [Int?](repeating: nil, count: graph.nodes.count)
        if layout != "dot" || options.paragraphs {
            for i in graph.nodes.indices where shown[i] && graph.isInputDocument(i) {
                clusterOf[i] = clusters.count
                let path = graph.nodes[i].document ?? graph.nodes[i].key
                // The record's title (else the file name) heads the cluster unless the document node already shows just that.
                let title = graph.nodes[i].title
                let name = title.map(GraphBuilder.shortTitle) ?? Self.fileName(path)
                let label = name == graph.nodes[i].label ? "" : name
                clusters.append(Cluster(name: "cluster_\(clusters.count)", label: label, attributes: [
                    ("label", graphvizEscaped(label)), ("tooltip", graphvizTooltip(([path] + [title].compactMap { $0 }).joined(separator: " — "))),
                    ("style", "rounded,filled"), ("fillcolor", "#f7f9fb"), ("color", "#cbd5e0"),
                    ("fontsize", "10"), ("fontcolor", "#4a5568"), ("labeljust", "l"),
                ]))
            }
            for i in graph.nodes.indices where shown[i] && graph.nodes[i].isPart {
                if let doc = owner[i] { clusterOf[i] = clusterOf[doc] }
            }
        }

        var pictureIndex = [Int](repeating: -1, count: graph.nodes.count)
        var groups = Set<OrganGroup>(), types = Set<SymbolType>(), inputs = false
        for i in graph.nodes.indices where shown[i] {
            let n = graph.nodes[i]
            pictureIndex[i] = nodes.count
            var attributes = Self.nodeAttributes(graph, i)
            if n.key == options.focus {
                attributes.removeAll { $0.0 == "penwidth" }
                attributes.append(("penwidth", "3.5"))
            }
            if let prefix = options.symbolLink, let key = n.symbol {
                attributes.removeAll { $0.0 == "URL" || $0.0 == "target" }
                attributes += [("URL", graphvizURL(xmlSafe(prefix + key))), ("target", "_top")]
            }
            nodes.append(Node(name: "n\(i)", attributes: attributes, cluster: clusterOf[i]))
            if !n.isPart {
                if n.kind == .symbol || n.organ != nil { groups.insert(OrganGroup(n.organ)) }
                if graph.isInputDocument(i) { inputs = true } else if let t = n.type { types.insert(t) }
            }
        }
        let labelled = edgeGroups.count <= Self.edgeLabelLimit
        // dot makes a label a node of its own between ranks, and it is those nodes, crossing clusters, that
        // 2.42 frees twice: with clusters, labels are xlabels, placed once the layout is done.
        let afterLayout = layout == "dot" && !clusters.isEmpty
        for g in edgeGroups {
            var attributes = Self.edgeAttributes(g, graph, labelled: labelled)
            if afterLayout { attributes = attributes.map { $0.0 == "label" ? ("xlabel", $0.1) : $0 } }
            edges.append(Edge(tail: pictureIndex[g.tail], head: pictureIndex[g.head], attributes: attributes))
        }
        let kinds = Set(edgeGroups.map(\.kind))
        // A big picture is shrunk to fit: grow the legend with it so it stays legible.
        legendPointSize = nodeCount <= Self.autoDotLimit ? 11 : Int(11 * (Double(nodeCount) / 150).squareRoot())
        legendContent = LegendContent(groups: groups, types: types, inputs: inputs,
                                      mandates: kinds.contains(.mandatedBy), partOf: kinds.contains(.partOf))
        nodes.append(Node(name: "legend", attributes: [("shape", "plaintext"), ("margin", "0")],
                          htmlLabel: legend(pointSize: legendPointSize), cluster: nil))
    }

    /// Edges between drawn nodes, one per (tail, head, kind, relation), in order of first appearance,
    /// with the paragraph ids they were read from and the number of citations they stand for.
    struct EdgeGroup {
        var tail: Int, head: Int, kind: Graph.EdgeKind, relation: Relation?
        var paragraphs: [String] = []
        var count = 0
    }

    static func fold(_ graph: Graph, drawnAs: [Int], keepContains: Bool) -> [EdgeGroup] {
        struct Key: Hashable { var tail: Int, head: Int, kind: Graph.EdgeKind, relation: Relation? }
        var index: [Key: Int] = [:]
        var groups: [EdgeGroup] = []
        for e in graph.edges {
            if e.kind == .contains && !keepContains { continue }
            let key = Key(tail: drawnAs[e.source], head: drawnAs[e.target], kind: e.kind, relation: e.relation)
            let g: Int
            if let found = index[key] { g = found } else {
                g = groups.count
                index[key] = g
                groups.append(EdgeGroup(tail: key.tail, head: key.head, kind: key.kind, relation: key.relation))
            }
            groups[g].count += e.count
            // The paragraph an edge was read from: its evidence, else the paragraph node it leaves.
            let source = graph.nodes[e.source]
            if let p = e.paragraph ?? (source.kind == .paragraph ? source.paragraph : nil),
               !groups[g].paragraphs.contains(p) {
                groups[g].paragraphs.append(p)
            }
        }
        return groups
    }

    static func graphAttributes(layout: String, edges: Int) -> [(String, String)] {
        var a: [(String, String)] = [
            ("layout", layout), ("fontname", PictureStyle.font), ("bgcolor", "white"), ("pad", "0.3"),
            ("outputorder", "edgesfirst"), ("charset", "UTF-8"),
        ]
        switch layout {
        case "dot":
            // Left to right: citing documents, then what they cite; edge labels sit on horizontal runs.
            // (newrank would let ranks cross clusters but tangles paragraph edges: left off.)
            a += [("rankdir", "LR"), ("nodesep", "0.25"), ("ranksep", "0.9")]
        case "sfdp":
            // Routing splines around nodes (splines=true) took 11 s for 240 nodes and 75 s for 430: curved
            // edges cost nothing to place. The fast quadtree keeps the force layout near a second at 5,000
            // nodes. Overlaps are removed by spreading each component (ForceLayout): prism gave a different
            // layout on every run; overlap and sep tell readers of the .dot the same as xref does.
            a += [("overlap", "scale"), ("quadtree", "fast"), ("splines", edges <= 2000 ? "curved" : "false"),
                  ("sep", "+12")]
        case "neato", "fdp", "twopi":
            a += [("overlap", "scale"), ("splines", edges <= 100 ? "true" : edges <= 2000 ? "curved" : "false"),
                  ("sep", "+12")]
        default:
            break
        }
        return a
    }

    static func nodeAttributes(_ graph: Graph, _ i: Int) -> [(String, String)] {
        let n = graph.nodes[i]
        let label = n.label.isEmpty ? n.key : n.label
        if n.isPart {
            var text = n.text ?? ""
            if text.count > 400 { text = String(text.prefix(400)) + "…" }
            let tip = "¶\(n.paragraph ?? label) of \(n.document ?? "?")" + (text.isEmpty ? "" : ": " + text)
            return [("shape", "box"), ("style", "rounded,filled"), ("fillcolor", "white"), ("color", "#718096"),
                    ("fontsize", "10"), ("label", graphvizEscaped(label)),
                    ("tooltip", graphvizTooltip(tip))]
        }
        let input = graph.isInputDocument(i)
        let group = OrganGroup(n.organ)
        let fill = input && n.organ == nil ? PictureStyle.inputFill : group.fill
        let border = input && n.organ == nil ? PictureStyle.inputBorder : group.border
        var style = "filled"
        if !n.resolved { style += ",dashed" }
        // Tooltip: the full key (a document's path), what it is, how often it is cited.
        var tip = n.kind == .document ? [n.document ?? n.key] : [n.key]
        if n.kind == .symbol, input, let path = n.document { tip.append(path) }
        // Who the document is: its record's title and date.
        if let title = n.title { tip.append(title + (n.date.map { " (\($0))" } ?? "")) } else if let date = n.date { tip.append(date) }
        var what = n.organ.map { $0 == .unknown ? "organ unknown" : $0.rawValue } ?? ""
        if let t = n.type { what += (what.isEmpty ? "" : " ") + t.rawValue }
        if !n.resolved { what += (what.isEmpty ? "" : ", ") + "unresolved" }
        if n.kind == .document && what.isEmpty { what = "input document" }
        if !what.isEmpty { tip.append(what) }
        if n.kind == .symbol || n.count > 0 { tip.append("cited \(n.count) time" + (n.count == 1 ? "" : "s")) }
        var a: [(String, String)] = [
            ("shape", input ? "folder" : PictureStyle.shape(n.type)), ("style", style),
            ("fillcolor", fill), ("color", border), ("penwidth", input ? "1.6" : "1"),
            ("label", graphvizEscaped(label)), ("tooltip", graphvizTooltip(tip.joined(separator: " — "))),
        ]
        // Only real symbols link out: a pseudo-key (`CND res 62/9`) has no url and no page to open.
        if let url = n.url, n.resolved { a += [("URL", graphvizURL(xmlSafe(url))), ("target", "_blank")] }
        return a
    }

    static func edgeAttributes(_ g: EdgeGroup, _ graph: Graph, labelled: Bool) -> [(String, String)] {
        var ids = g.paragraphs.prefix(paragraphListLimit).joined(separator: ", ")
        if g.paragraphs.count > paragraphListLimit { ids += ", …" }
        let pilcrow = g.paragraphs.isEmpty ? "" : "¶" + ids
        let fromParagraph = graph.nodes[g.tail].isPart
        var label: String
        var a: [(String, String)]
        switch g.kind {
        case .cites:
            let relation = g.relation?.rawValue ?? "cites"
            label = fromParagraph ? relation : [pilcrow, relation].filter { !$0.isEmpty }.joined(separator: " ")
            // Unlabelled (big) pictures: translucent citations, so nodes and mandates stand out of the mesh.
            a = [("color", labelled ? PictureStyle.citesColor : PictureStyle.citesColor + "59"),
                 ("fontcolor", "#4a5568"), ("arrowsize", "0.7")]
        case .mandatedBy:
            label = ["mandated by", fromParagraph ? "" : pilcrow].filter { !$0.isEmpty }.joined(separator: " ")
            a = [("color", PictureStyle.mandateColor), ("fontcolor", PictureStyle.mandateColor),
                 ("penwidth", "2.6"), ("style", "bold"), ("weight", "2")]
        case .partOf:
            label = ""
            a = [("color", PictureStyle.partOfColor), ("style", "dashed"), ("arrowhead", "empty")]
        case .fulfils:
            label = "fulfils"
            a = [("color", PictureStyle.mandateColor), ("fontcolor", PictureStyle.mandateColor), ("style", "dashed"), ("penwidth", "1.6")]
        case .succeeds:
            label = "succeeds"
            a = [("color", PictureStyle.partOfColor), ("fontcolor", PictureStyle.partOfColor), ("style", "dotted"), ("penwidth", "1.4")]
        case .contains:
            label = ""
            a = [("color", PictureStyle.containsColor), ("arrowhead", "none"), ("penwidth", "0.7")]
        }
        let all = "¶" + g.paragraphs.joined(separator: ", ")
        let tip = "\(graph.nodes[g.tail].key) → \(graph.nodes[g.head].key): "
            + ([g.kind.rawValue, g.relation?.rawValue, g.paragraphs.isEmpty ? nil : all].compactMap { $0 }
                .joined(separator: " ")) + (g.count > 1 ? " (\(g.count) citations)" : "")
        a.append(("tooltip", graphvizTooltip(tip)))
        if labelled && !label.isEmpty { a += [("label", graphvizEscaped(label)), ("fontsize", "9")] }
        return a
    }

    /// The connected components (edges taken both ways), each as node indices in order, ordered by their
    /// first node.
    func components() -> [[Int]] {
        var parent = Array(nodes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for e in edges {
            let (a, b) = (root(e.tail), root(e.head))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var index: [Int: Int] = [:]
        var out: [[Int]] = []
        for i in nodes.indices {
            let r = root(i)
            if let k = index[r] { out[k].append(i) } else { index[r] = out.count; out.append([i]) }
        }
        return out
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}
