/// The little of SQL the index needs, so that its schema, writes and queries are written once for both
/// engines (SQLite and PostgreSQL through their own C libraries). Statements use `?` placeholders; the
/// PostgreSQL side numbers them.
public enum SQLValue: Sendable, Equatable {
    case int(Int64), text(String), null

    static func text(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
    static func int(_ n: Int) -> SQLValue { .int(Int64(n)) }
    static func bool(_ b: Bool) -> SQLValue { .int(b ? 1 : 0) }
}

/// One result row, read by column position.
public protocol SQLRow {
    func int(_ column: Int) -> Int
    func text(_ column: Int) -> String?
}

extension SQLRow {
    func string(_ column: Int) -> String { text(column) ?? "" }
    func bool(_ column: Int) -> Bool { int(column) != 0 }
    /// A list stored one item a line ("" is the empty list).
    func list(_ column: Int) -> [String] {
        let s = string(column)
        return s.isEmpty ? [] : s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A connection to an index database.
public protocol SQLDatabase: AnyObject {
    /// Which engine: decides the few words of DDL that differ.
    var dialect: SQLDialect { get }
    /// Where it is, as the user named it (for messages).
    var location: String { get }
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Calls `row` for each result row as it arrives.
    func query(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws
    /// Runs `body` in one transaction: all of it is committed, or none of it.
    func transaction(_ body: () throws -> Void) throws
    /// The names of the tables in the database's own (default) schema.
    func tableNames() throws -> [String]
    /// What the engine's own integrity check finds wrong with the database, nil when nothing.
    func integrityProblem() throws -> String?
    /// Called once the database passed its checks, before the first write, and after the last.
    func beginWriting() throws
    func endWriting()
}

extension SQLDatabase {
    /// A server keeps its own files whole (PostgreSQL checks pages as it reads them): nothing to run here.
    func integrityProblem() throws -> String? { nil }
    func beginWriting() throws {}
    func endWriting() {}

    func execute(_ sql: String) throws { try execute(sql, []) }

    func rows(_ sql: String, _ arguments: [SQLValue] = [], _ row: (any SQLRow) throws -> Void) throws {
        try query(sql, arguments, row)
    }

    /// The first column of the first row.
    func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int? {
        var value: Int?
        try query(sql, arguments) { if value == nil { value = $0.int(0) } }
        return value
    }
}

public enum SQLDialect: Sendable { case sqlite, postgres }

/// An index that cannot be used, as one line: `<location>: <reason>`.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    public let location: String
    public let reason: String
    public init(_ location: String, _ reason: String) { self.location = location; self.reason = reason }
    public var description: String { "\(location): \(reason)" }
}
