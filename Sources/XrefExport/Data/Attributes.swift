/// The attributes every data format writes, in one order, with one type: GraphML keys, JSON fields and CSV
/// columns all come from these tables, so the formats cannot drift apart.
enum AttributeValue: Equatable {
    case string(String), int(Int), bool(Bool)
}

enum AttributeType: String {
    case string, int, boolean
}

struct Attribute<Element>: Sendable {
    let name: String
    let type: AttributeType
    let value: @Sendable (Element) -> AttributeValue?

    init(_ name: String, _ type: AttributeType = .string, _ value: @escaping @Sendable (Element) -> AttributeValue?) {
        self.name = name; self.type = type; self.value = value
    }
}

enum Attributes {
    /// Node attributes (DESIGN §5), plus the citation `count` and the `resolved` flag.
    static let node: [Attribute<Graph.Node>] = [
        .init("kind") { .string($0.kind.rawValue) },
        .init("label") { .string($0.label) },
        .init("symbol") { $0.symbol.map { .string($0) } },
        .init("organ") { $0.organ.map { .string($0.rawValue) } },
        .init("type") { $0.type.map { .string($0.rawValue) } },
        .init("document") { $0.document.map { .string($0) } },
        .init("paragraph") { $0.paragraph.map { .string($0) } },
        .init("text") { $0.text.map { .string($0) } },
        .init("url") { $0.url.map { .string($0) } },
        .init("count", .int) { .int($0.count) },
        .init("resolved", .boolean) { .bool($0.resolved) },
        .init("language") { $0.language.map { .string($0) } },
        .init("title") { $0.title.map { .string($0) } },
        .init("date") { $0.date.map { .string($0) } },
    ]

    /// Edge attributes (DESIGN §5), plus the evidence `document` and `paragraph`.
    static let edge: [Attribute<Graph.Edge>] = [
        .init("kind") { .string($0.kind.rawValue) },
        .init("relation") { $0.relation.map { .string($0.rawValue) } },
        .init("surface") { $0.surface.map { .string($0) } },
        .init("start", .int) { $0.start.map { .int($0) } },
        .init("end", .int) { $0.end.map { .int($0) } },
        .init("line", .int) { $0.line.map { .int($0) } },
        .init("count", .int) { .int($0.count) },
        .init("document") { $0.document.map { .string($0) } },
        .init("paragraph") { $0.paragraph.map { .string($0) } },
    ]
}
