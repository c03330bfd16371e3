/// The index schema (one for both engines) and its migrations. `meta` names the schema and its version,
/// so a database of another program is recognized and refused, and an older index is brought up to date.
enum Schema {
    static let name = "xref index"

    /// Migrations in order: the index's version is how many have run. Append, never edit.
    static func migrations(_ d: SQLDialect) -> [[String]] {
        let id = d == .sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"
        // Byte order for path sort keys in both engines (SQLite compares text bytewise already).
        let bytewise = d == .sqlite ? "" : " COLLATE \"C\""
        return [[
            """
            CREATE TABLE documents (
              id \(id),
              path TEXT NOT NULL UNIQUE,
              sort_key TEXT\(bytewise) NOT NULL,
              size BIGINT NOT NULL,
              mtime BIGINT NOT NULL,
              hash BIGINT NOT NULL,
              format TEXT,
              organ TEXT,
              own_symbols TEXT NOT NULL,
              own_parts TEXT NOT NULL,
              failure TEXT,
              analysed INTEGER NOT NULL)
            """,
            "CREATE INDEX documents_order ON documents (sort_key)",
            "CREATE INDEX documents_failed ON documents (id) WHERE failure IS NOT NULL",
            """
            CREATE TABLE paragraphs (
              document BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              paragraph TEXT NOT NULL,
              start_byte BIGINT NOT NULL,
              text TEXT NOT NULL,
              PRIMARY KEY (document, seq))
            """,
            """
            CREATE TABLE citations (
              document BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              key TEXT\(bytewise) NOT NULL,
              symbol TEXT NOT NULL,
              organ TEXT NOT NULL,
              type TEXT NOT NULL,
              surface TEXT NOT NULL,
              relation TEXT NOT NULL,
              start_byte BIGINT NOT NULL,
              end_byte BIGINT NOT NULL,
              line BIGINT NOT NULL,
              paragraph TEXT NOT NULL,
              resolved INTEGER NOT NULL,
              candidates TEXT NOT NULL,
              parts TEXT NOT NULL,
              reissued INTEGER NOT NULL,
              link TEXT,
              PRIMARY KEY (document, seq))
            """,
            "CREATE INDEX citations_key ON citations (key)",
            """
            CREATE TABLE mandates (
              document BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
              seq INTEGER NOT NULL,
              source TEXT,
              target TEXT NOT NULL,
              relation TEXT NOT NULL,
              paragraph TEXT NOT NULL,
              start_byte BIGINT NOT NULL,
              end_byte BIGINT NOT NULL,
              PRIMARY KEY (document, seq))
            """,
        ], [
            // Version 2: the document's language (its citations are listed with it, its graph node labelled
            // with it). Version 1 rows lack it, and reading them as English would answer differently from
            // reading the files: they are removed, and the next `xref index` reads every file again.
            "ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
            "DELETE FROM documents",
        ], [
            // Version 3: citations' pinpoints, footnote marks and the footnote a citation is written in (`via`), documents' records and mandate clauses (JSON).
            // Documents indexed before lack them: their stored mtime and hash are cleared so the next
            // `xref index` reads them again.
            "ALTER TABLE citations ADD COLUMN pinpoint TEXT",
            "ALTER TABLE citations ADD COLUMN footnote_mark TEXT",
            "ALTER TABLE citations ADD COLUMN via TEXT",
            "ALTER TABLE documents ADD COLUMN record TEXT",
            "ALTER TABLE documents ADD COLUMN clauses TEXT",
            "UPDATE documents SET mtime = -1, hash = 0",
        ]]
    }

    /// The version from which an index's rows are read again (its documents removed by the migration).
    static let rereadBelow = 2

    static var version: Int { migrations(.sqlite).count }

    /// The columns each table has at the current version: a database missing one is not read or written.
    static let columns: [(table: String, columns: [String])] = [
        ("xref_meta", ["key", "value"]),
        ("documents", ["id", "path", "sort_key", "size", "mtime", "hash", "format", "organ", "own_symbols", "own_parts",
                       "failure", "analysed", "language", "record", "clauses"]),
        ("paragraphs", ["document", "seq", "paragraph", "start_byte", "text"]),
        ("citations", ["document", "seq", "key", "symbol", "organ", "type", "surface", "relation", "start_byte", "end_byte",
                       "line", "paragraph", "resolved", "candidates", "parts", "reissued", "link", "pinpoint", "footnote_mark", "via"]),
        ("mandates", ["document", "seq", "source", "target", "relation", "paragraph", "start_byte", "end_byte"]),
    ]

