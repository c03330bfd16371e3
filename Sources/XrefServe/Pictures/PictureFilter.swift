import XrefCore

/// What a neighbourhood picture holds that its filters can hide.
public struct PictureChoices: Sendable, Equatable {
    public var organs: [String] = [], types: [String] = [], relations: [String] = []
    /// About how many documents and symbols the neighbourhood holds (before any overview cut).
    public var nodes = 0
}

/// What a served neighbourhood picture leaves out (issue 19: filters by organ, type and relation): organs,
/// symbol types and relations hidden, from `hide-organ=SC,HRC&hide-type=decision&hide-relation=recalls`
/// (repeated parameters or commas). Applied to the graph before it is drawn, so the picture is laid out
/// anew for what is left and cached under its own graph; the focus always stays.
struct PictureFilter: Equatable {
    var organs: Set<String> = []
    var types: Set<String> = []
    /// Relations of citations ("recalls") and other edge kinds ("mandated-by", "part-of", ...).
    var relations: Set<String> = []

    init() {}

    init(_ values: (String) throws -> [String]) throws {
        organs = Set(try values("hide-organ"))
        types = Set(try values("hide-type"))
        relations = Set(try values("hide-relation"))
    }

    var isEmpty: Bool { organs.isEmpty && types.isEmpty && relations.isEmpty }

    /// The query that asks for this filter (`&hide-organ=SC,HRC...`), empty when nothing is hidden.
    var query: String {
        [("hide-organ", organs), ("hide-type", types), ("hide-relation", relations)].filter { !$0.1.isEmpty }
            .map { "&" + $0.0 + "=" + percentEncoded($0.1.sorted().joined(separator: ",")) }.joined()
    }

    static func organ(_ n: Graph.Node) -> String { (n.organ ?? .unknown).rawValue }
    /// An input document without a type of its own counts as a "document".
    static func type(_ n: Graph.Node) -> String { (n.type ?? .document).rawValue }
    static func relation(_ e: Graph.Edge) -> String { e.kind == .cites ? (e.relation ?? .mentions).rawValue : e.kind.rawValue }

    /// What can be hidden in `graph`: the organs, types and relations it holds, sorted.
    static func choices(_ graph: Graph) -> PictureChoices {
        choices(nodes: graph.nodes.filter { !$0.isPart }, edges: graph.edges)
    }

    static func choices(nodes: [Graph.Node], edges: [Graph.Edge]) -> PictureChoices {
        PictureChoices(organs: Set(nodes.map(organ)).sorted(), types: Set(nodes.map(type)).sorted(),
                       relations: Set(edges.filter { $0.kind != .contains }.map(relation)).sorted(), nodes: nodes.count)
    }

    /// `graph` without what is hidden, and without what is left unlinked by that (the focus stays).
    func apply(_ graph: Graph, focus: String) -> Graph {
        guard !isEmpty else { return graph }
        let owner = graph.owningDocuments()
        func unit(_ i: Int) -> Int { graph.nodes[i].isPart ? owner[i] ?? i : i }
        func shown(_ i: Int) -> Bool {
            let n = graph.nodes[unit(i)]
            return n.key == focus || !(organs.contains(Self.organ(n)) || types.contains(Self.type(n)))
        }
        let edges = graph.edges.filter { e in
            shown(e.source) && shown(e.target) && (e.kind == .contains || !relations.contains(Self.relation(e)))
        }
        // A node stays when a link that stays reaches it (a paragraph's links count for its document).
        var linked = Set<Int>()
        if let f = graph.node(forKey: focus) { linked.insert(unit(f)) }
        for e in edges where e.kind != .contains { linked.insert(unit(e.source)); linked.insert(unit(e.target)) }
        var out = Graph()
        var index = [Int?](repeating: nil, count: graph.nodes.count)
        for i in graph.nodes.indices where linked.contains(unit(i)) { index[i] = out.add(graph.nodes[i]) }
        for var e in edges {
            guard let s = index[e.source], let t = index[e.target] else { continue }
            e.source = s; e.target = t
            out.add(e)
        }
        return out
    }
}
