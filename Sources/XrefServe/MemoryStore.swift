import XrefCore

/// A `CitationStore` over analysed documents held in memory: the graph of them; a document's text is read
/// again when its page is asked for. Immutable once built, so any number of requests read it at once.
public final class MemoryStore: CitationStore {
    private struct Document {
        var ref: DocumentRef
        var path: String
        var analysis: DocumentAnalysis
    }

    private let graph: Graph
    private let documents: [Document]
    private let documentByPath: [String: Int]
    /// Documents by own symbol: the editions of one resolution.
    private let bySymbol: [String: [Int]]
    /// Each document's place in reading order (`citingEdges`).
    private let rank: [Int]
    /// Edge indices by node: what leaves it and what arrives.
    private let outgoing: [[Int]]
    private let incoming: [[Int]]
    /// Every symbol key with its comparable form, sorted by that form.
    private let keys: [(comparable: String, key: String)]
    /// What each document's resolutions ask for and what each document answers.
    private let book: MandateBook
    public let overview: Overview
    /// A document's text (`SourceText.bytes`) for its page, read when the page is asked for: memory holds
    /// the graph, not the corpus. Nil (or a text the analysis does not fit): the citing paragraphs only.
    private let text: @Sendable (String) -> [UInt8]?

    /// `analyses` in corpus order; `failures`: documents that could not be read, with the reason; `name`: how
    /// pages name a document's file (relative to the served folder: never the server's path).
    public init(analyses: [DocumentAnalysis], failures: [(path: String, reason: String)] = [],
                name: (String) -> String = { String($0.split(separator: "/").last ?? Substring($0)) },
                text: @escaping @Sendable (String) -> [UInt8]? = { _ in nil }) {
        graph = GraphBuilder.build(analyses)
        self.text = text
        var docs: [Document] = [], byPath: [String: Int] = [:]
        for (i, a) in analyses.enumerated() {
            // Named by its record (issue 18), the heading's reading where the record has nothing.
            let ref = DocumentRef(id: i, file: name(a.path), ownSymbol: a.context.ownSymbols.first,
                                  title: a.record.title.isEmpty ? a.context.title : a.record.title,
                                  date: a.record.date.isEmpty ? a.context.date : a.record.date, language: a.context.language)
            docs.append(Document(ref: ref, path: a.path, analysis: a))
            byPath[a.path] = i
        }
        documents = docs
        documentByPath = byPath
        book = MandateBook(analyses, refs: docs.map(\.ref), documentByPath: byPath)
        let order = docs.indices.sorted { a, b in
            let x = docs[a].ref, y = docs[b].ref
            return (x.date ?? "~", x.ownSymbol ?? "~", x.file, a) < (y.date ?? "~", y.ownSymbol ?? "~", y.file, b)
        }
        var rank = [Int](repeating: 0, count: docs.count)
        for (r, d) in order.enumerated() { rank[d] = r }
        self.rank = rank
        bySymbol = Dictionary(grouping: docs.indices.filter { docs[$0].ref.ownSymbol != nil }, by: { docs[$0].ref.ownSymbol! })
        var out = [[Int]](repeating: [], count: graph.nodes.count), into = out
        for (i, e) in graph.edges.enumerated() { out[e.source].append(i); into[e.target].append(i) }
        outgoing = out
        incoming = into
        keys = graph.nodes.compactMap { $0.symbol }.map { (SymbolKey.comparable($0), $0) }.sorted { $0.comparable < $1.comparable }
        overview = Self.overview(graph, docs.map(\.ref), citations: analyses.reduce(0) { $0 + $1.citations.count },
                                 failures: failures.map { Overview.Failure(path: name($0.path), reason: $0.reason) })
    }

    public func lookup(_ input: String) -> [String] {
        var found: [String] = []
        for k in Query.keys(for: input) where graph.node(forKey: k) != nil && !found.contains(k) { found.append(k) }
        return found
    }

