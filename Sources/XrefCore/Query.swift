/// The questions users ask (DESIGN §1): which paragraphs cite a symbol, which symbols a corpus cites,
/// and what a symbol rests on and what rests on it. Pure functions of the analyses and the graph.
public enum Query {
    /// The canonical keys a user's spelling may mean: `74/177`, `resolution 74/177`, `A/RES/74/177`,
    /// `a/res/74/177`, `S/RES/2396(2017)`, `2396 (2017)`, `CND res 62/9`.
    public static func keys(for input: String) -> [String] {
        let trimmed = String(input.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if SymbolKey.isPseudo(trimmed) { return [trimmed] }
        let upper = trimmed.uppercased()
        let asSymbol = Recognizer.recognize(raw: upper).filter { $0.type != .resolution || $0.symbol.contains("/") }
        if let c = asSymbol.first, c.start == 0, c.end >= upper.utf8.count - 1 { return [c.symbol] }
        let lower = trimmed.lowercased()
        let phrase = lower.hasPrefix("resolution") || lower.hasPrefix("decision") || lower.contains(" resolution") || lower.contains(" decision")
            ? trimmed : "resolution " + trimmed
        var keys = Recognizer.recognize(raw: phrase).map(\.symbol)
        keys += Recognizer.recognize(raw: phrase).flatMap(\.candidates)
        return keys
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
        var out: [Line] = []
        var seen: Set<Int> = [root]
        walk(root, graph, depth: depth, level: 1, up: true, seen: &seen, out: &out)
        seen = [root]
        walk(root, graph, depth: depth, level: 1, up: false, seen: &seen, out: &out)
        return out
    }

    /// Links between document/symbol nodes: through a paragraph for `cites`, directly for `mandated-by`.
    private static func neighbours(_ n: Int, _ g: Graph, up: Bool) -> [(Int, Graph.Edge)] {
        var result: [(Int, Graph.Edge)] = []
        let paragraphOwner: [Int: Int] = Dictionary(g.edges.filter { $0.kind == .contains }.map { ($0.target, $0.source) }, uniquingKeysWith: { a, _ in a })
        for e in g.edges {
            switch e.kind {
            case .mandatedBy:
                if up, e.source == n { result.append((e.target, e)) }
                if !up, e.target == n { result.append((e.source, e)) }
            case .cites:
                let owner = paragraphOwner[e.source]
                if up, owner == n { result.append((e.target, e)) }
                if !up, e.target == n, let o = owner { result.append((o, e)) }
            default: break
            }
        }
        return result
    }

    private static func walk(_ n: Int, _ g: Graph, depth: Int, level: Int, up: Bool, seen: inout Set<Int>, out: inout [Line]) {
        guard level <= depth else { return }
        for (next, edge) in neighbours(n, g, up: up) {
            let node = g.nodes[next]
            let relation = edge.kind == .mandatedBy ? "mandated-by" : edge.relation?.rawValue ?? "cites"
            out.append(Line(depth: level, direction: up ? "up" : "down", symbol: node.symbol ?? node.label, relation: relation,
                            document: edge.document ?? "", paragraph: edge.paragraph ?? ""))
            if seen.insert(next).inserted { walk(next, g, depth: depth, level: level + 1, up: up, seen: &seen, out: &out) }
        }
    }
}
