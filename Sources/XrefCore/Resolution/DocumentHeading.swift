/// A document's title and date as its first lines print them, for showing a document by name rather than
/// by file (DESIGN §9 names a fuller `DocumentRecord`; this is what the heading alone says):
/// - the date: the first full date of the heading ("Resolution adopted by the General Assembly on
///   10 December 2020", "Adopted by the Security Council at its 8700th meeting, on 10 January 2020", a
///   report's "Distr.: General 23 June 2020"), in any of the six languages, as ISO `2020-12-10`;
/// - the title: a resolution's title line ("75/100. Comprehensive review of special political missions",
///   "77/1 التضامن مع ..."), the line that begins with the resolution's own number.
public enum DocumentHeading {
    /// How far into a document the heading reaches.
    static let headingBytes = 2000

    public static func read(_ text: [UInt8], ownSymbol: String?) -> (title: String?, date: String?) {
        let head = String(decoding: text.prefix(headingBytes), as: UTF8.self)
        let lines = head.split(whereSeparator: \.isNewline).map(trimmed).filter { !$0.isEmpty }.prefix(30)
        var date: String?
        for line in lines { if let d = Self.date(in: line) { date = d; break } }
        return (ownSymbol.flatMap { Self.title(of: $0, in: Array(lines)) }, date)
    }

    /// The rest of the line that opens with the resolution's number ("75/100", "ES-11/1"), after its dot.
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

    /// By index, not through reversed views: building a String from a reversed slice of a reversed
    /// collection went character by character and was a quarter of all the time of `xref extract`.
    private static func trimmed(_ s: Substring) -> String {
        var lower = s.startIndex, upper = s.endIndex
        while lower < upper, s[lower].isWhitespace { lower = s.index(after: lower) }
        while upper > lower, s[s.index(before: upper)].isWhitespace { upper = s.index(before: upper) }
        return String(s[lower..<upper])
    }
}
