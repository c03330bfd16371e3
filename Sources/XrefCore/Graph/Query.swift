/// The questions users ask (DESIGN §1): which paragraphs cite a symbol, which symbols a corpus cites,
/// and what a symbol rests on and what rests on it. Pure functions of the analyses and the graph.
public enum Query {
    /// The canonical keys a user's spelling may mean: `74/177`, `resolution 74/177`, `A/RES/74/177`,
    /// `a/res/74/177`, `S/RES/2396(2017)`, `2396 (2017)`, `CND res 62/9`.
    public static func keys(for input: String) -> [String] {
        let trimmed = String(input.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if SymbolKey.isPseudo(trimmed) { return [trimmed] }
        let upper = trimmed.uppercased()
        // A whole symbol as typed ("a/res/74/177", "S/RES/2396(2017)"): upper case makes its root a root.
        if let c = Recognizer.recognize(raw: upper).first, c.start == 0, c.end >= upper.utf8.count - 1 { return [c.symbol] + c.candidates }
        let lower = trimmed.lowercased()
        let phrase = lower.hasPrefix("resolution") || lower.hasPrefix("decision") || lower.contains(" resolution") || lower.contains(" decision")
            ? trimmed : "resolution " + trimmed
        let found = Recognizer.recognize(raw: phrase)
        return found.map(\.symbol) + found.flatMap(\.candidates)
    }

    public struct Hit: Sendable {
        public var document: String
        public var citation: Citation
        /// The citation names a part of the symbol (an addendum, a corrigendum), not the symbol itself.
        public var viaPart: Bool
    }

    /// Every citation of `keys` or of their addenda, corrigenda and revisions, in document order.
    public static func citations(of keys: [String], in analyses: [DocumentAnalysis], relation: Relation? = nil) -> [Hit] {
        let wanted = Set(keys.map(SymbolKey.comparable))
        var hits: [Hit] = []
        for a in analyses {
            for c in a.citations where relation == nil || c.relation == relation {
                let k = SymbolKey.comparable(c.symbol)
                if wanted.contains(k) {
                    hits.append(Hit(document: a.path, citation: c, viaPart: false))
                } else if wanted.contains(where: { k.hasPrefix($0 + "/") }) {
                    hits.append(Hit(document: a.path, citation: c, viaPart: true))
                }
            }
        }
        return hits
    }

    public struct SymbolSummary: Sendable {
        public var symbol: String
        public var organ: Organ
        public var type: SymbolType
        public var count: Int
        public var resolved: Bool
        /// `path#paragraph` of each citing paragraph, in order, without repeats.
        public var paragraphs: [String]
    }

    /// Every cited symbol, most cited first (ties by key).
    public static func symbols(in analyses: [DocumentAnalysis], organs: Set<Organ>? = nil, type: SymbolType? = nil) -> [SymbolSummary] {
        var order: [String] = []
        var table: [String: SymbolSummary] = [:]
        for a in analyses {
            for c in a.citations {
                if let organs, !organs.contains(c.organ) { continue }
                if let type, c.type != type { continue }
                let where_ = a.path + "#" + c.paragraph
                if table[c.symbol] == nil {
                    order.append(c.symbol)
                    table[c.symbol] = SymbolSummary(symbol: c.symbol, organ: c.organ, type: c.type, count: 0, resolved: c.resolved, paragraphs: [])
                }
                table[c.symbol]!.count += 1
                if table[c.symbol]!.paragraphs.last != where_ { table[c.symbol]!.paragraphs.append(where_) }
            }
        }
        return order.compactMap { table[$0] }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.symbol < $1.symbol }
    }

    /// The graph key a written symbol names (any form `keys(for:)` accepts), or nil and the nearest
    /// symbols in the graph.
    public static func graphKey(for input: String, in graph: Graph) -> (key: String?, nearest: [String]) {
        let keys = keys(for: input)
        if let key = keys.first(where: { graph.node(forKey: $0) != nil }) { return (key, []) }
        return (nil, suggestions(for: keys.first ?? input, among: graph.nodes.compactMap(\.symbol)))
    }

    /// Known keys closest to an unknown one, for "did you mean".
    public static func suggestions(for input: String, among keys: [String], limit: Int = 3) -> [String] {
        let target = Array(SymbolKey.comparable(input).utf8)
        let scored = Set(keys).map { ($0, distance(target, Array(SymbolKey.comparable($0).utf8))) }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).filter { $0.1 <= max(3, target.count / 2) }.map(\.0)
    }

    private static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// `xref show`: what a symbol rests on (up) and what rests on it (down), as trees over the graph.
public enum MandateTree {
    public struct Line: Sendable, Equatable {
        public var depth: Int
        /// "up" (the symbol cites or is mandated by it) or "down" (it cites or is mandated by the symbol).
        public var direction: String
        public var symbol: String
        public var relation: String
        public var document: String
        public var paragraph: String
    }

    public static func lines(for key: String, in graph: Graph, depth: Int) -> [Line] {
        guard let root = graph.node(forKey: key) else { return [] }
        let links = Links(graph)
        var out: [Line] = []
        var seen: Set<Int> = [root]
        walk(root, graph, links.up, depth: depth, level: 1, up: true, seen: &seen, out: &out)
        seen = [root]
        walk(root, graph, links.down, depth: depth, level: 1, up: false, seen: &seen, out: &out)
        return out
    }

    /// Links between document and symbol nodes, built once: through a paragraph for `cites`, directly for
    /// `mandated-by`. `up[n]`: what n cites or is mandated by; `down[n]`: what cites n or is mandated by it.
    private struct Links {
        var up: [[(Int, Graph.Edge)]]
        var down: [[(Int, Graph.Edge)]]

        init(_ g: Graph) {
            up = Array(repeating: [], count: g.nodes.count)
            down = up
            var owner = [Int?](repeating: nil, count: g.nodes.count)
            for e in g.edges where e.kind == .contains { owner[e.target] = e.source }
            for e in g.edges {
                switch e.kind {
                case .mandatedBy:
                    up[e.source].append((e.target, e))
                    down[e.target].append((e.source, e))
                case .cites:
                    guard let o = owner[e.source] else { continue }
                    up[o].append((e.target, e))
                    down[e.target].append((o, e))
                default: break
                }
            }
        }
    }

    private static func walk(_ n: Int, _ g: Graph, _ links: [[(Int, Graph.Edge)]], depth: Int, level: Int, up: Bool,
                             seen: inout Set<Int>, out: inout [Line]) {
        guard level <= depth else { return }
        for (next, edge) in links[n] {
            let node = g.nodes[next]
            let relation = edge.kind == .mandatedBy ? "mandated-by" : edge.relation?.rawValue ?? "cites"
            out.append(Line(depth: level, direction: up ? "up" : "down", symbol: node.symbol ?? node.label, relation: relation,
                            document: edge.document ?? "", paragraph: edge.paragraph ?? ""))
            if seen.insert(next).inserted { walk(next, g, links, depth: depth, level: level + 1, up: up, seen: &seen, out: &out) }
        }
    }
}
