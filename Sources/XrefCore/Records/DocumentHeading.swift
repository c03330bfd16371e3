/// A document's title and date as its head prints them: the one reader of both, for its record
/// (`xref documents`), the heading `serve` shows and the labels of graphs and pictures.
/// - the title: a resolution's title line ("75/100. Comprehensive review of special political missions",
///   continued over lines in PDF text; "77/1 التضامن مع ..." in any language, the line that begins with the
///   resolution's own number), else the line before "Report of the Secretary-General", else a letter's
///   first line;
/// - the date: the "Resolution adopted by the General Assembly on 10 December 2020" or "Adopted by the
///   Security Council at its 8700th meeting, on 10 January 2020" line, else a masthead's issue date
///   ("23 June 2020"), else the first full date of the heading in any of the six languages, as ISO.
/// The head is cut into lines as bytes: Character-wise work on every document's head cost more than
/// reading its clauses.
public enum DocumentHeading {
    /// How far into a document the head reaches, and how far the first-date and own-number rules look.
    static let headBytes = 5000
    static let headingBytes = 2000

    public static func read(_ text: [UInt8], ownSymbol: String?) -> (title: String?, date: String?) {
        read(text, head: headLines(text), ownSymbol: ownSymbol)
    }

    /// The same, with the head's lines already cut (`headLines(text)`): the record reads them too.
    static func read(_ text: [UInt8], head lines: [String], ownSymbol: String?) -> (title: String?, date: String?) {
        var title = Self.title(lines)
        var date = Self.date(lines)
        if title.isEmpty || date.isEmpty {
            // The first lines of the heading, as the six-language rules read them.
            let first = headLines(text.prefix(headingBytes)).lazy.filter { !$0.isEmpty }.prefix(30)
            if title.isEmpty, let symbol = ownSymbol { title = Self.title(of: symbol, in: Array(first)) ?? "" }
            if date.isEmpty { date = first.lazy.compactMap(Self.date(in:)).first ?? "" }
        }
        return (title.isEmpty ? nil : title, date.isEmpty ? nil : date)
    }

    /// The lines of the head (its first `headBytes`), trimmed, no-break spaces as spaces.
    static func headLines(_ text: [UInt8]) -> [String] { headLines(text.prefix(headBytes)) }

    static func headLines(_ text: ArraySlice<UInt8>) -> [String] {
        var head = Array(text)
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

    /// The rest of the line that opens with the resolution's number ("75/100", "ES-11/1"), after its dot:
    /// for the languages whose title lines the English rule does not read ("77/150 تسخير ...").
    static func title(of symbol: String, in lines: [String]) -> String? {
        guard let r = symbol.firstRange(of: "/RES/") else { return nil }
        let number = String(symbol[r.upperBound...])
        guard !number.contains(" ") else { return nil }
        for line in lines where line.hasPrefix(number) {
            var rest = line.dropFirst(number.count)
            guard let first = rest.first, first == "." || first == " " || first == "\u{3000}" else { continue }
            rest = rest.drop { $0 == "." || $0 == " " || $0 == "\u{3000}" }
            let title = String(rest.prefix(300))
            if title.count > 3 { return title }
        }
        return nil
    }

    /// "Resolution adopted by the General Assembly on 10 December 2020", "Adopted by the Security Council
    /// at its 8700th meeting, on 10 January 2020", a masthead's issue date "16 October 2023".
    static func date(_ lines: [String]) -> String {
        // Searched as bytes: a String search over every line of the head was most of reading the date.
        for (i, l) in lines.enumerated() where ByteText.firstOffset(of: adoptedBy, in: l) != nil {
            let joined = l + " " + (i + 1 < lines.count ? lines[i + 1] : "")
            if let d = firstDate(joined) { return d }
        }
        for l in lines.prefix(40) where l.count < 24 { if let d = firstDate(l) { return d } }
        return ""
    }

    static let adoptedBy = Array("dopted by the".utf8)

    /// The first "10 December 2020" in an English line, ISO: the day, month and year side by side.
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

    /// The first date in a line, as ISO: "10 December 2020", "7 octobre 2022", "7 de octubre de 2022",
    /// "7 октября 2022 года", "7 تشرين الأول/أكتوبر 2022", "2022年10月7日".
    static func date(in line: String) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" || $0 == "\u{00A0}" }).map(String.init)
        for (i, w) in words.enumerated() {
            guard let day = Int(w), (1...31).contains(day) else { continue }
            var j = i + 1
            var month: Int?
            while j < words.count, j <= i + 4, month == nil {
                if words[j] == "de" { j += 1; continue }
                month = Dates.month(words[j])
                j += 1
            }
            // An Arabic month is written twice, "تشرين الأول/أكتوبر": the last name before the year counts.
            while j < words.count, Int(words[j]) == nil, j <= i + 5 { if let m = Dates.month(words[j]) { month = m }; j += 1 }
            if words.indices.contains(j), words[j] == "de" { j += 1 }
            guard let m = month, words.indices.contains(j), let year = Int(words[j].prefix(4)), (1945...2100).contains(year) else { continue }
            return Dates.iso(year, m, day)
        }
        return chineseDate(line)
    }

    /// "2022年10月7日".
    static func chineseDate(_ line: String) -> String? {
        let s = Array(line)
        for i in s.indices where s[i] == "年" {
            var k = i - 1, digits = ""
            while k >= 0, s[k].isASCII, s[k].isNumber { digits = String(s[k]) + digits; k -= 1 }
            guard digits.count == 4, let year = Int(digits) else { continue }
            let rest = String(s[(i + 1)...])
            let parts = rest.split(separator: "月", maxSplits: 1)
            guard parts.count == 2, let month = Int(parts[0]), let dayText = parts[1].split(separator: "日").first,
                  let day = Int(dayText), (1...12).contains(month), (1...31).contains(day) else { continue }
            return Dates.iso(year, month, day)
        }
        return nil
    }
}
