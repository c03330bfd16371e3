import XrefCore

/// "Find references": every citation of one symbol, counted and filtered by relation, citing organ, year
/// and citing document, sorted by date or by document, and exported as CSV or JSON. The filter lives in the
/// query string, so a filtered list is a permalink: `/references?key=A/RES/70/1&relation=recalls&year=2022`.
struct ReferenceFilter: Equatable {
    enum Sort: String { case date, document }
    var relation: String?
    var organ: String?
    var year: String?
    var document: Int?
    var sort: Sort = .date

    /// The filter a query string asks for; a value that is not one is the client's error.
    init(_ value: (String) throws -> String?) throws {
        relation = try value("relation").flatMap { $0.isEmpty ? nil : $0 }
        organ = try value("organ").flatMap { $0.isEmpty ? nil : $0 }
        year = try value("year").flatMap { $0.isEmpty ? nil : $0 }
        if let d = try value("document"), !d.isEmpty {
            guard let n = Int(d), n >= 0 else { throw BadRequest("document is a document number") }
            document = n
        }
        if let s = try value("sort"), !s.isEmpty {
            guard let v = Sort(rawValue: s) else { throw BadRequest("sort is date or document") }
            sort = v
        }
    }

    init() {}

    static func organ(_ r: Reference) -> String { r.organ?.rawValue ?? "unknown" }
    static func year(_ r: Reference) -> String { r.year.map(String.init) ?? "unknown" }

    /// Whether a hit passes every filter but `ignoring` (a facet counts what its own choice would give).
    func admits(_ r: Reference, ignoring facet: String? = nil) -> Bool {
        (facet == "relation" || relation == nil || r.relation.rawValue == relation)
            && (facet == "organ" || organ == nil || Self.organ(r) == organ)
            && (facet == "year" || year == nil || Self.year(r) == year)
            && (facet == "document" || document == nil || r.document.id == document)
    }

    /// The hits that pass, in the order asked: by date (the store's order: document date, then symbol),
    /// or by document name.
    func apply(_ hits: [Reference]) -> [Reference] {
        let kept = hits.filter { admits($0) }
        guard sort == .document else { return kept }
        return kept.enumerated().sorted { a, b in (a.element.document.label, a.offset) < (b.element.document.label, b.offset) }.map(\.element)
    }

    /// The query string of this filter for `key`, with `change` applied: links toggle one choice at a time.
    func query(_ key: String, _ change: (inout ReferenceFilter) -> Void = { _ in }, format: String? = nil) -> String {
        var f = self
        change(&f)
        var parts = ["key=" + percentEncoded(key)]
        if let v = f.relation { parts.append("relation=" + percentEncoded(v)) }
        if let v = f.organ { parts.append("organ=" + percentEncoded(v)) }
        if let v = f.year { parts.append("year=" + percentEncoded(v)) }
        if let v = f.document { parts.append("document=\(v)") }
        if f.sort != .date { parts.append("sort=" + f.sort.rawValue) }
        if let format { parts.append("format=" + format) }
        return "/references?" + parts.joined(separator: "&")
    }
}

enum ReferenceExport {
    /// The exported columns: the citation, then the citing document by name (never by server path).
    static let listing = Listing<Reference>([
        ListingField("document_id") { .int($0.document.id) },
        ListingField("document_symbol") { $0.document.ownSymbol.map(ListingValue.string) },
        ListingField("document_title") { $0.document.title.map(ListingValue.string) },
        ListingField("date") { $0.document.date.map(ListingValue.string) },
        ListingField("language") { .string($0.document.language.rawValue) },
        ListingField("file") { .string($0.document.file) },
        ListingField("organ") { .string(ReferenceFilter.organ($0)) },
        ListingField("paragraph") { .string($0.paragraph) },
        ListingField("relation") { .string($0.relation.rawValue) },
        ListingField("surface") { .string($0.surface) },
        ListingField("line") { .int($0.line) },
        ListingField("snippet") { .string($0.snippet) },
    ])
}

extension Pages {
    /// Hits shown on one page; the export always holds every filtered hit.
    static let referencesShown = 1000

