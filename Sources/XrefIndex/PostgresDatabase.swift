import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The index in PostgreSQL, through PostgresNIO: the same schema and statements as SQLite (placeholders
/// numbered here), so many `xref index --shard K/N` processes on many machines can fill one database.
/// PostgresNIO is asynchronous; xref's commands are not, so each call waits for its answer here (never on
/// an event-loop thread), and a result is fetched in slices of rows, not held whole.
final class PostgresDatabase: SQLDatabase {
    let dialect = SQLDialect.postgres
    let location: String
    private let connection: PostgresConnection
    private let logger = Logger(label: "xref.index")

    private init(location: String, connection: PostgresConnection) {
        self.location = location; self.connection = connection
    }

    /// Connects to `url` (postgres://user[:password]@host[:port]/database) for `body`, and closes after it.
    static func connect<T>(_ url: String, _ body: (any SQLDatabase) throws -> T) throws -> T {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw IndexError(url, "not a PostgreSQL URL (postgres://user@host:port/database)")
        }
        let shown = "postgres://\(parts.user.map { $0 + "@" } ?? "")\(host)\(parts.port.map { ":\($0)" } ?? "")\(parts.path)"
        let database = String(parts.path.drop(while: { $0 == "/" }))
        let configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        let logger = Logger(label: "xref.index")
        let connection: PostgresConnection
        do {
            connection = try wait { try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger) }
        } catch {
            throw IndexError(shown, "cannot connect (\(reason(error)))")
        }
        let db = PostgresDatabase(location: shown, connection: connection)
        defer { _ = try? wait { try await connection.close() } }
        do {
            return try body(db)
        } catch let error as PSQLError {
            throw IndexError(shown, reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message }
            return e.underlying.map { "\($0)" } ?? "\(e.code)"
        }
        return "\(error)"
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try query(sql, arguments) { _ in }
    }

    func query(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws {
        let statement = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: Self.binds(arguments))
        let connection = self.connection, logger = self.logger
        let cursor = Cursor()
        try wait { cursor.iterator = try await connection.query(statement, logger: logger).makeAsyncIterator() }
        while true {
            let slice: [PGRow] = try wait {
                var out: [PGRow] = []
                while out.count < 2000, let r = try await cursor.iterator?.next() { out.append(PGRow(r)) }
                return out
            }
            for r in slice { try row(r) }
            if slice.count < 2000 { break }
        }
    }

    func transaction(_ body: () throws -> Void) throws {
        try execute("BEGIN", [])
        do {
            try body()
            try execute("COMMIT", [])
        } catch {
            try? execute("ROLLBACK", [])
            throw error
        }
    }

    func tableNames() throws -> [String] {
        var names: [String] = []
        try query("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()", []) { names.append($0.string(0)) }
        return names
    }

    /// `?` placeholders as `$1, $2, ...` (the statements hold no `?` inside literals).
    static func numbered(_ sql: String) -> String {
        var out = "", n = 0
        for ch in sql {
            if ch == "?" { n += 1; out += "$\(n)" } else { out.append(ch) }
        }
        return out
    }

    static func binds(_ arguments: [SQLValue]) -> PostgresBindings {
        var b = PostgresBindings(capacity: arguments.count)
        for a in arguments {
            switch a {
            case .int(let n): b.append(n)
            case .text(let s): b.append(s)
            case .null: b.appendNull()
            }
        }
        return b
    }
}

/// A row's values, decoded once by column type.
private struct PGRow: SQLRow, Sendable {
    let values: [SQLValue]

    init(_ row: PostgresRow) {
        values = row.map { cell in
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map { .int($0) } ?? .null
            case .bool: return (try? cell.decode(Bool.self)).map { .int($0 ? 1 : 0) } ?? .null
            default: return (try? cell.decode(String.self)).map { .text($0) } ?? .null
            }
        }
    }

    func int(_ column: Int) -> Int {
        if case .int(let n) = values[column] { return Int(n) }
        return 0
    }

    func text(_ column: Int) -> String? {
        if case .text(let s) = values[column] { return s }
        return nil
    }
}

private final class Cursor: @unchecked Sendable {
    var iterator: PostgresRowSequence.AsyncIterator?
}

private final class Outcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// Runs `operation` to its end on the concurrency pool and waits for it on this (non event-loop) thread.
private func wait<T>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.result = .success(try await operation()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}
