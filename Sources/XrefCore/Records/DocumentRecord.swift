/// Who a document is, for people (DESIGN §9): symbol, title, date, organ, session, agenda item, language,
/// and its predecessor in a series. Read from the document's own head (masthead, adoption line, title
/// line); the predecessor from its first preambular paragraphs (`Lineage`), else a corpus-level step.
public struct DocumentRecord: Sendable, Hashable, Codable {
    public var document: String
    public var symbol: String
    /// A resolution's title line ("Crime prevention and criminal justice"), a report's title.
    public var title: String
    /// Adoption or issue date, ISO ("2020-12-10"); empty when the text states none.
    public var date: String
    public var organ: String
    /// "75" for A/RES/75/100 and A/75/312, "2020" for E/RES/2020/1; empty for the Security Council.
    public var session: String
    /// "74", "13 and 117".
    public var agendaItem: String
    public var language: String
    public var predecessor: String
    /// The recalling clause, or "same title".
    public var predecessorEvidence: String

    public init(document: String, symbol: String = "", title: String = "", date: String = "", organ: String = "",
                session: String = "", agendaItem: String = "", language: String = "en", predecessor: String = "",
                predecessorEvidence: String = "") {
        self.document = document; self.symbol = symbol; self.title = title; self.date = date; self.organ = organ
        self.session = session; self.agendaItem = agendaItem; self.language = language
        self.predecessor = predecessor; self.predecessorEvidence = predecessorEvidence
    }
}

public enum Records {
    static let headBytes = 5000

    /// The record a document states about itself.
    public static func read(_ text: [UInt8], path: String, context: DocumentContext) -> DocumentRecord {
        let lines = headLines(text)
        let symbol = context.ownSymbols.first ?? ""
        var record = DocumentRecord(document: path, symbol: symbol, organ: context.organ?.rawValue ?? "",
                                    session: session(of: symbol), language: context.language.rawValue)
        // The English head's reader knows titles over several lines and reports' title lines; the heading's
        // (`DocumentHeading`, all six languages) answers where it finds nothing.
        record.title = title(lines)
        if record.title.isEmpty, let t = context.title { record.title = t }
        record.date = date(lines)
        if record.date.isEmpty, let d = context.date { record.date = d }
        record.agendaItem = agendaItem(lines)
        if record.session.isEmpty, let n = lines.lazy.compactMap(sessionLine).first { record.session = String(n) }
        return record
    }

