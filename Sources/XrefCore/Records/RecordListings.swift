/// The field tables of `xref documents` and `xref mandates` (as `Listings` for the citation listings).
extension Listings {
    /// `xref documents`: one record a document.
    public static let documents = Listing<DocumentRecord>([
        .init("document") { .string($0.document) },
        .init("symbol", inTable: true) { .string($0.symbol) },
        .init("date", inTable: true) { .string($0.date) },
        .init("organ", inTable: true) { .string($0.organ) },
        .init("session") { .string($0.session) },
        .init("agenda_item") { .string($0.agendaItem) },
        .init("language") { .string($0.language) },
        .init("predecessor", inTable: true) { .string($0.predecessor) },
        .init("predecessor_evidence") { .string($0.predecessorEvidence) },
        .init("title", inTable: true) { .string($0.title) },
    ])

    /// `xref mandates`: one row a clause, with the documents that answer it.
    public static let mandates = Listing<(document: String, clause: MandateClause, fulfilledBy: [Fulfilment])>([
        .init("document") { .string($0.document) },
        .init("symbol", inTable: true) { .string($0.clause.symbol) },
        .init("paragraph", inTable: true) { .string($0.clause.paragraph) },
        .init("clause") { .int($0.clause.clause) },
        .init("verb", inTable: true) { .string($0.clause.verb) },
        .init("addressee", inTable: true) { .string($0.clause.addressee) },
        .init("addressee_type") { .string($0.clause.addresseeType.rawValue) },
        .init("deliverable", inTable: true) { .string($0.clause.deliverable) },
        .init("recipient") { .string($0.clause.recipients.joined(separator: " + ")) },
        .init("due", inTable: true) { .string($0.clause.due.joined(separator: " + ")) },
        .init("recurrence") { .string($0.clause.mandate ? $0.clause.recurrence.rawValue : "") },
        .init("refers_to") { .string($0.clause.refersTo ?? "") },
        .init("mandate") { .bool($0.clause.mandate) },
        .init("fulfilled_by", json: { r in .raw(r.fulfilledBy.map { Listings.fulfilment.json($0) }) },
              csv: { $0.fulfilledBy.map(\.symbolOrDocument).joined(separator: " | ") },
              table: { $0.fulfilledBy.map(\.symbolOrDocument).joined(separator: ", ") }),
        .init("start") { .int($0.clause.start) },
        .init("end") { .int($0.clause.end) },
        .init("line") { .int($0.clause.line) },
        .init("evidence", inTable: true) { .string($0.clause.evidence) },
    ])

    /// One member of a mandate's `fulfilled_by`.
    public static let fulfilment = Listing<Fulfilment>([
        .init("symbol") { .string($0.symbol) },
        .init("document") { .string($0.document) },
        .init("paragraph") { .string($0.paragraph) },
        .init("relation") { .string($0.relation) },
        .init("reason") { .string($0.reason) },
        .init("evidence") { .string($0.evidence) },
    ])
}

extension Listings {
    /// `xref diff`: one row per aligned pair or single paragraph.
    public static let diff = Listing<DiffRow>([
        .init("old") { .string($0.old) },
        .init("new") { .string($0.new) },
        .init("op") { .string($0.op.rawValue) },
        .init("similarity", json: { .raw1(String(format2: $0.similarity)) }, csv: { String(format2: $0.similarity) }),
        .init("changes") { .string($0.changes) },
    ])
}

extension String {
    /// 0.87 as "0.87": two decimals without Foundation.
    init(format2 x: Double) {
        let hundredths = Int((x * 100).rounded())
        self = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }
}
