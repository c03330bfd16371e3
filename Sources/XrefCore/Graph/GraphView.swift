/// Views of a graph that keep big graphs readable: pure functions, no I/O.

extension Graph {
    /// Whether the node is an input document: a `document` node, or a symbol node merged with the input file
    /// that carries it (its `document` path is set).
    public func isInputDocument(_ i: Int) -> Bool {
        let n = nodes[i]
        return n.kind == .document || (n.kind == .symbol && n.document != nil)
    }

    /// For each node, the input document it belongs to: itself for documents, the containing document for
    /// paragraphs (through `contains` edges, else by matching the `document` path), nil for plain symbols.
    public func owningDocuments() -> [Int?] {
        var owner = [Int?](repeating: nil, count: nodes.count)
        var byPath: [String: Int] = [:]
        for i in nodes.indices where isInputDocument(i) {
            owner[i] = i
            if let path = nodes[i].document, byPath[path] == nil { byPath[path] = i }
        }
        for e in edges where e.kind == .contains && nodes[e.target].isPart && isInputDocument(e.source) {
            if owner[e.target] == nil { owner[e.target] = e.source }
        }
        for i in nodes.indices where nodes[i].isPart && owner[i] == nil {
            if let path = nodes[i].document { owner[i] = byPath[path] }
        }
        return owner
    }

    /// A smaller graph for reading or drawing.
    ///
    /// - `organs`: keep only symbols of these organs (nil: all).
    /// - `minCitations`: keep only symbols cited at least this often (`count`).
    /// - `focus`: keep only what lies within `depth` steps of the node with this key (a paragraph counts as
    ///   part of its document, so depth 1 from a resolution reaches the documents citing it). An unknown key
    ///   gives an empty graph.
    ///
    /// Input documents are filtered like symbols when they carry an organ, and are kept anyway while they
    /// are linked to something that remains; a paragraph stays while its document stays and it still links
    /// to something kept. Documents with no links at all stay unless `organs` or `focus` narrows the view.
    /// Node order is the original order; edges keep their order and are renumbered to the new nodes.
    public func filtered(organs: Set<Organ>?, minCitations: Int, focus: String?, depth: Int) -> Graph {
        let owner = owningDocuments()
        func passes(_ n: Node) -> Bool {
            if let organs, !organs.contains(n.organ ?? .unknown) { return false }
            return n.count >= minCitations
        }
        // Unit = the node a paragraph folds into (its document), or the node itself.
        func unit(_ i: Int) -> Int { nodes[i].isPart ? (owner[i] ?? i) : i }

        var keep = [Bool](repeating: false, count: nodes.count)
        for i in nodes.indices where nodes[i].kind == .symbol && !isInputDocument(i) { keep[i] = passes(nodes[i]) }
        // A document stays for its own organ and count (when it has them), or because it links, through its
        // paragraphs, to a symbol or document that stays on its own merits. Not transitive: context, not a chain.
        var own = [Bool](repeating: false, count: nodes.count)
        for i in nodes.indices where isInputDocument(i) { own[i] = nodes[i].kind == .symbol && passes(nodes[i]) }
        var linked = [Bool](repeating: false, count: nodes.count)
        var hasLinks = [Bool](repeating: false, count: nodes.count)
        for e in edges where e.kind != .contains {
            let (s, t) = (unit(e.source), unit(e.target))
            hasLinks[s] = true; hasLinks[t] = true
            if keep[t] || own[t] { linked[s] = true }
            if keep[s] || own[s] { linked[t] = true }
        }
        let narrow = organs != nil || focus != nil
        for i in nodes.indices where isInputDocument(i) {
            keep[i] = own[i] || linked[i] || (!hasLinks[i] && !narrow)
        }

        if let focus {
            guard let f = node(forKey: focus), keep[unit(f)] else { return Graph() }
            var adjacency = [[Int]](repeating: [], count: nodes.count)
            for e in edges where e.kind != .contains {
                let (s, t) = (unit(e.source), unit(e.target))
                guard keep[s], keep[t], s != t else { continue }
                adjacency[s].append(t); adjacency[t].append(s)
            }
            var distance = [Int](repeating: -1, count: nodes.count)
            var frontier = [unit(f)]
            distance[unit(f)] = 0
            var level = 0
            while !frontier.isEmpty && level < depth {
                level += 1
                var next: [Int] = []
                for u in frontier { for v in adjacency[u] where distance[v] < 0 { distance[v] = level; next.append(v) } }
                frontier = next
            }
            for i in nodes.indices where !nodes[i].isPart { keep[i] = keep[i] && distance[i] >= 0 }
        }

        // Paragraphs: document kept and a non-contains link to something kept (or no such links at all).
        var paragraphLinks = [Int](repeating: 0, count: nodes.count)
        var paragraphKeptLinks = [Int](repeating: 0, count: nodes.count)
        for e in edges where e.kind != .contains {
            for (p, other) in [(e.source, e.target), (e.target, e.source)] where nodes[p].isPart {
                paragraphLinks[p] += 1
                if keep[unit(other)] && !nodes[other].isPart { paragraphKeptLinks[p] += 1 }
            }
        }
        for i in nodes.indices where nodes[i].isPart {
            let docKept = owner[i].map { keep[$0] } ?? !narrow
            keep[i] = docKept && (paragraphLinks[i] == 0 || paragraphKeptLinks[i] > 0)
        }
        return subgraph(keeping: keep)
    }