    /// The head's lines, trimmed, no-break spaces as spaces: cut and trimmed as bytes (Character-wise work
    /// on every document's head cost more than reading its clauses).
    static func headLines(_ text: [UInt8]) -> [String] {
        var head = Array(text.prefix(headBytes))
        var i = 0
        while i + 1 < head.count {
            if head[i] == 0xC2, head[i + 1] == 0xA0 { head[i] = 0x20; head[i + 1] = 0x20 }
            else if head[i] == 0xE2, i + 2 < head.count, head[i + 1] == 0x80, head[i + 2] == 0xAF { head[i] = 0x20; head[i + 1] = 0x20; head[i + 2] = 0x20 }
            i += 1
        }
        return head.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            var s = line.startIndex, e = line.endIndex
            while s < e, line[s] == 0x20 || line[s] == 0x09 || line[s] == 0x0D { s += 1 }
            while e > s, line[e - 1] == 0x20 || line[e - 1] == 0x09 || line[e - 1] == 0x0D { e -= 1 }
            // Two spaces where a no-break space stood: one, as the text reads.
            var out: [UInt8] = []
            out.reserveCapacity(e - s)
            for b in line[s..<e] where !(b == 0x20 && out.last == 0x20) { out.append(b) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A/RES/75/100, A/75/312, A/HRC/RES/52/1 -> the session number; E/RES/2020/1 -> the year.
    static func session(of symbol: String) -> String {
        let parts = symbol.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts[0] == "A" || parts[0] == "E" else { return "" }
        var k = 1
        while k < parts.count, !(parts[k].first?.isNumber ?? false) { k += 1 }
        guard k < parts.count, k + 1 < parts.count || parts[0] == "A" && parts[k].count <= 2 else { return "" }
        let number = parts[k].prefix { $0.isNumber }
        return number.isEmpty ? "" : String(number)
    }

    /// "Seventy-eighth session" -> 78.
    static func sessionLine(_ line: String) -> Int? {
        let words = line.lowercased().split(separator: " ")
        guard words.count == 2, words[1] == "session" else { return nil }
        return ClauseTimes.ordinal(String(words[0]))
    }

    /// "78/1. Political declaration ... on" + "sustainable development ..." (to the blank line); else the
    /// line before "Report of the Secretary-General" / "Note by the Secretary-General"; else a letter's first line.
    static func title(_ lines: [String]) -> String {
        for (i, l) in lines.enumerated() {
            guard let dot = resolutionNumberEnd(l) else { continue }
            var title = [String(l[dot...]).trimmingSpaces]
            var k = i + 1
            while k < lines.count, !lines[k].isEmpty, title.count < 4, !lines[k].hasPrefix("The ") { title.append(lines[k]); k += 1 }
            return clean(title.joined(separator: " "))
        }
        for (i, l) in lines.enumerated() where l.hasPrefix("Report of the") || l.hasPrefix("Note by the") || l.hasPrefix("Report of the Secretary") {
            var k = i - 1
            while k >= 0, lines[k].isEmpty { k -= 1 }
            if k >= 0, !lines[k].hasPrefix("Agenda item"), !lines[k].hasSuffix("session") { return clean(lines[k]) }
            return clean(l)
        }
        if let letter = lines.first(where: { $0.hasPrefix("Letter dated") || $0.hasPrefix("Identical letters dated") }) { return clean(letter) }
        return ""
    }

    /// After "75/100. " or "52/1. ": the index where the title starts.
    static func resolutionNumberEnd(_ l: String) -> String.Index? {
        var i = l.startIndex
        var sawSlash = false, digits = 0
        while i < l.endIndex, l[i].isNumber || l[i] == "/" && !sawSlash { if l[i] == "/" { sawSlash = true } else { digits += 1 }; i = l.index(after: i) }
        guard sawSlash, digits >= 2, i < l.endIndex, l[i] == "." || l[i] == " " else { return nil }
        if l[i] == " " {  // "75/101 A. Title"
            let rest = l[l.index(after: i)...]
            guard rest.count > 2, rest.first!.isUppercase, rest.dropFirst().first == "." else { return nil }
            i = l.index(i, offsetBy: 3)
        } else { i = l.index(after: i) }
        guard i < l.endIndex, l[i] == " " else { return nil }
        return i
    }

    /// A title without its footnote mark: "United Nations common system1" -> "United Nations common system".
    static func clean(_ s: String) -> String {
        var t = s.trimmingSpaces
        while let last = t.last, last.isNumber || last == "*", t.dropLast().last?.isLetter == true || last == "*" { t.removeLast() }
        return t
    }

    /// "Resolution adopted by the General Assembly on 10 December 2020", "Adopted by the Security Council
    /// at its 8700th meeting, on 10 January 2020", a masthead's issue date "16 October 2023".
    static func date(_ lines: [String]) -> String {
        for (i, l) in lines.enumerated() where l.contains("dopted by the") {
            let joined = l + " " + (i + 1 < lines.count ? lines[i + 1] : "")
            if let d = firstDate(joined) { return d }
        }
        for l in lines.prefix(40) where l.count < 24 { if let d = firstDate(l) { return d } }
        return ""
    }

    /// The first "10 December 2020" in a line, ISO.
    static func firstDate(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        for k in 0..<max(0, words.count - 2) {
            if let day = Int(words[k]), (1...31).contains(day), let month = Dates.month(words[k + 1]),
               let year = Int(words[k + 2].prefix(4)), (1945...2100).contains(year) {
                return Dates.iso(year, month, day)
            }
        }
        return nil
    }

    /// "Agenda item 74", "Agenda items 13 and 117", "Item 5 of the provisional agenda".
    static func agendaItem(_ lines: [String]) -> String {
        for l in lines.prefix(60) {
            for lead in ["Agenda items ", "Agenda item ", "Item "] where l.hasPrefix(lead) {
                var rest = String(l.dropFirst(lead.count))
                if let of = rest.firstRange(of: " of the") { rest = String(rest[..<of.lowerBound]) }
                if rest.first?.isNumber == true, rest.count < 40 { return clean(rest.trimmingSpaces) }
            }
        }
        return ""
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

}
