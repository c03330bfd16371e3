/// The listings `cites`, `show`, `symbols` and `extract` print, each described once as a table of fields:
/// JSON members, CSV columns and table columns all come from it, so the formats cannot drift apart (the
/// same form as the graph exporters' attribute tables).

/// A value as JSON writes it.
public enum ListingValue: Sendable {
    case string(String), int(Int), bool(Bool), strings([String])
    /// JSON written by another listing (objects nested in a row).
    case raw([String])
    /// One JSON value written as is (a number with fixed decimals).
    case raw1(String)

    func appendJSON(to out: inout [UInt8]) {
        switch self {
        case .string(let s): JSON.append(s, to: &out)
        case .int(let n): Self.appendDecimal(n, to: &out)
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .strings(let list):
            out.append(UInt8(ascii: "["))
            for (i, s) in list.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.append(s, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .raw1(let s): out += s.utf8
        case .raw(let list):
            out.append(UInt8(ascii: "["))
            out += list.joined(separator: ",").utf8
            out.append(UInt8(ascii: "]"))
        }
    }

    /// `n` in decimal, written as digits: no String per number (offsets and lines are most of a row's numbers).
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else { out += String(n).utf8; return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = n, k = buffer.count
            repeat { k -= 1; buffer[k] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10 } while v > 0
            out.append(contentsOf: buffer[k...])
        }
    }

    /// The CSV cell when the field does not say otherwise.
    var cell: String {
        switch self {
        case .string(let s): s
        case .int(let n): String(n)
        case .bool(let b): b ? "true" : "false"
        case .strings(let list), .raw(let list): list.joined(separator: " ")
        case .raw1(let s): s
        }
    }
}

/// One field of a listing row.
public struct ListingField<Row>: Sendable {
    public let name: String
    /// `"name":`, as JSON writes it before the value.
    let key: [UInt8]
    /// The JSON value; nil leaves the member out of that row's object.
    let json: @Sendable (Row) -> ListingValue?
    /// The CSV cell; a field without one is not a CSV column.
    let csv: (@Sendable (Row) -> String)?
    /// The table cell; a field without one is not a table column (its title is the name in capitals).
    let table: (@Sendable (Row) -> String)?

    /// A field whose CSV cell (and table cell, with `inTable`) is its JSON value written plainly.
    public init(_ name: String, inTable: Bool = false, _ json: @escaping @Sendable (Row) -> ListingValue?) {
        let plain: @Sendable (Row) -> String = { json($0)?.cell ?? "" }
        self.name = name; self.json = json; csv = plain
        table = inTable ? plain : nil
        key = Self.key(name)
    }

    /// A field written differently per format: `csv: nil` or `table: nil` keeps it out of that format.
    public init(_ name: String, json: @escaping @Sendable (Row) -> ListingValue?, csv: (@Sendable (Row) -> String)?,
                table: (@Sendable (Row) -> String)? = nil) {
        self.name = name; self.json = json; self.csv = csv; self.table = table
        key = Self.key(name)
    }

    private static func key(_ name: String) -> [UInt8] {
        var key: [UInt8] = []
        JSON.append(name, to: &key)
        return key + [UInt8(ascii: ":")]
    }
}

public struct Listing<Row>: Sendable {
    public let fields: [ListingField<Row>]
    public init(_ fields: [ListingField<Row>]) { self.fields = fields }

