/// Known symbols for what someone is typing or mistyped, best first; `xref serve` and `report.html` rank
/// them by the same rules (the report's script follows `tiers`; a test compares the two):
/// 1. the keys the input names as a citation would ("70/1" -> A/RES/70/1), then a key equal to it;
/// 2. keys ending with it at a `/` ("70/1" -> E/RES/70/1, not A/70/122);
/// 3. keys starting with it, then keys with it after a `/`, then anywhere;
/// inside a tier resolutions first, then shorter keys, then in order. A leading "res", "resolution", "dec" or
/// "decision" keeps only resolutions or decisions and reads the rest as their number: "res 70" -> A/RES/70/1.
public enum Suggest {
    public static func rank(_ typed: String, among keys: [String], limit: Int) -> [String] {
        var words = typed.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        var kind: String?
        if let first = words.first, let k = Self.kindWords[first], words.count > 1 { kind = k; words.removeFirst() }
        let q = SymbolKey.comparable(words.joined(separator: " "))
        guard !q.isEmpty else { return [] }
        let named = Set(Query.keys(for: typed).map(SymbolKey.comparable))
        var scored: [(tier: Int, resolution: Bool, key: String)] = []
        for key in keys {
            let c = SymbolKey.comparable(key)
            if let kind, !c.contains(kind) { continue }
            // With a kind word, the number is matched after it: "res 70" looks at "70/1" of "A/RES/70/1".
            let body = kind.flatMap { k in c.firstRange(of: k).map { String(c[$0.upperBound...].drop { $0 == "/" }) } } ?? c
            guard let tier = Self.tier(q, body, whole: c, named: named, numberFirst: kind != nil) else { continue }
            scored.append((tier, c.contains("RES"), key))
        }
        scored.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            if a.resolution != b.resolution { return a.resolution }
            if a.key.utf8.count != b.key.utf8.count { return a.key.utf8.count < b.key.utf8.count }
            return a.key < b.key
        }
        return scored.prefix(limit).map(\.key)
    }

    /// 0 named, 1 equal, 2 ends at a `/`, 3 starts, 4 after a `/`, 5 anywhere; nil: no match. After a kind
    /// word the input is the start of a number ("res 70": session 70), so starting at a `/` comes second.
    static func tier(_ q: String, _ body: String, whole: String, named: Set<String>, numberFirst: Bool) -> Int? {
        if named.contains(whole) { return 0 }
        if body == q { return 1 }
        if numberFirst, body.hasPrefix(q + "/") { return 2 }
        if !numberFirst, body.hasSuffix("/" + q) { return 2 }
        if body.hasPrefix(q) { return 3 }
        if body.contains("/" + q) { return 4 }
        if body.contains(q) { return 5 }
        return nil
    }

    /// Words that name a kind of symbol, and what its key then holds (comparable form).
    static let kindWords: [String: String] = ["res": "RES", "res.": "RES", "resolution": "RES", "resolutions": "RES",
                                              "dec": "DEC", "dec.": "DEC", "decision": "DEC", "decisions": "DEC"]
}
