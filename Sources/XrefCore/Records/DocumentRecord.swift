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
    /// The record a document states about itself. Its title and date are the heading's
    /// (`DocumentHeading`, the one reader of both), already in `context`; `head` is the lines the heading
    /// read (`DocumentHeading.headLines`), cut once for both.
    static func read(head lines: [String], path: String, context: DocumentContext) -> DocumentRecord {
        let symbol = context.ownSymbols.first ?? ""
        var record = DocumentRecord(document: path, symbol: symbol, organ: context.organ?.rawValue ?? "",
                                    session: session(of: symbol), language: context.language.rawValue)
        record.title = context.title ?? ""
        record.date = context.date ?? ""
        record.agendaItem = agendaItem(lines)
        if record.session.isEmpty, let n = lines.lazy.compactMap(sessionLine).first { record.session = String(n) }
        return record
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

    /// "Agenda item 74", "Agenda items 13 and 117", "Item 5 of the provisional agenda".
    static func agendaItem(_ lines: [String]) -> String {
        for l in lines.prefix(60) {
            for lead in ["Agenda items ", "Agenda item ", "Item "] where l.hasPrefix(lead) {
                var rest = String(l.dropFirst(lead.count))
                if let of = rest.firstRange(of: " of the") { rest = String(rest[..<of.lowerBound]) }
                if rest.first?.isNumber == true, rest.count < 40 { return DocumentHeading.clean(rest.trimmingSpaces) }
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
