import Foundation
import GRDB

/// The index in one SQLite file, through GRDB: foreign keys on, a writer waits up to 30 s for another.
/// While `xref index` writes, the journal is WAL (readers go on meanwhile, and a killed writer leaves the
/// last committed batch); at rest it is a rollback journal, so the index is one file that a user who may
/// not write beside it can still query (a WAL database needs its `-shm` file created first).
final class SQLiteDatabase: SQLDatabase {
    let dialect = SQLDialect.sqlite
    let location: String
    private let queue: DatabaseQueue
    private var connection: Database?

    init(path: String, writable: Bool) throws {
        location = path
        if !writable && !FileManager.default.fileExists(atPath: path) {
            throw IndexError(path, "no index here (build one with `xref index PATH --db \(path)`)")
        }
        var config = Configuration()
        config.readonly = !writable
        config.busyMode = .timeout(30)
        // Not set on opening: a damaged file must not be written before its check (see `beginWriting`).
        config.journalMode = .default
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.inDatabase { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        } catch let error as DatabaseError {
            throw IndexError(path, SQLiteDatabase.reason(error, path))
        }
    }

    /// Runs `body` on the one connection (GRDB hands it out inside its serial queue).
    func run<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        do {
            return try queue.inDatabase { db in
                connection = db
                defer { connection = nil }
                return try body(self)
            }
        } catch let error as DatabaseError {
            throw IndexError(location, SQLiteDatabase.reason(error, location))
        }
    }

    static func reason(_ error: DatabaseError, _ location: String) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: "not an xref index (damaged, or not an SQLite database)"
        case .SQLITE_CORRUPT: Schema.damaged(location, "SQLite: " + (error.message ?? "database disk image is malformed")).reason
        case .SQLITE_CANTOPEN: "cannot open the index (\(error.message ?? "no such file or folder"))"
        case .SQLITE_READONLY: "the index is read-only here: queries can read it, but `xref index` must write it (and its folder)"
        case .SQLITE_BUSY: "the index is busy (another xref is writing it)"
        default: error.message ?? "\(error)"
        }
    }

    private var db: Database {
        get throws {
            guard let connection else { throw IndexError(location, "used outside its connection") }
            return connection
        }
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        // Cached: the same few INSERTs run for every row of every document.
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments.map(\.grdb)))
    }

    func query(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments.map(\.grdb)))
        while let r = try cursor.next() { try row(GRDBRow(row: r)) }
    }

    func transaction(_ body: () throws -> Void) throws {
        try db.inTransaction(.immediate) {
            try body()
            return .commit
        }
    }

    /// SQLite's `quick_check`: every page and b-tree read and checked (not the indexes against their
    /// tables, which `integrity_check` adds at many times the cost). Its first finding, on one line.
    func integrityProblem() throws -> String? {
        let found: [String]
        do { found = try String.fetchAll(db, sql: "PRAGMA quick_check(1)") }
        catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            return "SQLite: " + (error.message ?? "database disk image is malformed")
        }
        guard let first = found.first, first != "ok" else { return nil }
        let line = first.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("***") } ?? Substring(first)
        return "SQLite quick_check: " + (line.count > 120 ? line.prefix(120) + "..." : line)
    }

    func beginWriting() throws {
        try db.execute(sql: "PRAGMA journal_mode = WAL")
    }

    /// Back to a rollback journal when no reader holds the file now (else it stays WAL, and still works).
    func endWriting() {
        guard let connection else { return }
        try? connection.execute(sql: "PRAGMA busy_timeout = 0")
        try? connection.execute(sql: "PRAGMA journal_mode = DELETE")
    }

    func tableNames() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }
}

private struct GRDBRow: SQLRow {
    let row: Row
    func int(_ column: Int) -> Int { (row[column] as Int64?).map(Int.init) ?? 0 }
    func text(_ column: Int) -> String? { row[column] }
}

private extension SQLValue {
    var grdb: (any DatabaseValueConvertible)? {
        switch self {
        case .int(let n): n
        case .text(let s): s
        case .null: nil
        }
    }
}