    /// Makes `db` an index of the current version, or says why it cannot be one. A fresh database gets the
    /// schema; an older index is migrated; a database with other tables, or a newer index, is refused; a
    /// damaged one (the engine's own check, then the tables and columns expected) is refused before
    /// anything is read or written. `writable: false` only checks, and writes nothing, not even a lock:
    /// a query works on a file it may not write. Returns the version an index was migrated from.
    @discardableResult
    static func prepare(_ db: any SQLDatabase, writable: Bool) throws -> Int? {
        let tables = try db.tableNames()
        if tables.isEmpty {
            guard writable else { throw IndexError(db.location, "empty database, not an xref index yet (build one with `xref index PATH --db \(db.location)`)") }
        } else if !tables.contains("xref_meta") {
            throw IndexError(db.location, "not an xref index (it holds other tables: \(tables.sorted().prefix(3).joined(separator: ", ")))")
        } else {
            try check(db)
        }
        guard writable else {
            let current = try version(of: db)
            guard current < version else { return nil }
            throw IndexError(db.location, "index version \(current) is older than this xref's (\(version))"
                             + (current < rereadBelow ? " and lacks the documents' language" : "")
                             + "; update it with `xref index PATH --db \(db.location)`")
        }
        var upgraded: Int?
        try db.beginWriting()
        try db.transaction {
            if db.dialect == .postgres {
                // Writers starting together: one creates or migrates, the others wait and then see it done.
                try db.execute("SELECT pg_advisory_xact_lock(7872656660)")
            }
            let current = try db.tableNames().contains("xref_meta") ? try version(of: db) : 0
            guard current < version else { return }
            if current == 0 {
                try db.execute("CREATE TABLE xref_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                try db.execute("INSERT INTO xref_meta (key, value) VALUES ('schema', ?), ('version', '0')", [.text(Schema.name)])
            } else {
                upgraded = current
            }
            for step in migrations(db.dialect)[current...] { for sql in step { try db.execute(sql) } }
            try db.execute("UPDATE xref_meta SET value = ? WHERE key = 'version'", [.text(String(version))])
        }
        return upgraded
    }

    /// The version an index says it is, after checking it is an xref index this xref can read.
    private static func version(of db: any SQLDatabase) throws -> Int {
        var name = "", current: Int?
        try db.rows("SELECT key, value FROM xref_meta") { row in
            if row.string(0) == "schema" { name = row.string(1) }
            if row.string(0) == "version" { current = Int(row.string(1)) }
        }
        guard name == Schema.name else { throw IndexError(db.location, "not an xref index (its meta table names \"\(name)\")") }
        guard let current, current >= 0 else { throw damaged(db, "its version is not a number") }
        guard current <= version else {
            throw IndexError(db.location, "index version \(current) is newer than this xref understands (\(version)); use a newer xref")
        }
        return current
    }

    /// The engine's integrity check (SQLite's `quick_check`: every page, every b-tree), then the tables and
    /// columns of the index's version: what a damaged file fails, before a query reads it or a run writes.
    static func check(_ db: any SQLDatabase) throws {
        if let problem = try db.integrityProblem() { throw damaged(db, problem) }
        let current = try version(of: db)
        guard current == version else { return }   // an older index: migrated by `xref index`, refused by queries
        let present = Set(try db.tableNames())
        for (table, columns) in Self.columns {
            guard present.contains(table) else { throw damaged(db, "its table \(table) is missing") }
            // Names every column: an error here is a missing one. No row is read.
            do { try db.execute("SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE 1 = 0") }
            catch { throw damaged(db, "its table \(table) lacks a column") }
        }
    }

    /// The one line a damaged index gets, from every command alike.
    static func damaged(_ db: any SQLDatabase, _ detail: String) -> IndexError { damaged(db.location, detail) }

    static func damaged(_ location: String, _ detail: String) -> IndexError {
        IndexError(location, "damaged index (\(detail)), neither read nor written; "
                   + "remove it and build it again with `xref index PATH --db \(location)`")
    }
}
