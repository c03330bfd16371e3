/// One clause of an operative paragraph read as a possible mandate (DESIGN §9): what the organ asks, of
/// whom, for what, for whom, by when. The rows of `xref mandates`; `mandate` false for hortatory clauses,
/// clauses to States and self-executing decisions (listed with `--all`).
public struct MandateClause: Sendable, Hashable, Codable {
    public enum AddresseeType: String, Sendable, Codable, CaseIterable {
        case secretariat, entity, body, official, states, `self`, other
    }

    public enum Deliverable: String, Sendable, Codable, CaseIterable {
        case report, oralReport = "oral report", note, agendaItem = "agenda item", meeting, action, information, other
    }

    public enum Recurrence: String, Sendable, Codable, CaseIterable {
        case oneOff = "one-off", annual, biennial, triennial, periodic, explicitYears = "explicit years"
    }

    /// The resolution's own symbol (empty when the document has none).
    public var symbol: String
    /// Operative number as printed: `"18"`, `"66(b)"`.
    public var paragraph: String
    /// 1, 2, ... within the paragraph.
    public var clause: Int
    /// Normalized: "requests", "decides", "invites", "encourages", "takes note", ...
    public var verb: String
    public var addressee: String
    public var addresseeType: AddresseeType
    /// In the order the clause names them ("action + report"); empty when not a mandate.
    public var deliverables: [Deliverable]
    /// Bodies receiving the deliverables ("General Assembly", "Human Rights Council").
    public var recipients: [String]
    /// "GA 81", "CCPCJ 34", "2025-04-30", "2026".
    public var due: [String]
    public var recurrence: Recurrence
    /// The paragraph whose deliverable this clause adds to ("the aforementioned report").
    public var refersTo: String?
    public var mandate: Bool
    /// Byte range of the clause in the source text, and the 1-based line of its start.
    public var start: Int
    public var end: Int
    public var line: Int
    /// The clause's words, on one line.
    public var evidence: String

    public init(symbol: String, paragraph: String, clause: Int, verb: String, addressee: String,
                addresseeType: AddresseeType, deliverables: [Deliverable] = [], recipients: [String] = [],
                due: [String] = [], recurrence: Recurrence = .oneOff, refersTo: String? = nil, mandate: Bool,
                start: Int, end: Int, line: Int = 0, evidence: String) {
        self.symbol = symbol; self.paragraph = paragraph; self.clause = clause; self.verb = verb
        self.addressee = addressee; self.addresseeType = addresseeType; self.deliverables = deliverables
        self.recipients = recipients; self.due = due; self.recurrence = recurrence; self.refersTo = refersTo
        self.mandate = mandate; self.start = start; self.end = end; self.line = line; self.evidence = evidence
    }

    /// The deliverables as one field: "action + report".
    public var deliverable: String { deliverables.map(\.rawValue).joined(separator: " + ") }
}
