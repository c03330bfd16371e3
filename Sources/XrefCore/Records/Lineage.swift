/// A resolution's predecessor in its series (DESIGN §9): the one its preamble names "the most recent of
/// which was resolution 78/203" (A/RES/79/170 says so in its 21st paragraph), else the latest resolution
/// of the same organ it recalls by symbol in its first preambular paragraphs ("Recalling its resolutions
/// ... 74/91 of 13 December 2019"); else, across the documents read,
/// the latest earlier one with the same title (per-country series have titles of their own).
public enum Lineage {
    /// How many preambular paragraphs are read for the recalled predecessor.
    static let preambleParagraphs = 6

    /// The recalled predecessor and the words that recall it.
    public static func recalled(_ a: DocumentAnalysis) -> (symbol: String, evidence: String)? {
        guard let own = a.context.ownSymbols.first, let ownOrder = order(own) else { return nil }
        let series = own.prefix { $0 != "/" } + "/RES/"
        // Each recalled resolution with its order, worked out once: reading symbols was half of this.
        var byParagraph: [String: [(citation: Citation, order: Order)]] = [:]
        var paragraphs: [String] = []
        for c in a.citations where c.type == .resolution && (c.relation == .recalls || c.relation == .reaffirms)
            && c.symbol.hasPrefix(series) && preambleNumber(c.paragraph) != nil
            // Not in a footnote ("3 Resolutions 62/272, …, 75/291 and 77/298." in A/RES/78/115): notes recall nothing.
            && c.via == nil {
            guard let o = order(c.symbol), o < ownOrder else { continue }
            if byParagraph[c.paragraph] == nil { paragraphs.append(c.paragraph) }
            byParagraph[c.paragraph, default: []].append((c, o))
        }
        // "..., the most recent of which was resolution 78/203": the one named after those words; "its previous
        // resolutions on the subject, in particular resolution 76/176" (A/RES/78/208, 12th paragraph): the latest after them.
        for p in paragraphs {
            guard let text = a.paragraphText(p), let pieces = a.paragraphPieces[p] else { continue }
            let base = pieces.first?.offset ?? 0
            if let r = ByteText.firstOffset(of: mostRecent, in: text),
               let after = byParagraph[p]?.first(where: { $0.citation.start > base + r })?.citation {
                return (after.symbol, a.snippet(for: after, radius: 80))
            }
            if let r = seriesCues.lazy.compactMap({ ByteText.firstOffset(of: $0, in: text) }).first,
               let latest = byParagraph[p]?.filter({ $0.citation.start > base + r }).max(by: { $0.order < $1.order })?.citation {
                return (latest.symbol, a.snippet(for: latest, radius: 80))
            }
        }
        // Else the latest recalled in the first paragraphs: the last of "Recalling its resolutions 67/7 ..., 75/7 and 77/19".
        let first = paragraphs.filter { preambleNumber($0)! <= preambleParagraphs }
        guard let chosen = first.flatMap({ byParagraph[$0]! }).max(by: { $0.order < $1.order })?.citation else { return nil }
        return (chosen.symbol, a.snippet(for: chosen, radius: 80))
    }

    /// Searched as bytes (`ByteText.firstOffset`): a String search took half of `recalled`'s time.
    static let mostRecent = Array("most recent".utf8)
    /// Words that say the resolutions after them are this one's series.
    static let seriesCues = ["previous resolutions on the subject", "previous resolutions on this subject",
                             "previous resolutions on the question"].map { Array($0.utf8) }

    /// "pp3" -> 3, "B.pp2" -> 2.
    static func preambleNumber(_ id: String) -> Int? {
        guard let at = ByteText.firstOffset(of: pp, in: id) else { return nil }
        return Int(id[id.utf8.index(id.utf8.startIndex, offsetBy: at + 2)...])
    }

    static let pp = Array("pp".utf8)

    /// Order within a series: A/RES/79/135 -> (79, 135); S/RES/2703 (2023) -> (2023, 2703).
    static func order(_ symbol: String) -> Order? {
        let parts = symbol.split(separator: "/")
        guard let last = parts.last else { return nil }
        if let open = last.firstIndex(of: "("), let n = Int(last[..<open].trimmingSpaces),
           let y = Int(last[last.index(after: open)...].prefix { $0.isNumber }) { return Order(a: y, b: n) }
        guard parts.count >= 2, let s = Int(parts[parts.count - 2]), let n = Int(last.prefix { $0.isNumber }) else { return nil }
        return Order(a: s, b: n)
    }

    struct Order: Comparable {
        var a: Int, b: Int
        static func < (l: Order, r: Order) -> Bool { (l.a, l.b) < (r.a, r.b) }
    }

    /// Across the documents read: a record without a recalled predecessor takes the latest earlier record of
    /// the same title and organ ("same title").
    public static func link(_ records: inout [DocumentRecord]) {
        var byTitle: [String: [Int]] = [:]
        for (i, r) in records.enumerated() where !r.title.isEmpty && !r.symbol.isEmpty {
            byTitle[r.organ + "|" + r.title.lowercased(), default: []].append(i)
        }
        for i in records.indices where !records[i].title.isEmpty {
            guard let own = order(records[i].symbol), let same = byTitle[records[i].organ + "|" + records[i].title.lowercased()] else { continue }
            let earlier = same.compactMap { j -> (Int, Order)? in order(records[j].symbol).flatMap { $0 < own && $0.a < own.a ? (j, $0) : nil } }
            guard let best = earlier.max(by: { $0.1 < $1.1 }) else { continue }
            let recalled = records[i].predecessor
            if recalled.isEmpty {
                records[i].predecessor = records[best.0].symbol
                records[i].predecessorEvidence = "same title"
            } else if !records[i].predecessorEvidence.contains("most recent"), let r = order(recalled), r.a < best.1.a {
                // "Recalling its resolution 48/75 L … and all subsequent resolutions" (A/RES/78/28): a resolution of
                // the same title from a later session, read in the same run, is the more recent one of the series.
                records[i].predecessor = records[best.0].symbol
                records[i].predecessorEvidence = "same title, later than the recalled " + recalled
            }
        }
    }
}
