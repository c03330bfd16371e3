/// Step 7 (DESIGN §5): documents, paragraphs and symbols joined by `contains`, `cites`, `mandated-by`
/// and `part-of` edges; mandate clauses with `fulfils` and `succeeds` (DESIGN §9, `MandateGraph`). A document whose own symbol is known is that symbol's node, so a folder of
/// resolutions becomes a graph of resolutions citing resolutions. Deterministic for a given input order.
public enum GraphBuilder {
    public static func build(_ analyses: [DocumentAnalysis]) -> Graph {
        var graph = Graph()
        // Documents first, so that a symbol cited before its own document is read still merges with it.
        for a in analyses { _ = documentNode(a, in: &graph) }
        // Editions of one document (its .docx, its .pdf, its text) share a node; only the first one read
        // contributes citations, or every citation would count once per edition.
        var editions: Set<String> = []
        for a in analyses {
            let doc = documentNode(a, in: &graph)
            if let own = a.context.ownSymbols.first {
                guard editions.insert(own + " " + a.context.ownParts.joined()).inserted else { continue }
            }
            var paragraphs: [String: Int] = [:]
            for c in a.citations {
                let para: Int
                if let p = paragraphs[c.paragraph] { para = p } else {
                    // Keyed by path: the lettered parts of one resolution share a node but not paragraphs.
                    para = graph.add(Graph.Node(key: "para:\(a.path)#\(c.paragraph)", kind: .paragraph,
                                                label: label(paragraph: c.paragraph), document: a.path,
                                                paragraph: c.paragraph, text: a.paragraphText(c.paragraph)))
                    graph.add(Graph.Edge(source: doc, target: para, kind: .contains, document: a.path, paragraph: c.paragraph))
                    paragraphs[c.paragraph] = para
                }
                let symbol = symbolNode(c.symbol, organ: c.organ, type: c.type, resolved: c.resolved, in: &graph)
                if symbol == doc { continue }  // a sibling part of a lettered resolution shares its node
                graph.update(symbol) { $0.count += 1 }
                graph.add(Graph.Edge(source: para, target: symbol, kind: .cites, relation: c.relation, surface: c.surface,
                                     start: c.start, end: c.end, line: c.line, document: a.path, paragraph: c.paragraph))
            }
            for m in a.mandates {
                let source: Int
                switch m.source {
                case .document: source = doc
                case .symbol(let key): source = symbolNode(key, organ: Lexicon.organ(ofSeries: key), type: SymbolKey.type(of: key), resolved: true, in: &graph)
                }
                guard let target = graph.node(forKey: m.target), source != target else { continue }
                graph.add(Graph.Edge(source: source, target: target, kind: .mandatedBy, relation: m.relation,
                                     start: m.sentence.lowerBound, end: m.sentence.upperBound, document: a.path, paragraph: m.paragraph))
            }
        }
        addPartOfEdges(&graph)
        MandateGraph.add(analyses, to: &graph, documentNode: { documentNode($0, in: &$1) }, symbolNode: {
            symbolNode($0, organ: Lexicon.organ(ofSeries: $0), type: SymbolKey.type(of: $0), resolved: true, in: &$1)
        })
        return graph
    }

    private static func documentNode(_ a: DocumentAnalysis, in graph: inout Graph) -> Int {
        let name = String(a.path.split(separator: "/").last ?? Substring(a.path))
        if let own = a.context.ownSymbols.first {
            let i = graph.add(Graph.Node(key: own, kind: .document, label: own, symbol: own, organ: Lexicon.organ(ofSeries: own),
                                         type: SymbolKey.type(of: own), document: a.path, url: SymbolKey.url(for: own)))
            graph.update(i) { $0.kind = .document; $0.document = a.path; addLanguage(a, to: &$0); addRecord(a, to: &$0) }
            return i
        }
        // A document without a symbol is shown by its title, not its file name, when its head prints one.
        let title = a.record.title.isEmpty ? a.context.title ?? "" : a.record.title
        let i = graph.add(Graph.Node(key: a.key, kind: .document, label: title.isEmpty ? name : shortTitle(title), document: a.path))
        graph.update(i) { addLanguage(a, to: &$0); addRecord(a, to: &$0) }
        return i
    }

    /// The record's title and date on a document node; the first edition read names it.
    private static func addRecord(_ a: DocumentAnalysis, to node: inout Graph.Node) {
        let title = a.record.title.isEmpty ? a.context.title ?? "" : a.record.title
        let date = a.record.date.isEmpty ? a.context.date ?? "" : a.record.date
        if node.title == nil, !title.isEmpty { node.title = title }
        if node.date == nil, !date.isEmpty { node.date = date }
    }

    /// A title short enough for a label: its first 60 characters, cut at a word.
    public static func shortTitle(_ title: String) -> String {
        guard title.count > 60 else { return title }
        let cut = title.prefix(60)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// Editions of one document in several languages share its node, which lists their languages.
    private static func addLanguage(_ a: DocumentAnalysis, to node: inout Graph.Node) {
        let code = a.context.language.rawValue
        guard let known = node.language else { node.language = code; return }
        if !known.split(separator: ",").contains(Substring(code)) { node.language = known + "," + code }
    }

    private static func symbolNode(_ key: String, organ: Organ, type: SymbolType, resolved: Bool, in graph: inout Graph) -> Int {
        graph.add(Graph.Node(key: key, kind: .symbol, label: key, symbol: key, organ: organ, type: type,
                             url: SymbolKey.url(for: key), resolved: resolved))
    }

    /// `A/75/50/Add.1` -> `A/75/50`: addenda, corrigenda, revisions and amendments hang from their base.
    private static func addPartOfEdges(_ graph: inout Graph) {
        var i = 0
        while i < graph.nodes.count {
            let node = graph.nodes[i]
            if node.kind != .paragraph, let key = node.symbol, let base = SymbolKey.base(of: key) {
                let b = symbolNode(base, organ: Lexicon.organ(ofSeries: base), type: SymbolKey.type(of: base), resolved: true, in: &graph)
                graph.add(Graph.Edge(source: i, target: b, kind: .partOf))
            }
            i += 1
        }
    }

    /// "¶57" for a numbered paragraph, the id itself for "summary", "pp3", "fn2".
    public static func label(paragraph id: String) -> String {
        id.first?.isNumber == true ? "¶" + id : id
    }
}

extension SymbolKey {
    /// The document an addendum, corrigendum, revision or amendment modifies; nil for a base symbol.
    public static func base(of key: String) -> String? {
        guard !isPseudo(key), let slash = key.lastIndex(of: "/") else { return nil }
        let tail = key[key.index(after: slash)...]
        for name in ["Add.", "Corr.", "Rev.", "Amend."] where tail.hasPrefix(name) && tail.dropFirst(name.count).allSatisfy(\.isNumber) {
            return String(key[..<slash])
        }
        return nil
    }
}
