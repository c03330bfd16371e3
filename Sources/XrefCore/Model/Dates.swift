/// Dates as UN documents print them, one vocabulary for every reader of them (a heading's adoption date, a
/// record's issue date, a mandate's due date): month names in the languages that spell them out, and ISO output.
public enum Dates {
    /// Month names: English, French, Spanish, Russian (genitive), Arabic (the Western name that follows the
    /// Levantine one: "تشرين الأول/أكتوبر").
    static let monthNames: [[String]] = [
        ["january", "janvier", "enero", "января", "يناير"],
        ["february", "février", "febrero", "февраля", "فبراير"],
        ["march", "mars", "marzo", "марта", "مارس"],
        ["april", "avril", "abril", "апреля", "أبريل", "ابريل"],
        ["may", "mai", "mayo", "мая", "مايو"],
        ["june", "juin", "junio", "июня", "يونيه", "يونيو"],
        ["july", "juillet", "julio", "июля", "يوليه", "يوليو"],
        ["august", "août", "agosto", "августа", "أغسطس"],
        ["september", "septembre", "septiembre", "сентября", "سبتمبر"],
        ["october", "octobre", "octubre", "октября", "أكتوبر"],
        ["november", "novembre", "noviembre", "ноября", "نوفمبر"],
        ["december", "décembre", "diciembre", "декабря", "ديسمبر"],
    ]

    private static let monthNumbers: [String: Int] = {
        var out: [String: Int] = [:]
        for (i, names) in monthNames.enumerated() { for n in names { out[n] = i + 1 } }
        return out
    }()

    /// "December", "décembre", "декабря" -> 12.
    public static func month(_ word: String) -> Int? { monthNumbers[word.lowercased()] }

    /// 2025, 4, 30 -> "2025-04-30".
    public static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }
}
