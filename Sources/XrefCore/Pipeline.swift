/// One document through the pipeline (DESIGN §2): normalize, identify, segment, recognize, resolve,
/// classify, find mandates. Pure: the caller reads the file and hands over its `SourceText`.
public struct DocumentAnalysis: Sendable {
    public var path: String
    /// The document's own symbols and organ.
    public var context: DocumentContext
    public var blocks: [Block]
    /// In document order, offsets into the source bytes, each with paragraph, line and relation.
    public var citations: [Citation]
    public var mandates: [MandateEdge]
    /// Who the document is (title, date, agenda item, recalled predecessor): `xref documents`.
    public var record: DocumentRecord = DocumentRecord(document: "")
    /// Every clause of its operative paragraphs, mandates and not: `xref mandates`. Only the mandates when
    /// read for `Pipeline.Extras.mandates` (`graph`).
    public var clauses: [MandateClause] = []
    /// Whether its operative paragraphs read as clauses, mandates or not: a resolution or decision, which
    /// asks for reports where other documents answer (`Fulfilments`). Said apart from `clauses`, which may
    /// hold only the mandates.
    public var hasOperativeClauses = false
    /// The blocks that hold citations, trimmed, by paragraph id. A paragraph broken by a page break or
    /// footnotes comes in several pieces under one id, each with the byte offset where it starts.
    public var paragraphPieces: [String: [(offset: Int, text: String)]]

    /// The whole text of a paragraph, its pieces joined. A paragraph of one piece is that piece's string
    /// itself, not a copy: the graph's paragraph nodes share their text with the analyses they came from.
    public func paragraphText(_ id: String) -> String? {
        guard let pieces = paragraphPieces[id] else { return nil }
        return pieces.count == 1 ? pieces[0].text : pieces.map(\.text).joined(separator: " ")
    }

    /// The words around a citation, on one line: "…has been prepared pursuant to General Assembly resolution…".
    public func snippet(for c: Citation, radius: Int = 40) -> String {
        guard let pieces = paragraphPieces[c.via ?? c.paragraph],
              let piece = pieces.last(where: { $0.offset <= c.start }) ?? pieces.first else { return c.surface }
        let offset = piece.offset
        let bytes = Array(piece.text.utf8)
        let s = max(0, min(bytes.count, c.start - offset)), e = max(s, min(bytes.count, c.end - offset))
        var from = max(0, s - radius), to = min(bytes.count, e + radius)
        while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
        let flat = String(decoding: bytes[from..<to], as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        return (from > 0 ? "…" : "") + flat + (to < bytes.count ? "…" : "")
    }

    /// The graph key of this document: its own symbol when known.
    public var key: String { context.ownSymbols.first ?? "doc:" + path }
}

public enum Pipeline {
    /// What is read of a document besides its citations. Listings of citations (`extract`, `cites`,
    /// `symbols`) ask for neither: the record and the clause reader were over a third of their time.
    public struct Extras: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Title, date, agenda item, predecessor: `DocumentAnalysis.record`.
        public static let record = Extras(rawValue: 1)
        /// The operative paragraphs' clauses: `DocumentAnalysis.clauses`.
        public static let clauses = Extras(rawValue: 2)
        /// Only the clauses that are mandates (`graph`), without `.clauses`.
        public static let mandates = Extras(rawValue: 4)
        public static let all: Extras = [.record, .clauses]
    }