    /// One JSON object, members in field order.
    public func json(_ row: Row) -> String {
        var out: [UInt8] = []
        appendJSON(row, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same object appended as bytes (`extract` writes its rows so, no String per row).
    public func appendJSON(_ row: Row, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        for f in fields {
            guard let v = f.json(row) else { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += f.key
            v.appendJSON(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// All rows as one JSON array, one object a line, and a final newline.
    public func jsonArray(_ rows: [Row]) -> String {
        "[" + rows.map(json).joined(separator: ",\n") + "]\n"
    }

    public var csvHeader: [String] { fields.filter { $0.csv != nil }.map(\.name) }
    public func csv(_ row: Row) -> [String] { fields.compactMap { $0.csv?(row) } }

    /// Rows as CSV: the header, then one record a row.
    public func csvText(_ rows: [Row]) -> String {
        var out: [UInt8] = []
        CSV.append(csvHeader, to: &out)
        for r in rows { CSV.append(csv(r), to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    public var tableHeader: [String] { fields.filter { $0.table != nil }.map { $0.name.uppercased() } }
    public func tableRow(_ row: Row) -> [String] { fields.compactMap { $0.table?(row) } }
}

/// The four listings' field tables.
public enum Listings {
    /// `xref extract`: the machine contract (DESIGN §6). Later fields are additions present only when set;
    /// CSV has every column but `reissued`, `link_agrees` and `via`.
    public static let extract = Listing<(document: String, citation: Citation, language: Language)>([
        .init("document") { .string($0.document) },
        .init("paragraph") { .string($0.citation.paragraph) },
        .init("symbol") { .string($0.citation.symbol) },
        .init("organ") { .string($0.citation.organ.rawValue) },
        .init("type") { .string($0.citation.type.rawValue) },
        .init("surface") { .string($0.citation.surface) },
        .init("relation") { .string($0.citation.relation.rawValue) },
        .init("start") { .int($0.citation.start) },
        .init("end") { .int($0.citation.end) },
        .init("line") { .int($0.citation.line) },
        .init("resolved") { .bool($0.citation.resolved) },
        .init("candidates", json: { $0.citation.candidates.isEmpty ? nil : .strings($0.citation.candidates) },
              csv: { $0.citation.candidates.joined(separator: " | ") }),
        .init("parts", json: { $0.citation.parts.isEmpty ? nil : .strings($0.citation.parts) },
              csv: { $0.citation.parts.joined(separator: ",") }),
        .init("reissued", json: { $0.citation.reissued ? .bool(true) : nil }, csv: nil),
        .init("link", json: { $0.citation.link.map { .string($0) } }, csv: { $0.citation.link ?? "" }),
        // Where the editors linked the span, whether they meant the same document.
        .init("link_agrees", json: { r in r.citation.link.map { .bool(SymbolKey.linkAgrees($0, with: r.citation.symbol)) } }, csv: nil),
        // The document's language: a JSON member when it is not English, so English lines stay as they were;
        // a CSV column on every row ("en" too), the last, so the columns before it keep their places.
        .init("language", json: { $0.language == .en ? nil : .string($0.language.rawValue) }, csv: { $0.language.rawValue }),
        // The footnote a citation is written in when `paragraph` is the one carrying its marker (JSON only:
        // a CSV column after `language` would move no column, but every CSV file would change).
        .init("via", json: { $0.citation.via.map { .string($0) } }, csv: nil),
        // The part of the cited document named ("para. 12", "annex"): a JSON member when found; the last CSV column.
        .init("pinpoint", json: { $0.citation.pinpoint.map { .string($0) } }, csv: { $0.citation.pinpoint ?? "" }),
    ])

    /// `xref cites`: a hit and the words around it.
    public static let cites = Listing<(hit: Query.Hit, snippet: String)>([
        .init("document") { .string($0.hit.document) },
        .init("paragraph") { .string($0.hit.citation.paragraph) },
        .init("symbol") { .string($0.hit.citation.symbol) },
        .init("relation") { .string($0.hit.citation.relation.rawValue) },
        .init("part") { .bool($0.hit.viaPart) },
        .init("line") { .int($0.hit.citation.line) },
        .init("snippet") { .string($0.snippet) },
    ])

    /// `xref symbols`: the table shows paragraph ids without their paths.
    public static let symbols = Listing<Query.SymbolSummary>([
        .init("symbol", inTable: true) { .string($0.symbol) },
        .init("organ", inTable: true) { .string($0.organ.rawValue) },
        .init("type", inTable: true) { .string($0.type.rawValue) },
        .init("count", inTable: true) { .int($0.count) },
        .init("resolved") { .bool($0.resolved) },
        .init("paragraphs", json: { .strings($0.paragraphs) }, csv: { $0.paragraphs.joined(separator: " ") },
              table: { $0.paragraphs.map { p in String(p.split(separator: "#").last ?? "") }.joined(separator: ", ") }),
    ])

    /// `xref show`: one line of the mandate tree.
    public static let show = Listing<MandateTree.Line>([
        .init("depth") { .int($0.depth) },
        .init("direction") { .string($0.direction) },
        .init("symbol") { .string($0.symbol) },
        .init("relation") { .string($0.relation) },
        .init("document") { .string($0.document) },
        .init("paragraph") { .string($0.paragraph) },
    ])
}
