import XrefCore

/// One mandate clause of a resolution as its page lists it (issue 18): the clause and the documents read
/// that fulfil it, each named as pages name documents.
public struct MandateRow: Sendable {
    public struct Fulfilled: Sendable {
        /// The answering document's symbol (a report the text names), when known.
        public var key: String?
        /// The document read that states the fulfilment.
        public var document: DocumentRef?
        public var paragraph: String
        public var relation: String
        public var reason: String
    }
    public var clause: MandateClause
    public var fulfilledBy: [Fulfilled]
}

/// A mandate a document answers: the requesting resolution's clause and how this document answers it.
public struct Answer: Sendable {
    public var clause: MandateClause
    public var how: MandateRow.Fulfilled
}

/// The mandates of the documents read, by document number: what each creates and what each answers.
struct MandateBook {
    var created: [[MandateRow]]
    var answered: [[Answer]]

    init(_ analyses: [DocumentAnalysis], refs: [DocumentRef], documentByPath: [String: Int]) {
        let answers = Fulfilments.join(analyses)
        created = Array(repeating: [], count: analyses.count)
        answered = Array(repeating: [], count: analyses.count)
        for (i, a) in analyses.enumerated() {
            for c in a.clauses where c.mandate {
                let by = (answers[Fulfilments.key(c)] ?? []).map { f in
                    MandateRow.Fulfilled(key: f.symbol.isEmpty ? nil : f.symbol, document: documentByPath[f.document].map { refs[$0] },
                                         paragraph: f.paragraph, relation: f.relation, reason: f.reason)
                }
                created[i].append(MandateRow(clause: c, fulfilledBy: by))
                for (f, how) in zip(answers[Fulfilments.key(c)] ?? [], by) {
                    if let d = documentByPath[f.document] { answered[d].append(Answer(clause: c, how: how)) }
                }
            }
        }
    }
}

extension Pages {
    /// A resolution's mandates: paragraph, verb, addressee, deliverable, recipient, due, recurrence, and
    /// the documents that fulfil each, linked.
    static func mandateTable(_ h: inout HTML, _ rows: [MandateRow]) {
        guard !rows.isEmpty else { return }
        let open = rows.filter { $0.fulfilledBy.isEmpty }.count
        h.markup("<section id=\"mandates\">")
        h.element("h2", [:], "Mandates: " + plural(rows.count, "clause") + ", \(open) with no fulfilling document read")
        h.markup("<table><tr><th>¶</th><th>Verb</th><th>Addressee</th><th>Deliverable</th><th>To</th><th>Due</th><th>Recurrence</th><th>Fulfilled by</th><th>Words</th></tr>")
        for r in rows {
            let c = r.clause
            h.markup("<tr class=\"mandate-row\"><td>"); h.text(c.paragraph + (c.clause > 1 ? ".\(c.clause)" : ""))
            h.markup("</td><td>"); h.text(c.verb)
            h.markup("</td><td>"); h.text(c.addressee); h.markup("<div class=\"muted\">"); h.text(c.addresseeType.rawValue)
            h.markup("</div></td><td>"); h.text(c.deliverable)
            if let to = c.refersTo { h.markup("<div class=\"muted\">"); h.text("adds to ¶" + to); h.markup("</div>") }
            h.markup("</td><td>"); h.text(c.recipients.joined(separator: " + "))
            h.markup("</td><td>"); h.text(c.due.joined(separator: " + "))
            h.markup("</td><td>"); h.text(c.recurrence.rawValue); h.markup("</td><td>")
            if r.fulfilledBy.isEmpty { h.markup("<span class=\"muted\">none read</span>") } else {
                h.markup("<ul class=\"fulfilled\">")
                for f in r.fulfilledBy { h.markup("<li>"); fulfiller(&h, f); h.markup("</li>") }
                h.markup("</ul>")
            }
            h.markup("</td>")
            h.open("td", ["class": "words", "dir": "auto", "title": c.evidence])
            h.text(c.evidence.count > 220 ? String(c.evidence.prefix(220)) + "…" : c.evidence)
            h.markup("</td></tr>")
        }
        h.markup("</table></section>")
    }

    /// What a document answers: the requesting paragraph, its resolution and what was asked.
    static func answers(_ h: inout HTML, _ list: [Answer]) {
        guard !list.isEmpty else { return }
        h.markup("<section id=\"answers\">")
        h.element("h2", [:], "Answers " + plural(list.count, "mandate"))
        h.markup("<ul>")
        for a in list {
            h.markup("<li>"); h.text("¶" + a.clause.paragraph + " of ")
            if a.clause.symbol.isEmpty { h.text("a resolution read") } else { h.element("a", ["href": symbolHref(a.clause.symbol)], a.clause.symbol) }
            h.text(": " + [a.clause.verb, a.clause.addressee, "—", a.clause.deliverable].joined(separator: " ")
                   + (a.clause.due.isEmpty ? "" : ", due " + a.clause.due.joined(separator: " + ")) + " ")
            h.element("span", ["class": "relation"], a.how.relation)
            h.markup(" <span class=\"muted\">"); h.text(a.how.reason); h.markup("</span></li>")
        }
        h.markup("</ul></section>")
    }

    private static func fulfiller(_ h: inout HTML, _ f: MandateRow.Fulfilled) {
        if let key = f.key { h.element("a", ["href": symbolHref(key)], key) }
        else if let d = f.document { h.element("a", ["href": documentHref(d), "title": d.details], d.label) }
        if !f.paragraph.isEmpty { h.text(" ¶" + f.paragraph) }
        h.markup(" "); h.element("span", ["class": "relation"], f.relation)
        if let d = f.document, f.key != nil { h.markup(" <span class=\"muted\">in "); h.element("a", ["href": documentHref(d), "title": d.details], d.label); h.markup("</span>") }
        h.markup(" <span class=\"muted\">"); h.text(f.reason); h.markup("</span>")
    }
}