    static func references(_ key: String, _ hits: [Reference], _ filter: ReferenceFilter) -> [UInt8] {
        let shown = filter.apply(hits)
        return page(title: "References to " + key) { h in
            h.element("h1", ["id": "references"], "References to " + key)
            h.markup("<p>"); h.element("a", ["href": symbolHref(key)], "← the symbol's page")
            h.text(" · \(hits.count) citations in \(Set(hits.map(\.document.id)).count) documents; shown: \(shown.count)")
            h.markup(" · export "); h.element("a", ["href": filter.query(key, format: "csv"), "id": "export-csv"], "CSV")
            h.markup(" "); h.element("a", ["href": filter.query(key, format: "json"), "id": "export-json"], "JSON")
            h.markup(" · "); h.element("a", ["href": filter.query(key), "id": "permalink"], "permalink"); h.markup("</p>")
            h.markup("<div class=\"facets\">")
            facet(&h, "Relation", "relation", key, hits, filter, value: { $0.relation.rawValue }, chosen: filter.relation) { $0.relation = $1 }
            facet(&h, "Organ", "organ", key, hits, filter, value: ReferenceFilter.organ, chosen: filter.organ) { $0.organ = $1 }
            facet(&h, "Year", "year", key, hits, filter, value: ReferenceFilter.year, chosen: filter.year, byValue: true) { $0.year = $1 }
            facet(&h, "Citing document", "document", key, hits, filter, value: { String($0.document.id) },
                  chosen: filter.document.map(String.init), name: { id in hits.first { String($0.document.id) == id }?.document.label ?? id }) {
                $0.document = $1.flatMap { Int($0) }
            }
            h.markup("</div><p class=\"pages\">Sort: ")
            for s in [ReferenceFilter.Sort.date, .document] {
                if s == filter.sort { h.element("strong", [:], "by " + s.rawValue) } else { h.element("a", ["href": filter.query(key) { $0.sort = s }], "by " + s.rawValue) }
                h.markup(" ")
            }
            h.markup("</p><table id=\"hits\"><tr><th>Citing document</th><th>Date</th><th>Organ</th><th>Paragraph</th><th>Relation</th><th>Words</th></tr>")
            for r in shown.prefix(referencesShown) {
                h.markup("<tr><td>"); h.element("a", ["href": "/document/\(r.document.id)", "title": r.document.details], r.document.label)
                h.markup("</td><td>"); h.text(r.document.date ?? "")
                h.markup("</td><td>"); h.text(ReferenceFilter.organ(r))
                h.markup("</td><td>"); h.text(GraphBuilder.label(paragraph: r.paragraph))
                h.markup("</td><td>"); h.element("span", ["class": r.relation.isMandate ? "relation mandate" : "relation"], r.relation.rawValue)
                h.markup("</td><td>"); h.element("span", ["dir": "auto", "lang": r.document.language.rawValue], r.snippet)
                h.markup("</td></tr>")
            }
            h.markup("</table>")
            if shown.count > referencesShown {
                h.element("p", ["class": "muted"], "The first \(referencesShown) of \(shown.count) are shown; the export holds them all.")
            }
        }
    }

    /// One filter's choices with their counts (under the other filters), each a link that sets or clears it.
    private static func facet(_ h: inout HTML, _ title: String, _ id: String, _ key: String, _ hits: [Reference], _ filter: ReferenceFilter,
                              value: (Reference) -> String, chosen: String?, byValue: Bool = false, name: (String) -> String = { $0 },
                              set: @escaping (inout ReferenceFilter, String?) -> Void) {
        var counts: [String: Int] = [:]
        for r in hits where filter.admits(r, ignoring: id) { counts[value(r), default: 0] += 1 }
        let ordered = counts.sorted { byValue ? $0.key > $1.key : ($0.value, $1.key) > ($1.value, $0.key) }
        h.open("section", ["class": "facet", "id": "facet-" + id]); h.element("h3", [:], title); h.markup("<ul>")
        if chosen != nil { h.markup("<li>"); h.element("a", ["href": filter.query(key) { set(&$0, nil) }], "all"); h.markup("</li>") }
        for (v, n) in ordered.prefix(40) {
            h.markup("<li>")
            if v == chosen { h.element("strong", [:], name(v)) } else { h.element("a", ["href": filter.query(key) { set(&$0, v) }], name(v)) }
            h.markup(" <span class=\"num\">"); h.text(n); h.markup("</span></li>")
        }
        if ordered.count > 40 { h.element("li", ["class": "muted"], "and \(ordered.count - 40) more") }
        h.markup("</ul>"); h.close("section")
    }
}
