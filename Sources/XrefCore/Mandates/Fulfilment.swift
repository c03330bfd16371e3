/// A document that answers a mandate (DESIGN §9), found across the documents read: a report "submitted
/// pursuant to resolution X" or prepared "in response to the request in paragraph N of resolution X", or a
/// later resolution's "Takes note of the report ... submitted pursuant to resolution X" whose footnote names
/// the report. Matched to the requesting paragraph: the one named, else the report clauses whose due
/// session fits the answering document's session; when several fit, each is listed with the reason.
public struct Fulfilment: Sendable, Hashable {
    /// The answering document's symbol (the report), or empty when only its file is known.
    public var symbol: String
    /// The file whose text states it.
    public var document: String
    /// The paragraph of that file holding the evidence.
    public var paragraph: String
    public var relation: String
    /// Why this mandate paragraph: "paragraph named", "due GA 79", "only report requested", "one of N that fit".
    public var reason: String
    public var evidence: String

    public var symbolOrDocument: String { symbol.isEmpty ? document : symbol }
}

public enum Fulfilments {
    /// Mandate clauses by "symbol#paragraph#clause".
    public static func key(_ c: MandateClause) -> String { c.symbol + "#" + c.paragraph + "#" + String(c.clause) }

    static let answering: Set<Relation> = [.pursuantTo, .requestedBy, .furtherTo, .inAccordanceWith, .implements]

    /// For every mandate clause of the documents read, what answers it.
    public static func join(_ analyses: [DocumentAnalysis]) -> [String: [Fulfilment]] {
        var clausesBySymbol: [String: [MandateClause]] = [:]
        for a in analyses { for c in a.clauses where c.mandate && !c.symbol.isEmpty { clausesBySymbol[c.symbol, default: []].append(c) } }
        guard !clausesBySymbol.isEmpty else { return [:] }
        var out: [String: [Fulfilment]] = [:]
        for a in analyses {
            let isResolution = a.hasOperativeClauses
            for c in a.citations where answering.contains(c.relation) {
                guard let clauses = clausesBySymbol[c.symbol], c.symbol != a.key else { continue }
                // Who answers: the report the sentence or its footnote names; a report itself when it says so.
                var answers: [String] = a.mandates.filter { $0.target == c.symbol && $0.paragraph == c.paragraph }.compactMap {
                    if case .symbol(let s) = $0.source { return s }
                    return isResolution ? nil : a.key
                }
                if let note = footnoteSymbol(after: c, in: a) { answers.append(note) }
                if answers.isEmpty, !isResolution, c.relation != .implements { answers = [a.key] }
                for answer in Set(answers).sorted() {
                    let session = Int(Records.session(of: answer)) ?? Int(a.record.session)
                    for (clause, reason) in match(clauses, pinpoint: c.pinpoint, session: session) {
                        let f = Fulfilment(symbol: answer.hasPrefix("doc:") ? "" : answer, document: a.path, paragraph: c.paragraph,
                                           relation: c.relation.rawValue, reason: reason, evidence: a.snippet(for: c, radius: 80))
                        if !(out[key(clause)]?.contains(f) ?? false) { out[key(clause), default: []].append(f) }
                    }
                }
            }
        }
        return out
    }

    /// The requesting clauses: the paragraph named ("paragraph 12"); else report clauses due at the
    /// answering document's session; else the only report clause; else all report clauses.
    static func match(_ clauses: [MandateClause], pinpoint: String?, session: Int?) -> [(MandateClause, String)] {
        if let p = pinpoint, p.hasPrefix("para. ") {
            let n = String(p.dropFirst(6))
            let named = clauses.filter { $0.paragraph == n || $0.paragraph.hasPrefix(n + "(") }
            if !named.isEmpty { return named.map { ($0, "paragraph named") } }
        }
        let reports = clauses.filter { $0.deliverables.contains { [.report, .oralReport, .information, .note].contains($0) } }
        if let s = session {
            let due = reports.filter { $0.due.contains { $0.hasSuffix(" \(s)") } }
            if due.count == 1 { return [(due[0], "due \(due[0].due.first { $0.hasSuffix(" \(s)") }!)")] }
            if due.count > 1 { return due.map { ($0, "one of \(due.count) due at session \(s)") } }
        }
        if reports.count == 1 { return [(reports[0], "only report requested")] }
        return reports.map { ($0, "one of \(reports.count) report requests") }
    }

    /// "... submitted pursuant to resolution 77/19,1" with footnote 1 naming A/79/302: the document symbol
    /// of the footnote whose mark follows the citation.
    static func footnoteSymbol(after c: Citation, in a: DocumentAnalysis) -> String? {
        guard let mark = c.footnoteMark else { return nil }
        return a.citations.first { $0.paragraph == "fn\(mark)" && $0.type == .document }?.symbol
    }
}
