import CLibPQ
import Foundation

/// The index in PostgreSQL through libpq, the server's own C client (Debian's libpq5): the same schema and
/// statements as SQLite (placeholders numbered here), so many `xref index --shard K/N` processes on many
/// machines can fill one database. libpq blocks, as xref's commands do; a result streams row by row
/// (single-row mode) and is never held whole.
///
/// No wait is unbounded: connecting gives up after 10 s; a peer that vanishes without closing the socket is
/// noticed by TCP keepalives and `tcp_user_timeout` within a minute; the server ends a statement after 15
/// minutes and a transaction left idle after 5. A server that stops mid-run closes the socket, and the run
/// ends with one line and exit 1; every batch committed before stays. A URL's own parameters
/// (`?connect_timeout=30&options=-c%20statement_timeout%3D0`) override these defaults.
final class PostgresDatabase: SQLDatabase {
    let dialect = SQLDialect.postgres
    let location: String
    private let connection: OpaquePointer

    private init(location: String, connection: OpaquePointer) {
        self.location = location; self.connection = connection
    }

    static let defaults: KeyValuePairs<String, String> = [
        "connect_timeout": "10", "keepalives": "1", "keepalives_idle": "15", "keepalives_interval": "5",
        "keepalives_count": "3", "tcp_user_timeout": "60000", "application_name": "xref",
        "options": "-c statement_timeout=15min -c idle_in_transaction_session_timeout=5min",
    ]

    /// Connects to `url` (postgres://user[:password]@host[:port]/database[?param=value]) for `body`, and
    /// closes after it.
    static func connect<T>(_ url: String, _ body: (any SQLDatabase) throws -> T) throws -> T {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw IndexError(url, "not a PostgreSQL URL (postgres://user@host:port/database)")
        }
        // Shown in messages: never the password.
        let shown = "postgres://\(parts.user.map { $0 + "@" } ?? "")\(host)\(parts.port.map { ":\($0)" } ?? "")\(parts.path)"
        // Defaults first: libpq keeps the last value of a repeated keyword, and `dbname` expands the URL's.
        let settings = defaults.map { ($0.key, $0.value) } + [("dbname", url)]
        let connection = withCStrings(settings.map(\.0)) { keywords in
            withCStrings(settings.map(\.1)) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection else { throw IndexError(shown, "cannot connect (out of memory)") }
        defer { PQfinish(connection) }
        guard PQstatus(connection) == CONNECTION_OK else {
            throw IndexError(shown, "cannot connect (\(firstLine(PQerrorMessage(connection))))")
        }
        // The server's notices (a WARNING as it shuts down) would be extra lines on stderr: the error that
        // follows them says what happened.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        return try body(PostgresDatabase(location: shown, connection: connection))
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try query(sql, arguments) { _ in }
    }

    func query(_ sql: String, _ arguments: [SQLValue], _ row: (any SQLRow) throws -> Void) throws {
        let values: [String?] = arguments.map {
            switch $0 {
            case .int(let n): String(n)
            case .text(let s): s
            case .null: nil
            }
        }
        let sent = withCStrings(values) { pointers in
            PQsendQueryParams(connection, Self.numbered(sql), Int32(values.count), nil, pointers, nil, nil, 0)
        }
        guard sent == 1 else { throw failure(nil) }
        _ = PQsetSingleRowMode(connection)
        // Every result must be taken before the next statement, even after a row handler threw.
        var problem: (any Error)?
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
                guard problem == nil else { continue }
                do {
                    for r in 0..<PQntuples(result) { try row(PGRow(result: result, row: r)) }
                } catch { problem = error }
            case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
                break
            default:
                problem = problem ?? failure(result)
            }
        }
        if let problem { throw problem }
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

    /// The server's primary message where it sent one, else libpq's first line; a connection that is gone
    /// says so, since nothing after it can succeed.
    private func failure(_ result: OpaquePointer?) -> IndexError {
        func field(_ code: Character) -> String? {
            result.flatMap { PQresultErrorField($0, Int32(code.asciiValue!)) }.map { String(cString: $0) }
        }
        let reason = field("M") ?? Self.firstLine(PQerrorMessage(connection))
        // Class 57P: the server is shutting down or the operator ended the session.
        let ended = PQstatus(connection) != CONNECTION_OK || field("C")?.hasPrefix("57P") == true
        return IndexError(location, ended ? "lost the connection to the server (\(reason))" : reason)
    }

    private static func firstLine(_ message: UnsafePointer<CChar>?) -> String {
        let text = message.map { String(cString: $0) } ?? ""
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "no reason given"
        return line.replacingOccurrences(of: "FATAL:  ", with: "").replacingOccurrences(of: "ERROR:  ", with: "")
    }

    /// `?` placeholders as `$1, $2, ...` (the statements hold no `?` inside literals).
    static func numbered(_ sql: String) -> String {
        var out = "", n = 0
        for ch in sql {
            if ch == "?" { n += 1; out += "$\(n)" } else { out.append(ch) }
        }
        return out
    }
}

/// One row of a result, read in place while the row handler runs (values arrive as text).
private struct PGRow: SQLRow {
    let result: OpaquePointer
    let row: Int32

    func int(_ column: Int) -> Int {
        guard PQgetisnull(result, row, Int32(column)) == 0, let value = PQgetvalue(result, row, Int32(column)) else { return 0 }
        switch value.pointee {
        case CChar(UInt8(ascii: "t")): return 1
        case CChar(UInt8(ascii: "f")): return 0
        default: return Int(String(cString: value)) ?? 0
        }
    }

    func text(_ column: Int) -> String? {
        guard PQgetisnull(result, row, Int32(column)) == 0, let value = PQgetvalue(result, row, Int32(column)) else { return nil }
        return String(cString: value)
    }
}

/// C strings for `strings` (nil stays a null pointer), null-terminated as libpq's arrays are, alive for `body`.
private func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer($0) } } + [nil])
}
