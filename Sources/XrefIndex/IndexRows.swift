import Foundation
import XrefCore

/// Documents, paragraphs, citations and mandates as rows: how an analysis is written to the index and
/// rebuilt from it, the same value the pipeline made (see `DocumentAnalysis.init(path:context:...)`).
struct StoredFile: Sendable {
    var size: Int
    var mtime: Int
    var hash: Int
}

/// One file as the index keeps it: where and what it was, and its analysis or why it could not be read.
struct DocumentRecord: Sendable {
    var path: String
    var file: StoredFile
    var format: String?
    var analysis: DocumentAnalysis?
    var failure: String?
}

/// A stored document, as queries list them.
public struct IndexedDocument: Sendable {
    public var id: Int
    public var path: String
    /// Why it could not be read, or what was wrong with it: a `<path>: <reason>` line's reason.
    public var failure: String?
    /// Whether it was read (with `failure` set, something was still wrong: cut at the citation limit).
    public var analysed: Bool
    public var context: DocumentContext
    /// The document's record and mandate clauses as stored (JSON), read back with the analysis.
    var record: String?
    var clauses: String?
}

enum IndexRows {
    /// Sorts paths as the folder walk lists them: by name within a folder, a folder's files before the
    /// next name at its level ("a/b.txt" before "a.txt"), so the index answers in the order a read does.
    static func sortKey(_ path: String) -> String {
        String(decoding: path.utf8.map { $0 == UInt8(ascii: "/") ? 1 : $0 }, as: UTF8.self)
    }

    /// One document's rows, every value made (its record and clauses encoded as JSON) before the write:
    /// workers make them, the thread holding the database only binds them.
    struct Rows: Sendable {
        var path: String
        var analysed: Bool
        var document: [SQLValue]
        /// Each without its first column, the document's id, known once the document row is written.
        var paragraphs: [[SQLValue]] = [], citations: [[SQLValue]] = [], mandates: [[SQLValue]] = []
    }

    static func rows(_ r: DocumentRecord) -> Rows {
        let context = r.analysis?.context
        var rows = Rows(path: r.path, analysed: r.analysis != nil, document: [
            .text(r.path), .text(sortKey(r.path)), .int(r.file.size), .int(r.file.mtime), .int(r.file.hash),
            .text(r.format), .text(context?.organ?.rawValue), .text((context?.ownSymbols ?? []).joined(separator: "\n")),
            .text((context?.ownParts ?? []).joined(separator: "\n")), .text(r.failure), .bool(r.analysis != nil),
            .text((context?.language ?? .en).rawValue),
            .text(r.analysis.flatMap { json($0.record) }), .text(r.analysis.flatMap { $0.clauses.isEmpty ? nil : json($0.clauses) })])
        guard let a = r.analysis else { return rows }
        // Pieces in document order, so a paragraph's pieces come back in the order the pipeline kept them.
        let pieces = a.paragraphPieces.flatMap { key, list in list.map { (key, $0.offset, $0.text) } }.sorted { $0.1 < $1.1 }
        rows.paragraphs = pieces.enumerated().map { seq, p in [.int(seq), .text(p.0), .int(p.1), .text(p.2)] }
        rows.citations = a.citations.enumerated().map { seq, c in
            [.int(seq), .text(SymbolKey.comparable(c.symbol)), .text(c.symbol), .text(c.organ.rawValue),
             .text(c.type.rawValue), .text(c.surface), .text(c.relation.rawValue), .int(c.start), .int(c.end), .int(c.line),
             .text(c.paragraph), .bool(c.resolved), .text(c.candidates.joined(separator: "\n")),
             .text(c.parts.joined(separator: "\n")), .bool(c.reissued), .text(c.link), .text(c.pinpoint), .text(c.footnoteMark.map(String.init)), .text(c.via)]
        }
        rows.mandates = a.mandates.enumerated().map { seq, m in
            var source: String?
            if case .symbol(let s) = m.source { source = s }
            return [.int(seq), .text(source), .text(m.target), .text(m.relation.rawValue), .text(m.paragraph),
                    .int(m.sentence.lowerBound), .int(m.sentence.upperBound)]
        }
        return rows
    }

