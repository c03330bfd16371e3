/// The machine contract of `xref extract` (DESIGN §6): one JSON object per citation, fields in a fixed
/// order; later fields are additions (`candidates`, `parts`, `reissued`, `link`, `link_agrees`) present only
/// when set.
extension Citation {
    public func jsonLine(document: String) -> String {
        var out = "{"
        func field(_ name: String, _ value: String) { out += (out.count > 1 ? "," : "") + JSON.quote(name) + ":" + value }
        field("document", JSON.quote(document))
        field("paragraph", JSON.quote(paragraph))
        field("symbol", JSON.quote(symbol))
        field("organ", JSON.quote(organ.rawValue))
        field("type", JSON.quote(type.rawValue))
        field("surface", JSON.quote(surface))
        field("relation", JSON.quote(relation.rawValue))
        field("start", String(start))
        field("end", String(end))
        field("line", String(line))
        field("resolved", resolved ? "true" : "false")
        if !candidates.isEmpty { field("candidates", "[" + candidates.map(JSON.quote).joined(separator: ",") + "]") }
        if !parts.isEmpty { field("parts", "[" + parts.map(JSON.quote).joined(separator: ",") + "]") }
        if reissued { field("reissued", "true") }
        if let link {
            // Where the editors linked the span, say whether they meant the same document.
            field("link", JSON.quote(link))
            field("link_agrees", SymbolKey.linkAgrees(link, with: symbol) ? "true" : "false")
        }
        return out + "}"
    }

    public static let csvHeader = ["document", "paragraph", "symbol", "organ", "type", "surface", "relation", "start", "end", "line", "resolved", "candidates", "parts", "link"]

    public func csvFields(document: String) -> [String] {
        [document, paragraph, symbol, organ.rawValue, type.rawValue, surface, relation.rawValue, String(start), String(end),
         String(line), resolved ? "true" : "false", candidates.joined(separator: " | "), parts.joined(separator: ","), link ?? ""]
    }
}

public enum JSON {
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u00" + (u.value < 0x10 ? "0" : "") + String(u.value, radix: 16) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

public enum CSV {
    /// One RFC 4180 record.
    public static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + f.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }
}
