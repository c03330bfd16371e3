/// When a clause's deliverable is due and how often (DESIGN §9): session ordinals ("eighty-first" -> 81),
/// months, and the words of recurrence, as data with examples a test reads.
public enum ClauseTimes {
    static let units: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    ]
    static let ordinalWords: [String: Int] = [
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// "eighty-first" -> 81, "eightieth" -> 80, "thirty-third" -> 33, "81st" -> 81.
    public static func ordinal(_ word: String) -> Int? {
        if let n = units[word] ?? ordinalWords[word] { return n }
        if let dash = word.firstIndex(of: "-"), let t = tens[String(word[..<dash])],
           let u = units[String(word[word.index(after: dash)...])] { return t + u }
        let digits = word.prefix { $0.isNumber }
        if !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) { return Int(digits) }
        return nil
    }

    /// French stems of cardinals and ordinals ("quatre", "vingt", "unième" -> "un").
    static let frenchNumbers: [String: Int] = [
        "un": 1, "une": 1, "premier": 1, "première": 1, "deux": 2, "second": 2, "seconde": 2, "trois": 3, "quatre": 4, "quatr": 4,
        "cinq": 5, "cinqu": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "neuv": 9, "dix": 10, "onze": 11, "onz": 11,
        "douze": 12, "douz": 12, "treize": 13, "treiz": 13, "quatorze": 14, "quatorz": 14, "quinze": 15, "quinz": 15,
        "seize": 16, "seiz": 16, "vingt": 20, "vingts": 20, "trente": 30, "trent": 30, "quarante": 40, "quarant": 40,
        "cinquante": 50, "cinquant": 50, "soixante": 60, "soixant": 60, "cent": 100, "et": 0,
    ]

    /// "quatre-vingt-unième" -> 81, "soixante-dix-huitième" -> 78, "trente-deuxième" -> 32, "première" -> 1.
    public static func frenchOrdinal(_ word: String) -> Int? {
        guard word.hasSuffix("ième") || word == "premier" || word == "première" else { return nil }
        var parts = word.split(separator: "-").map(String.init)
        if parts[parts.count - 1].hasSuffix("ième") { parts[parts.count - 1] = String(parts[parts.count - 1].dropLast(4)) }
        var total = 0, k = 0
        while k < parts.count {
            guard let n = frenchNumbers[parts[k]] else { return nil }
            // "quatre-vingt": four twenties.
            if n == 4, k + 1 < parts.count, frenchNumbers[parts[k + 1]] == 20 { total += 80; k += 2; continue }
            total += n; k += 1
        }
        return total > 0 ? total : nil
    }

    static let spanishTens: [String: Int] = [
        "décimo": 10, "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50, "sexagésimo": 60,
        "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90, "centésimo": 100, "undécimo": 11, "duodécimo": 12,
    ]
    static let spanishUnits: [String: Int] = [
        "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3,
        "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7,
        "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
    ]

    /// "octogésimo primer" -> 81 (two words), "septuagésimo" -> 70, "59º" -> 59; the number and how many words it takes.
    public static func spanishOrdinal(_ w: String, next: String) -> (Int, Int)? {
        if let t = spanishTens[w] {
            if let u = spanishUnits[next] { return (t + u, 2) }
            return (t, 1)
        }
        if let u = spanishUnits[w] { return (u, 1) }
        // "59º", "59°", "59.º"
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let n = Int(digits), ["º", "°", ".º", "o"].contains(String(w.dropFirst(digits.count))) { return (n, 1) }
        return nil
    }

    public struct RecurrenceCue: Sendable {
        /// Lower-case words.
        public let phrase: String
        public let recurrence: MandateClause.Recurrence
        public let example: String
    }

    /// The cues with their phrases cut into words once.
    static let recurrenceWords: [(cue: RecurrenceCue, words: [String])] = recurrences.map { ($0, $0.phrase.split(separator: " ").map(String.init)) }

    /// First match in this order wins: "at its eighty-first session and thereafter on a biennial basis" is biennial.
    public static let recurrences: [RecurrenceCue] = [
        .init(phrase: "biennial basis", recurrence: .biennial,
              example: "Decides to include in the provisional agenda of its eighty-first session, and to consider thereafter on a biennial basis, the item entitled “Culture of peace”;"),
        .init(phrase: "every two years", recurrence: .biennial,
              example: "Requests the Secretary-General to report to the General Assembly every two years on the implementation of the present resolution;"),
        .init(phrase: "biennially", recurrence: .biennial,
              example: "Requests the Secretary-General to report biennially to the General Assembly on the matter;"),
        .init(phrase: "triennial basis", recurrence: .triennial,
              example: "Requests the Secretary-General to continue to update the composition of the levels on a triennial basis, and to report thereon to the General Assembly;"),
        .init(phrase: "every three years", recurrence: .triennial,
              example: "Requests the Secretary-General to submit a report every three years;"),
        .init(phrase: "annual basis", recurrence: .annual,
              example: "Requests the Secretary-General to report on an annual basis to the General Assembly;"),
        .init(phrase: "annually", recurrence: .annual,
              example: "Requests the Secretary-General to report annually to the General Assembly on the activities of the Fund;"),
        .init(phrase: "annual report", recurrence: .annual,
              example: "Requests the Institute to provide the annual report on its activities to the Office;"),
        .init(phrase: "each year", recurrence: .annual,
              example: "Requests the Secretary-General to submit a report each year to the General Assembly;"),
        .init(phrase: "every year", recurrence: .annual,
              example: "Requests the High Commissioner to report every year to the Human Rights Council;"),
        .init(phrase: "every", recurrence: .periodic,
              example: "Requests the Secretary-General to report every 90 days on developments in the situation;"),
        .init(phrase: "periodically", recurrence: .periodic,
              example: "Requests the Secretary-General to report periodically to the Security Council;"),
        .init(phrase: "regular reports", recurrence: .periodic,
              example: "Requests the Secretary-General to submit regular reports to the Security Council on the situation;"),
        .init(phrase: "regularly", recurrence: .periodic,
              example: "Requests the Secretary-General to brief the Council regularly on the situation;"),
    ]
}
