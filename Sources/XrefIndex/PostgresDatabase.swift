/// PostgreSQL comes with the PostgresNIO step; until then a postgres:// location is refused clearly.
enum PostgresDatabase {
    static func connect<T>(_ url: String, _ body: (any SQLDatabase) throws -> T) throws -> T {
        throw IndexError(url, "PostgreSQL is not built into this xref")
    }
}