    /// With a `citationLimit`, at most one citation more than the limit is kept: enough to tell that the
    /// document went over it (`CorpusReader.limited` cuts it and says so), and recognition stops there.
    /// The citations do not depend on `extras`: what is left out is only not read.
    public static func analyze(_ source: SourceText, citationLimit: Int = .max, extras: Extras = .all) -> DocumentAnalysis {
        let normalized = NormalizedText(source.bytes, marks: source.marks)
        var context = DocumentIdentity.identify(normalized.bytes, path: source.path, declared: source.declaredSymbols)
        // What the container says, else the text: a short resolution may have too few function words to tell.
        // A declared English yields to a text that plainly reads as another language: Word templates
        // default to en-US whatever the document is written in (detection says English when unsure).
        let declared = source.declaredLanguage
        context.language = declared.flatMap { $0 == .en ? nil : $0 } ?? Language.detect(normalized.bytes)
        let head = DocumentHeading.headLines(normalized.bytes)
        (context.title, context.date) = DocumentHeading.read(normalized.bytes, head: head, ownSymbol: context.ownSymbols.first)
        let blocks = Segmenter.segment(source.bytes)
        var citations: [Citation] = []
        var pieces: [String: [(offset: Int, text: String)]] = [:]
        var lastPiece = -1
        var lines = LineCounter()
        let links = LinkLookup(source.links)
        source.bytes.withUnsafeBufferPointer { bytes in
            var blockIndex = 0
            var leadIns: [Int: Block?] = [:]
            let anchors = FootnoteAnchors.locate(bytes, blocks: blocks, marks: source.marks)
            for var c in Recognizer.recognize(normalized.bytes, document: context, limit: citationLimit) {
                c.start = normalized.origin(c.start)
                c.end = normalized.origin(c.end)
                while blockIndex + 1 < blocks.count, blocks[blockIndex + 1].range.lowerBound <= c.start { blockIndex += 1 }
                let block = blocks.isEmpty ? Block(id: "b0", kind: .other, range: 0..<bytes.count) : blocks[blockIndex]
                // A document naming itself (masthead, title, running headers) is not citing anything.
                if context.isSelf(c) { continue }
                c.paragraph = block.id
                c.line = lines.line(at: c.start, in: bytes)
                let clauseBlock = Self.clauseBlock(blocks, blockIndex, block)
                if context.language == .en {
                    let first = clauseBlock.first
                    if leadIns[first] == nil { leadIns[first] = .some(ListLeadIn.block(bytes, blocks: blocks, index: first)) }
                    c.relation = Relations.classify(bytes, block: clauseBlock.block, start: c.start, end: c.end, leadIn: leadIns[first] ?? nil)
                } else {
                    c.relation = LanguageRelations.classify(source.bytes, block: clauseBlock.block, start: c.start, language: context.language)
                }
                // A footnote's citation belongs to the paragraph carrying the footnote's marker, with the
                // relation of the clause there when the footnote itself says nothing ("11 Resolution 70/1.").
                if block.kind == .footnote, let marker = anchors[block.id],
                   let k = blocks.lastIndex(where: { $0.range.lowerBound <= marker.lowerBound }), blocks[k].kind != .footnote {
                    let anchor = Self.clauseBlock(blocks, k, blocks[k])
                    if c.relation == .mentions {
                        let r = context.language == .en
                            ? Relations.classify(bytes, block: anchor.block, start: marker.lowerBound, end: marker.upperBound, atMarker: true)
                            : LanguageRelations.classify(source.bytes, block: anchor.block, start: marker.lowerBound, language: context.language)
                        // "decided to appoint ...,3": the verb tells what the citing text did, not the note's.
                        if r != .decided, r != .postpones { c.relation = r }
                    }
                    c.paragraph = blocks[k].id
                    c.via = block.id
                    if pieces[blocks[k].id]?.contains(where: { $0.offset >= blocks[k].range.lowerBound && $0.offset < blocks[k].range.upperBound }) != true {
                        let (text, offset) = trimmed(bytes, blocks[k].range)
                        pieces[blocks[k].id, default: []].append((offset, text))
                        pieces[blocks[k].id]?.sort { $0.offset < $1.offset }
                    }
                }
                c.link = links.first(overlapping: c.start..<c.end)?.target
                let ceiling = min(bytes.count, clauseBlock.block.range.upperBound)
                c.pinpoint = Pinpoints.pinpoint(bytes, start: c.start, end: c.end, floor: clauseBlock.block.range.lowerBound, ceiling: ceiling)
                c.footnoteMark = Pinpoints.footnoteMark(bytes, end: c.end, ceiling: ceiling)
                if blockIndex != lastPiece {
                    let (text, offset) = trimmed(bytes, block.range)
                    pieces[block.id, default: []].append((offset, text))
                    lastPiece = blockIndex
                }
                citations.append(c)
                if citations.count > citationLimit { break }
            }
        }
        // `graph` keeps every document's citations until the graph is built: the spare capacity left by
        // appending (a quarter of the array on average) was some 8 MB of the 100 MB corpus' peak.
        if citations.capacity > citations.count + citations.count / 8 {
            var exact: [Citation] = []
            exact.reserveCapacity(citations.count)
            exact.append(contentsOf: citations)
            citations = exact
        }
        let mandates = Mandates.edges(source.bytes, blocks: blocks, citations: citations)
        var analysis = DocumentAnalysis(path: source.path, context: context, blocks: blocks, citations: citations,
                                        mandates: mandates, paragraphPieces: pieces)
        if extras.contains(.record) {
            analysis.record = Records.read(head: head, path: source.path, context: context)
            if let (symbol, evidence) = Lineage.recalled(analysis) {
                analysis.record.predecessor = symbol; analysis.record.predecessorEvidence = evidence
            }
        }
        let symbol = context.ownSymbols.first ?? ""
        if extras.contains(.clauses) {
            analysis.clauses = ClauseReader.read(source.bytes, blocks: blocks, organ: context.organ, symbol: symbol, language: context.language)
            analysis.hasOperativeClauses = !analysis.clauses.isEmpty
        } else if extras.contains(.mandates) {
            (analysis.clauses, analysis.hasOperativeClauses) = ClauseReader.mandates(source.bytes, blocks: blocks, organ: context.organ,
                                                                                     symbol: symbol, language: context.language)
        }
        return analysis
    }