    public func suggestions(_ typed: String, limit: Int) -> [String] {
        Suggest.rank(typed, among: keys.map(\.key), limit: limit)
    }

    /// What the input may have meant: the same ranking as while typing, else the keys nearest in spelling.
    public func nearest(_ input: String) -> [String] {
        let ranked = Suggest.rank(input, among: keys.map(\.key), limit: 5)
        return ranked.isEmpty ? Query.suggestions(for: Query.keys(for: input).first ?? input, among: keys.map(\.key), limit: 5) : ranked
    }

    public func symbol(_ key: String, window: Range<Int>) -> SymbolPage? {
        guard let n = graph.node(forKey: key), let symbol = graph.nodes[n].symbol else { return nil }
        let node = graph.nodes[n]
        var groups: [(document: DocumentRef, paragraphs: [MarkedText])] = []
        var restedOnBy: [MandateLine] = [], restsOn: [MandateLine] = []
        var position = -1
        for i in citingEdges(n) {
            let e = graph.edges[i]
            position += 1
            if let r = e.relation, r.isMandate, let d = e.document.flatMap({ documentByPath[$0] }) { restedOnBy.append(line(to: nil, document: d, e)) }
            guard window.contains(position), let d = e.document.flatMap({ documentByPath[$0] }), let para = e.paragraph,
                  let text = marked(documents[d], paragraph: para, keeping: { $0.start == e.start && $0.symbol == key })
            else { continue }
            if groups.last?.document.id != d { groups.append((documents[d].ref, [])) }
            // A paragraph citing the symbol twice is shown once, both citations marked.
            if let last = groups[groups.count - 1].paragraphs.last, last.paragraph == para, last.text == text.text {
                groups[groups.count - 1].paragraphs[groups[groups.count - 1].paragraphs.count - 1].marks += text.marks
            } else {
                groups[groups.count - 1].paragraphs.append(text)
            }
        }
        for i in incoming[n] where graph.edges[i].kind == .mandatedBy { restedOnBy.append(line(to: graph.edges[i].source, document: nil, graph.edges[i])) }
        for i in outgoing[n] where graph.edges[i].kind == .mandatedBy { restsOn.append(line(to: graph.edges[i].target, document: nil, graph.edges[i])) }
        let readAs = node.document.flatMap { documentByPath[$0] }.map { editions(of: documents[$0].ref) } ?? []
        return SymbolPage(key: symbol, organ: node.organ ?? .unknown, type: node.type ?? .document, url: node.url, count: node.count,
                          resolved: node.resolved, readAs: readAs,
                          citing: groups, citations: position + 1, window: window.clamped(to: 0..<(position + 1)),
                          restsOn: restsOn, restedOnBy: restedOnBy,
                          mandates: readAs.lazy.map { self.book.created[$0.id] }.first { !$0.isEmpty } ?? [])
    }

