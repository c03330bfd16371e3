import CSQLite
import Foundation

/// The index in one SQLite file, through SQLite's own C API (Debian's libsqlite3): foreign keys on, a writer
/// waits up to 30 s for another. While `xref index` writes, the journal is WAL (readers go on meanwhile, and a
/// killed writer leaves the last committed batch); at rest it is a rollback journal, so the index is one file
/// that a user who may not write beside it can still query (a WAL database needs its `-shm` file created first).
final class SQLiteDatabase: SQLDatabase {
    let dialect = SQLDialect.sqlite
    let location: String
    private var handle: OpaquePointer?
    /// Prepared once: the same few INSERTs run for every row of every document.
    private var statements: [String: OpaquePointer] = [:]
    /// SQLite's code for the last failure, for callers that tell damage from other errors.
    private var lastCode = SQLITE_OK

    init(path: String, writable: Bool) throws {
        location = path
        if !writable && !FileManager.default.fileExists(atPath: path) {
            throw IndexError(path, "no index here (build one with `xref index PATH --db \(path)`)")
        }
        let flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY
        let opened = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_FULLMUTEX, nil)
        guard opened == SQLITE_OK else {
            let failure = IndexError(path, Self.reason(opened, handle.map { String(cString: sqlite3_errmsg($0)) }, path))
            sqlite3_close_v2(handle)
            throw failure
        }
        sqlite3_busy_timeout(handle, 30_000)
        // Not the journal mode: a damaged file must not be written before its check (see `beginWriting`).
        do {
            try execute("PRAGMA foreign_keys = ON", [])
            _ = try scalar("SELECT count(*) FROM sqlite_master")
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    private func close() {
        for s in statements.values { sqlite3_finalize(s) }
        statements = [:]
        sqlite3_close_v2(handle)
        handle = nil
    }

    /// Runs `body` with this connection (the index is used by one thread at a time).
    func run<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T { try body(self) }

    static func reason(_ code: Int32, _ message: String?, _ location: String) -> String {
        switch code & 0xFF {
        case SQLITE_NOTADB: "not an xref index (damaged, or not an SQLite database)"
        case SQLITE_CORRUPT: Schema.damaged(location, "SQLite: " + (message ?? "database disk image is malformed")).reason
        case SQLITE_CANTOPEN: "cannot open the index (\(message ?? "no such file or folder"))"
        case SQLITE_READONLY: "the index is read-only here: queries can read it, but `xref index` must write it (and its folder)"
        case SQLITE_BUSY: "the index is busy (another xref is writing it)"
        default: message ?? "SQLite error \(code)"
        }
    }

    private func failure(_ code: Int32) -> IndexError {
        lastCode = code
        return IndexError(location, Self.reason(code, handle.map { String(cString: sqlite3_errmsg($0)) }, location))
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        if let s = statements[sql] { return s }
        var s: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &s, nil)
        guard code == SQLITE_OK, let s else { throw failure(code) }
        statements[sql] = s
        return s
    }

    /// `sql` stepped row by row, `row` told each; the statement is reset for its next use, whatever happens.
    private func step(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws {
        let s = try prepared(sql)
        defer { sqlite3_reset(s); sqlite3_clear_bindings(s) }
        for (i, a) in arguments.enumerated() {
            let at = Int32(i + 1)
            let code = switch a {
            case .int(let n): sqlite3_bind_int64(s, at, n)
            case .text(let t): sqlite3_bind_text(s, at, t, -1, transient)
            case .null: sqlite3_bind_null(s, at)
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            try row(SQLiteRow(statement: s))
        }
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws { try step(sql, arguments) { _ in } }

    func query(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws {
        try step(sql, arguments, row)
    }

    func transaction(_ body: () throws -> Void) throws {
        try execute("BEGIN IMMEDIATE", [])
        do {
            try body()
            try execute("COMMIT", [])
        } catch {
            try? execute("ROLLBACK", [])
            throw error
        }
    }

    /// SQLite's `quick_check`: every page and b-tree read and checked (not the indexes against their
    /// tables, which `integrity_check` adds at many times the cost). Its first finding, on one line.
    func integrityProblem() throws -> String? {
        var found: [String] = []
        do { try query("PRAGMA quick_check(1)", []) { found.append($0.string(0)) } }
        catch {
            let code = lastCode & 0xFF
            guard code == SQLITE_CORRUPT || code == SQLITE_NOTADB else { throw error }
            return "SQLite: " + String(cString: sqlite3_errstr(lastCode))
        }
        guard let first = found.first, first != "ok" else { return nil }
        let line = first.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("***") } ?? Substring(first)
        return "SQLite quick_check: " + (line.count > 120 ? line.prefix(120) + "..." : line)
    }

    func beginWriting() throws {
        try query("PRAGMA journal_mode = WAL", []) { _ in }
        // In WAL a commit need not wait for the disk: a killed writer still leaves every committed batch, and
        // only a power cut may lose the last ones (never the file's consistency). The writing thread is the
        // one that takes the workers' documents in order; waiting on fsync there idled both cores.
        try execute("PRAGMA synchronous = NORMAL", [])
    }

    /// Back to a rollback journal when no reader holds the file now (else it stays WAL, and still works).
    func endWriting() {
        try? query("PRAGMA busy_timeout = 0", []) { _ in }
        try? query("PRAGMA journal_mode = DELETE", []) { _ in }
    }

    func tableNames() throws -> [String] {
        var names: [String] = []
        try query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", []) { names.append($0.string(0)) }
        return names
    }
}

/// The current row of a stepped statement, read in place while the row handler runs.
private struct SQLiteRow: SQLRow {
    let statement: OpaquePointer
    func int(_ column: Int) -> Int { Int(sqlite3_column_int64(statement, Int32(column))) }
    func text(_ column: Int) -> String? {
        guard sqlite3_column_type(statement, Int32(column)) != SQLITE_NULL, let t = sqlite3_column_text(statement, Int32(column)) else { return nil }
        return String(cString: t)
    }
}

/// SQLite copies bound text before the call returns (`SQLITE_TRANSIENT`, a macro Swift cannot import).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
