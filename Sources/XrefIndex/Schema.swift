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
            // Issue 18: citations' pinpoints and footnote marks, documents' records and mandate clauses (JSON).
            // Documents indexed before lack them: their stored mtime and hash are cleared so the next
            // `xref index` reads them again.
            "ALTER TABLE citations ADD COLUMN pinpoint TEXT",
            "ALTER TABLE citations ADD COLUMN footnote_mark TEXT",
            "ALTER TABLE documents ADD COLUMN record TEXT",
            "ALTER TABLE documents ADD COLUMN clauses TEXT",
            "UPDATE documents SET mtime = -1, hash = 0",
        ]]
    }

    static var version: Int { migrations(.sqlite).count }

    /// Makes `db` an index of the current version, or says why it cannot be one. A fresh database gets the
    /// schema; an older index is migrated; a database with other tables, or a newer index, is refused.
    /// `writable: false` only checks.
    static func prepare(_ db: any SQLDatabase, writable: Bool) throws {
        let tables = try db.tableNames()
        if tables.isEmpty {
            guard writable else { throw IndexError(db.location, "empty database, not an xref index yet (build one with `xref index PATH --db \(db.location)`)") }
        } else if !tables.contains("xref_meta") {
            throw IndexError(db.location, "not an xref index (it holds other tables: \(tables.sorted().prefix(3).joined(separator: ", ")))")
        }
        try db.transaction {
            if db.dialect == .postgres {
                // Writers starting together: one creates or migrates, the others wait and then see it done.
                try db.execute("SELECT pg_advisory_xact_lock(7872656660)")
            }
            var current = 0
            if try db.tableNames().contains("xref_meta") {
                var name = ""
                try db.rows("SELECT key, value FROM xref_meta") { row in
                    if row.string(0) == "schema" { name = row.string(1) }
                    if row.string(0) == "version" { current = Int(row.string(1)) ?? 0 }
                }
                guard name == Schema.name else { throw IndexError(db.location, "not an xref index (its meta table names \"\(name)\")") }
                guard current <= version else {
                    throw IndexError(db.location, "index version \(current) is newer than this xref understands (\(version)); use a newer xref")
                }
            }
            guard current < version else { return }
            guard writable else { throw IndexError(db.location, "index version \(current) is older than this xref's (\(version)); run `xref index` to update it") }
            if current == 0 {
                try db.execute("CREATE TABLE xref_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                try db.execute("INSERT INTO xref_meta (key, value) VALUES ('schema', ?), ('version', '0')", [.text(Schema.name)])
            }
            for step in migrations(db.dialect)[current...] { for sql in step { try db.execute(sql) } }
            try db.execute("UPDATE xref_meta SET value = ? WHERE key = 'version'", [.text(String(version))])
        }
    }
}