    static func insert(_ r: Rows, into db: any SQLDatabase) throws {
        try db.execute("DELETE FROM documents WHERE path = ?", [.text(r.path)])
        var id = 0
        try db.rows("""
            INSERT INTO documents (path, sort_key, size, mtime, hash, format, organ, own_symbols, own_parts, failure, analysed, language, record, clauses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, r.document) { id = $0.int(0) }
        guard r.analysed else { return }
        let doc = SQLValue.int(id)
        try insertRows("paragraphs", ["document", "seq", "paragraph", "start_byte", "text"], r.paragraphs.map { [doc] + $0 }, into: db)
        try insertRows("citations", ["document", "seq", "key", "symbol", "organ", "type", "surface", "relation", "start_byte",
                                     "end_byte", "line", "paragraph", "resolved", "candidates", "parts", "reissued", "link", "pinpoint", "footnote_mark", "via"],
                       r.citations.map { [doc] + $0 }, into: db)
        try insertRows("mandates", ["document", "seq", "source", "target", "relation", "paragraph", "start_byte", "end_byte"],
                       r.mandates.map { [doc] + $0 }, into: db)
    }

    /// Many rows a statement: one round trip per few hundred rows, not per row (it matters for PostgreSQL).
    static func insertRows(_ table: String, _ columns: [String], _ rows: [[SQLValue]], into db: any SQLDatabase) throws {
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for chunk in rows.chunked(256) {
            try db.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                           + Array(repeating: tuple, count: chunk.count).joined(separator: ", "), chunk.flatMap { $0 })
        }
    }

    /// `WHERE` terms keeping documents under `roots` (all when empty), for table alias `d`.
    static func under(_ roots: [String]) -> (sql: String, arguments: [SQLValue]) {
        guard !roots.isEmpty else { return ("1 = 1", []) }
        var terms: [String] = [], arguments: [SQLValue] = []
        for root in roots {
            var r = root
            while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
            let prefix = r == "." ? "./" : r + "/"
            terms.append("d.path = ? OR substr(d.path, 1, CAST(? AS INTEGER)) = ?")
            arguments += [.text(r), .int(prefix.utf8.count), .text(prefix)]
        }
        return ("(" + terms.joined(separator: " OR ") + ")", arguments)
    }

    /// The stored context of a document, from columns organ, own_symbols, own_parts, language at `first`.
    static func context(_ r: any SQLRow, from first: Int) -> DocumentContext {
        var context = DocumentContext(organ: r.text(first).flatMap(Organ.init(rawValue:)), ownSymbols: r.list(first + 1),
                                      ownParts: r.list(first + 2))
        context.language = Language(rawValue: r.string(first + 3)) ?? .en
        return context
    }

    static let citationColumns = "c.document, c.symbol, c.organ, c.type, c.surface, c.relation, c.start_byte, c.end_byte, c.line, c.paragraph, c.resolved, c.candidates, c.parts, c.reissued, c.link, c.pinpoint, c.footnote_mark, c.via"

    static func citation(_ r: any SQLRow) -> Citation {
        var c = Citation(symbol: r.string(1), organ: Organ(rawValue: r.string(2)) ?? .unknown, type: SymbolType(rawValue: r.string(3)) ?? .document,
                 surface: r.string(4), relation: Relation(rawValue: r.string(5)) ?? .mentions, start: r.int(6), end: r.int(7),
                 line: r.int(8), paragraph: r.string(9), resolved: r.bool(10), candidates: r.list(11), parts: r.list(12),
                 reissued: r.bool(13), link: r.text(14))
        c.pinpoint = r.text(15)
        c.footnoteMark = r.text(16).flatMap { Int($0) }
        c.via = r.text(17)
        return c
    }

    /// Records and clauses are kept as JSON: the index reads them back whole, never queries inside them. Keys are
    /// sorted so that the same corpus gives the same bytes in every run (a database diff then shows real changes).
    static func json<T: Encodable>(_ value: T) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    static func mandate(_ r: any SQLRow) -> MandateEdge {
        MandateEdge(source: r.text(1).map { .symbol($0) } ?? .document, target: r.string(2),
                    relation: Relation(rawValue: r.string(3)) ?? .mentions, paragraph: r.string(4), sentence: r.int(5)..<max(r.int(5), r.int(6)))
    }
}
