import Foundation
import XrefCore
import XrefInput

/// A corpus kept in a database (SQLite file or PostgreSQL): documents, paragraphs, citations and mandate
/// edges, updated incrementally by `update`, and read back as the same analyses reading the files gives,
/// without reading a document.
public final class Index {
    let db: any SQLDatabase
    /// The version an older index was at before this run brought it up to date (`xref index` says so).
    public let upgradedFrom: Int?

    init(_ db: any SQLDatabase, upgradedFrom: Int? = nil) { self.db = db; self.upgradedFrom = upgradedFrom }

    /// Where the index is when none is named: `$XREF_DB`, else `xref.sqlite` in the current folder.
    public static var defaultLocation: String {
        ProcessInfo.processInfo.environment["XREF_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "xref.sqlite"
    }

    /// Whether `location` names a PostgreSQL database rather than an SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Opens the index at `location` for `body`: created or migrated when `writable`, else it must exist
    /// and be of this version, and is opened read-only (a query writes nothing, so a file it may not write
    /// can be queried). A damaged or foreign database is one `IndexError`, before anything is read or written.
    public static func open<T>(_ location: String, writable: Bool, _ body: (Index) throws -> T) throws -> T {
        if isPostgres(location) {
            return try PostgresDatabase.connect(location) { db in
                let upgraded = try Schema.prepare(db, writable: writable)
                return try body(Index(db, upgradedFrom: upgraded))
            }
        }
        let sqlite = try SQLiteDatabase(path: location, writable: writable)
        return try sqlite.run { db in
            let upgraded = try Schema.prepare(db, writable: writable)
            defer { if writable { db.endWriting() } }
            return try body(Index(db, upgradedFrom: upgraded))
        }
    }

    // MARK: Reading

    /// The documents under `roots` (every one when empty), in the order a folder walk lists them.
    public func documents(under roots: [String] = []) throws -> [IndexedDocument] { try documents(under: roots, only: nil) }

    /// With `only`: just those documents, and the unreadable ones (still reported); two lookups by key
    /// instead of a walk over every document.
    func documents(under roots: [String], only: Set<Int>?) throws -> [IndexedDocument] {
        let (filter, arguments) = IndexRows.under(roots)
        let columns = "d.id, d.path, d.failure, d.analysed, d.sort_key, d.organ, d.own_symbols, d.own_parts, d.language, d.record, d.clauses"
        var found: [(key: String, document: IndexedDocument)] = []
        func add(_ r: any SQLRow) {
            found.append((r.string(4), IndexedDocument(id: r.int(0), path: r.string(1), failure: r.text(2), analysed: r.bool(3),
                                                       context: IndexRows.context(r, from: 5), record: r.text(9), clauses: r.text(10))))
        }
        guard let only else {
            try db.rows("SELECT \(columns) FROM documents d WHERE \(filter) ORDER BY d.sort_key", arguments, add)
            return found.map(\.document)
        }
        for chunk in Array(only).sorted().chunked(500) {
            try db.rows("SELECT \(columns) FROM documents d WHERE \(filter) AND d.id IN (\(chunk.map(String.init).joined(separator: ",")))",
                        arguments, add)
        }
        try db.rows("SELECT \(columns) FROM documents d WHERE \(filter) AND d.failure IS NOT NULL", arguments) { r in
            if !only.contains(r.int(0)) { add(r) }
        }
        return found.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map(\.document)
    }

    /// What to read back with each document.
    public struct Parts: Sendable {
        /// Only citations of these keys (comparable form is made here) and of their parts; nil: all.
        public var citing: [String]?
        /// Paragraph texts and mandate edges (the graph and snippets need them; `extract` does not).
        public var paragraphs: Bool
        public init(citing: [String]? = nil, paragraphs: Bool) { self.citing = citing; self.paragraphs = paragraphs }
    }

    /// Every readable document under `roots` as an analysis, streamed from the rows in the order reading
    /// `roots` gives (root by root, each in walk order; the whole index in walk order when none is given);
    /// documents the index holds as unreadable, or cut, come to `failed`.
    public func analyses(under roots: [String] = [], parts: Parts, failed: (IndexedDocument) -> Void = { _ in },
                         _ body: (DocumentAnalysis) throws -> Void) throws {
        let (keyFilter, keyArguments) = Self.keyFilter(parts.citing)
        var only: Set<Int>?
        if parts.citing != nil {
            // A question about one symbol needs the few documents that cite it (and the unreadable, to report).
            var citing = Set<Int>()
            try db.rows("SELECT DISTINCT c.document FROM citations c WHERE \(keyFilter)", keyArguments) { citing.insert($0.int(0)) }
            only = citing
        }
        let wanted = Set(try self.documents(under: roots, only: only).map(\.id))
        var pieces: [Int: [String: [(offset: Int, text: String)]]] = [:]
        var mandates: [Int: [MandateEdge]] = [:]
        if parts.paragraphs && !wanted.isEmpty {
            // All rows when most documents are wanted; otherwise those of the wanted ones, by key.
            let few = parts.citing != nil
            for chunk in (few ? Array(wanted).sorted() : [0]).chunked(500) {
                let only = few ? "WHERE document IN (" + chunk.map(String.init).joined(separator: ",") + ")" : ""
                try db.rows("SELECT document, paragraph, start_byte, text FROM paragraphs \(only) ORDER BY document, seq") { r in
                    guard wanted.contains(r.int(0)) else { return }
                    pieces[r.int(0), default: [:]][r.string(1), default: []].append((r.int(2), r.string(3)))
                }
                try db.rows("SELECT document, source, target, relation, paragraph, start_byte, end_byte FROM mandates \(only) ORDER BY document, seq") { r in
                    guard wanted.contains(r.int(0)) else { return }
                    mandates[r.int(0), default: []].append(IndexRows.mandate(r))
                }
            }
        }
        // A file named under two roots is read once, under the first.
        var seen = Set<Int>()
        for group in roots.count > 1 ? roots.map({ [$0] }) : [roots] {
            let documents = try self.documents(under: group, only: only).filter { seen.insert($0.id).inserted }
            try stream(documents, under: group, citing: parts.citing, pieces: pieces, mandates: mandates, failed: failed, body)
        }
    }

    /// The documents (all under `roots`, in walk order) with their citations, one query for all.
    private func stream(_ documents: [IndexedDocument], under roots: [String], citing: [String]?,
                        pieces: [Int: [String: [(offset: Int, text: String)]]], mandates: [Int: [MandateEdge]],
                        failed: (IndexedDocument) -> Void, _ body: (DocumentAnalysis) throws -> Void) throws {
        var byID: [Int: Int] = [:]
        for (i, d) in documents.enumerated() { byID[d.id] = i }
        let (keyFilter, keyArguments) = Self.keyFilter(citing)
        let (filter, arguments) = IndexRows.under(roots)
        // Citations arrive in walk order; each document is handed over when the next one's rows begin, and
        // documents without (matching) citations in between are handed over too, in their place.
        var next = 0, current = -1
        var citations: [Citation] = []
        func deliver(through end: Int) throws {
            while next <= end {
                let d = documents[next]
                let own = next == current ? citations : []
                next += 1
                if d.failure != nil { failed(d) }
                guard d.analysed else { continue }
                // Named as reading names it: bytes that are not UTF-8 shown as `\xff`.
                var analysis = DocumentAnalysis(path: PathBytes.shown(d.path), context: d.context, citations: own,
                                                mandates: mandates[d.id] ?? [], paragraphPieces: pieces[d.id] ?? [:])
                if let record = IndexRows.decode(XrefCore.DocumentRecord.self, d.record) { analysis.record = record }
                analysis.clauses = IndexRows.decode([MandateClause].self, d.clauses) ?? []
                analysis.hasOperativeClauses = !analysis.clauses.isEmpty
                try body(analysis)
            }
        }
        try db.rows("""
            SELECT \(IndexRows.citationColumns) FROM citations c JOIN documents d ON d.id = c.document
            WHERE \(filter) AND \(keyFilter) ORDER BY d.sort_key, c.seq
            """, arguments + keyArguments) { r in
            guard let i = byID[r.int(0)] else { return }
            if i != current {
                if current >= 0 { try deliver(through: current) }
                current = i
                citations = []
            }
            citations.append(IndexRows.citation(r))
        }
        if current >= 0 { try deliver(through: current) }
        current = -1
        try deliver(through: documents.count - 1)
    }

    /// SQL keeping citations of `keys` (any written form's canonical keys) and of their parts; all when nil.
    static func keyFilter(_ keys: [String]?) -> (sql: String, arguments: [SQLValue]) {
        guard let keys else { return ("1 = 1", []) }
        var terms: [String] = [], arguments: [SQLValue] = []
        for k in Set(keys.map(SymbolKey.comparable)).sorted() {
            // The key itself, or a part of it: `A/75/50/...` sorts between `A/75/50/` and `A/75/500`.
            terms.append("c.key = ? OR (c.key > ? AND c.key < ?)")
            arguments += [.text(k), .text(k + "/"), .text(k + "0")]
        }
        return (terms.isEmpty ? "1 = 0" : "(" + terms.joined(separator: " OR ") + ")", arguments)
    }

    /// Whether the index holds any document under `roots` (any at all when empty), read or not.
    public func hasDocuments(under roots: [String] = []) throws -> Bool {
        let (filter, arguments) = IndexRows.under(roots)
        return try db.scalar("SELECT count(*) FROM (SELECT d.id FROM documents d WHERE \(filter) LIMIT 1) AS one", arguments) ?? 0 > 0
    }

    /// Every cited symbol under `roots`, for "did you mean".
    public func citedSymbols(under roots: [String] = []) throws -> [String] {
        let (filter, arguments) = IndexRows.under(roots)
        var out: [String] = []
        try db.rows("SELECT DISTINCT c.symbol FROM citations c JOIN documents d ON d.id = c.document WHERE \(filter)", arguments) {
            out.append($0.string(0))
        }
        return out
    }
}

extension Index {
    /// Indexes older than this version are emptied when brought up to date: their rows lacked something
    /// queries answer with (the documents' language), so every file is read again.
    public static var rereadBelow: Int { Schema.rereadBelow }
}