    /// The block a clause may open in: a paragraph resumed after a page break is a second block with the
    /// same id, and the clause governing a citation may open in the piece before the break ("Recalling its
    /// resolutions ...,\n[running head]\n68/150 of ..."). `first` is the index of the paragraph's first piece.
    private static func clauseBlock(_ blocks: [Block], _ index: Int, _ block: Block) -> (block: Block, first: Int) {
        var first = index
        while first > 0, !blocks.isEmpty, blocks[first - 1].id == block.id { first -= 1 }
        var clauseBlock = block
        if first < index { clauseBlock.range = blocks[first].range.lowerBound..<block.range.upperBound }
        return (clauseBlock, first)
    }

    /// The block's text without surrounding space, and where that text starts.
    private static func trimmed(_ t: Bytes, _ r: Range<Int>) -> (String, Int) {
        var s = r.lowerBound, e = min(r.upperBound, t.count)
        while s < e, t[s].isSpace { s += 1 }
        while e > s, t[e - 1].isSpace { e -= 1 }
        return (t.string(s..<e), s)
    }
}

/// The first link overlapping a range. Readers give links in document order, one after another: then a
/// binary search finds it (a resolution with a thousand links and citations asked each of them).
struct LinkLookup {
    private let links: [SourceLink]
    private let ordered: Bool

    init(_ links: [SourceLink]) {
        self.links = links
        ordered = zip(links, links.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }
    }

    func first(overlapping r: Range<Int>) -> SourceLink? {
        guard ordered else { return links.first { $0.range.overlaps(r) } }
        var lo = 0, hi = links.count
        while lo < hi {  // the first link ending after r starts
            let mid = (lo + hi) / 2
            if links[mid].range.upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        while lo < links.count, links[lo].range.isEmpty, links[lo].range.lowerBound < r.upperBound { lo += 1 }  // empty: overlaps nothing
        return lo < links.count && links[lo].range.overlaps(r) ? links[lo] : nil
    }
}

/// 1-based line numbers for ascending offsets, counting each newline once.
struct LineCounter {
    private var offset = 0, line = 1
    mutating func line(at target: Int, in t: Bytes) -> Int {
        if target < offset { offset = 0; line = 1 }
        while offset < target, offset < t.count { if t[offset] == 0x0A { line += 1 }; offset += 1 }
        return line
    }
}
