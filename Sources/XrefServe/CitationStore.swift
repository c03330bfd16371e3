import XrefCore

/// What the browser view asks of a corpus, as plain values. `MemoryStore` answers from documents read at
/// start; an index on disk can answer the same questions without reading documents again.
public protocol CitationStore: Sendable {
    var overview: Overview { get }
    /// Canonical keys a written form names that the corpus knows (`74/177` -> `A/RES/74/177`, ...).
    func lookup(_ input: String) -> [String]
    /// Known keys for a search box: those starting with, then containing, what was typed.
    func suggestions(_ typed: String, limit: Int) -> [String]
    /// Known keys nearest to one the corpus does not know ("did you mean").
    func nearest(_ input: String) -> [String]
    /// The symbol's page with its citations `window` (by position among all its citations) in full.
    func symbol(_ key: String, window: Range<Int>) -> SymbolPage?
    func document(_ id: Int) -> DocumentPage?
    /// The symbol and what lies within `depth` steps of it, for a picture.
    func neighbourhood(of key: String, depth: Int) -> Graph?
}

public struct Overview: Sendable {
    public struct Row: Sendable { public var key: String; public var organ: Organ; public var type: SymbolType; public var count: Int }
    public struct Failure: Sendable { public var path: String; public var reason: String }
    public var documents: [DocumentRef]
    public var citations: Int
    public var mostCited: [Row]
    /// Organ or type -> (symbols, citations), most cited first.
    public var byOrgan: [(name: String, symbols: Int, citations: Int)]
    public var byType: [(name: String, symbols: Int, citations: Int)]
    public var failures: [Failure]
}

/// A document as pages link to it: by number, never by path.
public struct DocumentRef: Sendable, Hashable {
    public var id: Int
    public var label: String
    public var ownSymbol: String?
}

/// A stretch of paragraph text with the citations inside it, as byte ranges of `text`.
public struct MarkedText: Sendable {
    public struct Mark: Sendable { public var range: Range<Int>; public var key: String; public var relation: Relation }
    public var paragraph: String
    public var text: String
    public var marks: [Mark]
}

public struct MandateLine: Sendable {
    /// The other end: a symbol key, or a document.
    public var key: String?
    public var document: DocumentRef?
    public var relation: String
    /// Where it was read.
    public var evidence: DocumentRef?
    public var paragraph: String
}

public struct SymbolPage: Sendable {
    public var key: String
    public var organ: Organ
    public var type: SymbolType
    public var url: String?
    public var count: Int
    public var resolved: Bool
    /// The document this symbol is, when it was read.
    public var readAs: DocumentRef?
    /// Citing paragraphs grouped by document, in corpus order; each marks this symbol's citations. Only
    /// those of the window asked for: a resolution cited 700 times is read a page at a time.
    public var citing: [(document: DocumentRef, paragraphs: [MarkedText])]
    /// All its citations, and the window `citing` holds.
    public var citations: Int
    public var window: Range<Int>
    public var restsOn: [MandateLine]
    public var restedOnBy: [MandateLine]
}

public struct DocumentPage: Sendable {
    public var ref: DocumentRef
    public var path: String
    public var mandatedBy: [MandateLine]
    /// Every paragraph of the text, citations marked.
    public var blocks: [MarkedText]
    public var citations: [Citation]
}