    public func document(_ id: Int) -> DocumentPage? {
        guard documents.indices.contains(id) else { return nil }
        let d = documents[id]
        var mandatedBy: [MandateLine] = []
        if let n = graph.node(forKey: d.analysis.key) {
            for i in outgoing[n] where graph.edges[i].kind == .mandatedBy && graph.edges[i].document == d.path {
                mandatedBy.append(line(to: graph.edges[i].target, document: nil, graph.edges[i]))
            }
        }
        let citations = d.analysis.citations
        var blocks: [MarkedText] = []
        // Without the text or its blocks (gone, changed since it was read, or an analysis read back from an
        // index, which keeps paragraphs but not blocks), the citing paragraphs are what there is.
        let blocksEnd = d.analysis.blocks.last?.range.upperBound ?? 0
        guard blocksEnd > 0, let bytes = text(d.path), bytes.count >= blocksEnd else {
            for id in d.analysis.paragraphPieces.keys.sorted(by: { first(id: $0, in: d) < first(id: $1, in: d) }) {
                if let text = marked(d, paragraph: id, keeping: { _ in true }) { blocks.append(text) }
            }
            return DocumentPage(ref: d.ref, editions: editions(of: d.ref), wholeText: false, mandatedBy: mandatedBy, blocks: blocks,
                                citations: citations, record: d.analysis.record, mandates: book.created[id], answers: book.answered[id])
        }
        var next = 0
        for b in d.analysis.blocks {
            var marks: [MarkedText.Mark] = []
            while next < citations.count, citations[next].start < b.range.upperBound {
                let c = citations[next]
                if c.start >= b.range.lowerBound {
                    marks.append(.init(range: (c.start - b.range.lowerBound)..<(min(c.end, b.range.upperBound) - b.range.lowerBound), key: c.symbol, relation: c.relation))
                }
                next += 1
            }
            let piece = bytes[b.range.clamped(to: 0..<bytes.count)]
            blocks.append(MarkedText(paragraph: b.id, text: String(decoding: piece, as: UTF8.self), marks: marks))
        }
        return DocumentPage(ref: d.ref, editions: editions(of: d.ref), wholeText: true, mandatedBy: mandatedBy, blocks: blocks,
                            citations: citations, record: d.analysis.record, mandates: book.created[id], answers: book.answered[id])
    }

    public func neighbourhood(of key: String, depth: Int) -> Graph? {
        guard graph.node(forKey: key) != nil else { return nil }
        return graph.filtered(organs: nil, minCitations: 1, focus: key, depth: depth)
    }

    /// Walks the links around the symbol (a document with its paragraphs as one), `depth` steps out.
    public func pictureChoices(of key: String, depth: Int) -> PictureChoices {
        guard let start = graph.node(forKey: key) else { return PictureChoices() }
        // A paragraph or mandate clause counts as its document.
        func unit(_ i: Int) -> Int {
            guard graph.nodes[i].isPart else { return i }
            return incoming[i].first { graph.edges[$0].kind == .contains }.map { graph.edges[$0].source } ?? i
        }
        var seen: Set<Int> = [start], frontier = [start], edges: [Graph.Edge] = []
        // One step more than `depth`, keeping only links between nodes already reached: the picture draws
        // the links among its farthest nodes too.
        for step in 0...depth {
            var next: [Int] = []
            for u in frontier {
                let parts = outgoing[u].filter { graph.edges[$0].kind == .contains }.map { graph.edges[$0].target }
                for n in [u] + parts {
                    for i in outgoing[n] + incoming[n] where graph.edges[i].kind != .contains {
                        let e = graph.edges[i]
                        let other = unit(e.source == n ? e.target : e.source)
                        if step == depth && !seen.contains(other) { continue }
                        edges.append(e)
                        if seen.insert(other).inserted { next.append(other) }
                    }
                }
            }
            frontier = next
        }
        return PictureFilter.choices(nodes: seen.map { graph.nodes[$0] }, edges: edges)
    }

    public func references(to key: String) -> (key: String, hits: [Reference])? {
        guard let n = graph.node(forKey: key) ?? lookup(key).first.flatMap({ graph.node(forKey: $0) }),
              let symbol = graph.nodes[n].symbol else { return nil }
        var hits: [Reference] = []
        for i in citingEdges(n) {
            let e = graph.edges[i]
            guard let d = e.document.flatMap({ documentByPath[$0] }) else { continue }
            let doc = documents[d]
            let c = doc.analysis.citations.first { $0.start == e.start && $0.symbol == symbol }
            hits.append(Reference(document: doc.ref, organ: doc.analysis.context.organ, paragraph: e.paragraph ?? "",
                                  relation: e.relation ?? .mentions, surface: e.surface ?? "", line: e.line ?? 0,
                                  snippet: c.map { doc.analysis.snippet(for: $0) } ?? e.surface ?? ""))
        }
        return (symbol, hits)
    }