    /// The nodes marked in `keep` (original order) and the edges between them, renumbered.
    public func subgraph(keeping keep: [Bool]) -> Graph {
        var result = Graph()
        var newIndex = [Int](repeating: -1, count: nodes.count)
        for i in nodes.indices where keep[i] { newIndex[i] = result.add(nodes[i]) }
        for e in edges where newIndex[e.source] >= 0 && newIndex[e.target] >= 0 {
            var copy = e
            copy.source = newIndex[e.source]; copy.target = newIndex[e.target]
            result.add(copy)
        }
        return result
    }
}

extension Graph {
    /// A made-up graph for benchmarks (`xref bench`): `documents` input documents whose numbered paragraphs
    /// cite `symbols` symbols of mixed organs and types, about two citations per symbol (every symbol at
    /// least once), one mandate per document and some part-of links. Same arguments, same graph.
    public static func syntheticGraph(symbols: Int, documents: Int) -> Graph {
        var g = Graph()
        var rng = SplitMix64(seed: 0x78726566)
        let symbolIndex = (0..<max(symbols, 0)).map { g.add(syntheticSymbol($0)) }
        guard documents > 0, !symbolIndex.isEmpty else { return g }
        let perDocument = max(1, 2 * symbolIndex.count / documents)
        let relations: [Relation] = [.recalls, .pursuantTo, .furtherTo, .inAccordanceWith, .takesNoteOf, .mentions]
        var cursor = 0
        for d in 0..<documents {
            let path = "synthetic/doc\(d).txt"
            let doc = g.add(Node(key: "doc:\(path)", kind: .document, label: "doc\(d).txt", document: path))
            var paragraph = -1
            for j in 0..<perDocument {
                if j % 5 == 0 {
                    let id = String(j / 5 + 1)
                    paragraph = g.add(Node(key: "para:\(path)#\(id)", kind: .paragraph, label: "¶\(id)",
                                           document: path, paragraph: id, text: "Paragraph \(id) of doc\(d)."))
                    g.add(Edge(source: doc, target: paragraph, kind: .contains))
                }
                // First pass over the symbols in order, so every one is cited; then at random.
                let s = cursor < symbolIndex.count ? symbolIndex[cursor] : symbolIndex[rng.next(symbolIndex.count)]
                cursor += 1
                let relation = relations[rng.next(relations.count)]
                g.add(Edge(source: paragraph, target: s, kind: .cites, relation: relation, surface: g.nodes[s].key,
                           start: j * 100, end: j * 100 + 20, line: j + 1, document: path,
                           paragraph: g.nodes[paragraph].paragraph))
                g.update(s) { $0.count += 1 }
            }
            let mandate = symbolIndex[rng.next(symbolIndex.count)]
            g.add(Edge(source: doc, target: mandate, kind: .mandatedBy, relation: .pursuantTo,
                       start: 0, end: 40, line: 1, document: path, paragraph: "1"))
        }
        for i in stride(from: 25, to: symbolIndex.count, by: 25) {
            g.add(Edge(source: symbolIndex[i], target: symbolIndex[i - 1], kind: .partOf))
        }
        return g
    }

    private static func syntheticSymbol(_ i: Int) -> Node {
        let (organ, type, key): (Organ, SymbolType, String) = switch i % 10 {
        case 0, 1, 2: (.ga, .resolution, "A/RES/\(60 + i % 20)/\(i)")
        case 3: (.ga, .decision, "A/DEC/\(60 + i % 20)/\(i)")
        case 4: (.sc, .resolution, "S/RES/\(i) (\(1990 + i % 30))")
        case 5: (.sc, .statement, "S/PRST/\(2000 + i % 20)/\(i)")
        case 6: (.ecosoc, .resolution, "E/RES/\(2000 + i % 20)/\(i)")
        case 7: (.hrc, .resolution, "A/HRC/RES/\(i % 50)/\(i)")
        case 8: (.cnd, .resolution, "CND res \(i % 60)/\(i)")
        default: (.secretariat, .document, "A/\(60 + i % 20)/\(i)")
        }
        let url = SymbolKey.url(for: key)
        return Node(key: key, kind: .symbol, label: key, symbol: key, organ: organ, type: type, url: url)
    }
}

/// Small deterministic generator (SplitMix64): the synthetic graph must not vary between runs.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
