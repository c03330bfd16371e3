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