    /// A symbol's citations as people read them: by citing document (dated ones in date order, then by
    /// symbol or file), then by position in it; not by file name.
    private func citingEdges(_ n: Int) -> [Int] {
        incoming[n].filter { graph.edges[$0].kind == .cites }.sorted { a, b in
            let ea = graph.edges[a], eb = graph.edges[b]
            let ra = ea.document.flatMap { documentByPath[$0] }.map { rank[$0] } ?? Int.max
            let rb = eb.document.flatMap { documentByPath[$0] }.map { rank[$0] } ?? Int.max
            return ra != rb ? ra < rb : (ea.start ?? 0, a) < (eb.start ?? 0, b)
        }
    }

    /// The documents with the same own symbol, in the order of `Language.allCases` (English first).
    private func editions(of ref: DocumentRef) -> [DocumentRef] {
        guard let own = ref.ownSymbol, let ids = bySymbol[own] else { return [ref] }
        return ids.map { documents[$0].ref }.sorted {
            (Language.allCases.firstIndex(of: $0.language) ?? 0, $0.id) < (Language.allCases.firstIndex(of: $1.language) ?? 0, $1.id)
        }
    }

    private func first(id: String, in d: Document) -> Int { d.analysis.paragraphPieces[id]?.first?.offset ?? 0 }

    /// The piece of paragraph `id` of `d` holding the citations `keep` selects, those citations marked.
    private func marked(_ d: Document, paragraph id: String, keeping keep: (Citation) -> Bool) -> MarkedText? {
        guard let pieces = d.analysis.paragraphPieces[id] else { return nil }
        let cites = d.analysis.citations.filter { $0.paragraph == id && keep($0) }
        guard let first = cites.first,
              let piece = pieces.last(where: { $0.offset <= first.start }) ?? pieces.first else { return nil }
        let length = piece.text.utf8.count
        let marks = cites.compactMap { c -> MarkedText.Mark? in
            let s = c.start - piece.offset, e = min(c.end - piece.offset, length)
            return s >= 0 && s < e ? .init(range: s..<e, key: c.symbol, relation: c.relation) : nil
        }
        return MarkedText(paragraph: id, text: piece.text, marks: marks)
    }

    private func line(to node: Int?, document: Int?, _ e: Graph.Edge) -> MandateLine {
        var other = document.map { documents[$0].ref }
        var key: String? = nil
        if let node {
            let n = graph.nodes[node]
            key = n.symbol
            if key == nil, let path = n.document, let d = documentByPath[path] { other = documents[d].ref }
        }
        let relation = e.kind == .mandatedBy ? "mandated-by" : e.relation?.rawValue ?? "cites"
        return MandateLine(key: key, document: other, relation: relation,
                           evidence: e.document.flatMap { documentByPath[$0] }.map { documents[$0].ref }, paragraph: e.paragraph ?? "")
    }

    private static func overview(_ g: Graph, _ docs: [DocumentRef], citations: Int, failures: [Overview.Failure]) -> Overview {
        let symbols = g.nodes.filter { $0.symbol != nil && $0.count > 0 }
        let most = symbols.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(25)
            .map { Overview.Row(key: $0.key, organ: $0.organ ?? .unknown, type: $0.type ?? .document, count: $0.count) }
        func tally(_ name: (Graph.Node) -> String) -> [(name: String, symbols: Int, citations: Int)] {
            var t: [String: (Int, Int)] = [:]
            for n in symbols { t[name(n), default: (0, 0)].0 += 1; t[name(n), default: (0, 0)].1 += n.count }
            return t.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.citations != $1.citations ? $0.citations > $1.citations : $0.name < $1.name }
        }
        return Overview(documents: docs, citations: citations, mostCited: Array(most),
                        byOrgan: tally { ($0.organ ?? .unknown).rawValue }, byType: tally { ($0.type ?? .document).rawValue },
                        failures: failures)
    }
}
