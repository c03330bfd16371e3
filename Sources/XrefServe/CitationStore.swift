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
    /// Every citation of the symbol (any written form of its key), for the "find references" view: its
    /// canonical key and the hits, ordered by citing document (date, then symbol), then position.
    func references(to key: String) -> (key: String, hits: [Reference])?
    /// The symbol and what lies within `depth` steps of it, for a picture.
    func neighbourhood(of key: String, depth: Int) -> Graph?
    /// What that picture's filters can offer, without building it (a symbol page asks on every request).
    func pictureChoices(of key: String, depth: Int) -> PictureChoices
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

/// A document as pages link to it: by number, never by path; named by its symbol, title and language.
public struct DocumentRef: Sendable, Hashable {
    public var id: Int
    /// The file, relative to the folder served (never the server's path).
    public var file: String
    public var ownSymbol: String?
    public var title: String?
    /// ISO date from its heading, when it prints one.
    public var date: String?
    public var language: Language = .en

    public init(id: Int, file: String, ownSymbol: String? = nil, title: String? = nil, date: String? = nil, language: Language = .en) {
        self.id = id; self.file = file; self.ownSymbol = ownSymbol; self.title = title; self.date = date; self.language = language
    }

    /// How pages name it: its symbol and, for an edition in another language, that language
    /// ("A/RES/77/1 (ar)"); a document without a symbol by its file.
    public var label: String {
        guard let s = ownSymbol else { return file }
        return language == .en ? s : s + " (" + language.rawValue + ")"
    }

    /// What a link's tooltip says: title, date and file.
    public var details: String {
        [title, date, file].compactMap { $0 }.joined(separator: " · ")
    }
}

/// A stretch of paragraph text with the citations inside it, as byte ranges of `text`.
public struct MarkedText: Sendable {
    public struct Mark: Sendable { public var range: Range<Int>; public var key: String; public var relation: Relation }
    public var paragraph: String
    public var text: String
    public var marks: [Mark]
}

/// One citation of a symbol, with what the references view filters and sorts it by.
public struct Reference: Sendable {
    public var document: DocumentRef
    /// The citing document's organ, when it is known.
    public var organ: Organ?
    public var paragraph: String
    public var relation: Relation
    public var surface: String
    public var line: Int
    /// The words around it, on one line.
    public var snippet: String
    /// The citing document's year, from its date (else from its own symbol's "(2020)").
    public var year: Int? {
        if let d = document.date, let y = Int(d.prefix(4)) { return y }
        guard let s = document.ownSymbol, s.hasSuffix(")"), let open = s.lastIndex(of: "(") else { return nil }
        return Int(s[s.index(after: open)...].dropLast())
    }
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
    /// The document this symbol is, when it was read: each of its editions.
    public var readAs: [DocumentRef]
    /// Citing paragraphs grouped by document, in corpus order; each marks this symbol's citations. Only
    /// those of the window asked for: a resolution cited 700 times is read a page at a time.
    public var citing: [(document: DocumentRef, paragraphs: [MarkedText])]
    /// All its citations, and the window `citing` holds.
    public var citations: Int
    public var window: Range<Int>
    public var restsOn: [MandateLine]
    public var restedOnBy: [MandateLine]
    /// The mandates the resolution creates (read from its first edition), with who fulfilled them.
    public var mandates: [MandateRow] = []
}

public struct DocumentPage: Sendable {
    public var ref: DocumentRef
    /// Every edition of the same document (same own symbol) in the corpus, this one included, by language.
    public var editions: [DocumentRef]
    /// Whether `blocks` is the whole text, or only the paragraphs that cite (text not at hand: an index whose
    /// files are gone or outside the folder).
    public var wholeText: Bool
    public var mandatedBy: [MandateLine]
    /// Every paragraph of the text, citations marked.
    public var blocks: [MarkedText]
    public var citations: [Citation]
    /// Who the document says it is (`xref documents`): organ, session, agenda item, predecessor.
    public var record: DocumentRecord?
    /// The mandates it creates, and those it answers.
    public var mandates: [MandateRow] = []
    public var answers: [Answer] = []
}
