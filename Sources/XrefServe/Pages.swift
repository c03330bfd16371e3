import XrefCore
import XrefExport

/// The pages of `xref serve`, rendered on the server from a store's answers. Every link to a symbol is
/// `/symbol?key=KEY`, to a document `/document/N`.
enum Pages {
    static func symbolHref(_ key: String) -> String { "/symbol?key=" + percentEncoded(key) }
    static func expandQuery(_ keys: [String]) -> String { keys.map { "&expand=" + percentEncoded($0) }.joined() }
    static func documentHref(_ d: DocumentRef) -> String { "/document/\(d.id)" }

    /// The page frame is English; document text carries its own `lang` (each paragraph, the text block).
    static func page(title: String, query: String = "", _ body: (inout HTML) -> Void) -> [UInt8] {
        var h = HTML()
        h.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.open("title"); h.text(title + " — xref"); h.close("title")
        h.markup("<link rel=\"stylesheet\" href=\"/static/xref.css\"><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"></head><body>\n<header><a class=\"home\" href=\"/\">xref</a>")
        h.markup("<form id=\"search\" action=\"/search\" method=\"get\" role=\"search\" autocomplete=\"off\">")
        h.open("input", ["id": "q", "name": "q", "list": "keys", "value": query, "aria-label": "Symbol",
                         "placeholder": "74/177, A/RES/74/177, 2396 (2017), decision 74/550"])
        h.markup("<button type=\"submit\">Find</button></form><datalist id=\"keys\"></datalist><nav><a href=\"/\">Overview</a></nav></header>\n<main>")
        body(&h)
        h.markup("</main>\n<script src=\"/static/xref.js\"></script>\n</body></html>\n")
        return h.bytes
    }

    static func overview(_ o: Overview) -> [UInt8] {
        page(title: "Overview") { h in
            h.element("h1", [:], "\(o.documents.count) documents, \(o.citations) citations")
            h.element("h2", [:], "Most cited")
            h.markup("<table id=\"most-cited\"><tr><th>Symbol</th><th>Organ</th><th>Type</th><th class=\"num\">Citations</th></tr>")
            for r in o.mostCited {
                h.markup("<tr><td>"); symbolLink(&h, r.key); h.markup("</td><td>"); h.text(r.organ.rawValue)
                h.markup("</td><td>"); h.text(r.type.rawValue); h.markup("</td><td class=\"num\">"); h.text(r.count); h.markup("</td></tr>")
            }
            h.markup("</table>")
            for (title, rows) in [("By organ", o.byOrgan), ("By type", o.byType)] {
                h.element("h2", [:], title)
                h.markup("<table><tr><th></th><th class=\"num\">Symbols</th><th class=\"num\">Citations</th></tr>")
                for r in rows {
                    h.markup("<tr><td>"); h.text(r.name); h.markup("</td><td class=\"num\">"); h.text(r.symbols)
                    h.markup("</td><td class=\"num\">"); h.text(r.citations); h.markup("</td></tr>")
                }
                h.markup("</table>")
            }
            h.element("h2", [:], "Documents that could not be read")
            if o.failures.isEmpty { h.element("p", ["class": "muted"], "None.") } else {
                h.markup("<ul id=\"failures\">")
                for f in o.failures { h.markup("<li>"); h.text(f.path); h.markup(": <span class=\"error\">"); h.text(f.reason); h.markup("</span></li>") }
                h.markup("</ul>")
            }
            h.element("h2", [:], "Documents")
            h.markup("<ul id=\"documents\">")
            for d in o.documents { h.markup("<li>"); documentLink(&h, d); described(&h, d); h.markup("</li>") }
            h.markup("</ul>")
        }
    }

    static func symbol(_ s: SymbolPage, depth: Int, filter: PictureFilter = PictureFilter(),
                       choices: PictureChoices = PictureChoices(), room: Int = PictureOverview.limit, expand: [String] = []) -> [UInt8] {
        page(title: s.key) { h in
            h.element("h1", ["id": "symbol"], s.key)
            h.markup("<dl><dt>Organ</dt><dd>"); h.text(s.organ.rawValue)
            h.markup("</dd><dt>Type</dt><dd>"); h.text(s.type.rawValue)
            h.markup("</dd><dt>Cited</dt><dd>"); h.text(plural(s.count, "time")); h.markup("</dd>")
            if let url = s.url { h.markup("<dt>Official text</dt><dd>"); h.element("a", ["href": url, "rel": "noopener"], url); h.markup("</dd>") }
            if !s.resolved { h.markup("<dt>Resolved</dt><dd class=\"error\">no: the organ could not be settled</dd>") }
            if !s.readAs.isEmpty {
                h.markup("<dt>Read as</dt><dd>")
                for (i, d) in s.readAs.enumerated() { if i > 0 { h.markup(", ") }; documentLink(&h, d) }
                h.markup("</dd>")
            }
            h.markup("</dl>")
            let paragraphs = s.citing.reduce(0) { $0 + $1.paragraphs.count }
            if s.window.count == s.citations {
                h.element("h2", [:], "Cited in " + plural(paragraphs, "paragraph"))
            } else {
                h.element("h2", [:], "Citations \(s.window.lowerBound + 1)–\(s.window.upperBound) of \(s.citations)")
                h.markup("<p class=\"pages\">")
                if s.window.lowerBound > 0 {
                    h.element("a", ["href": symbolHref(s.key) + "&from=\(max(0, s.window.lowerBound - Server.pageSize))", "rel": "prev"], "← earlier")
                    h.markup(" ")
                }
                if s.window.upperBound < s.citations {
                    h.element("a", ["href": symbolHref(s.key) + "&from=\(s.window.upperBound)", "rel": "next"], "later →")
                }
                h.markup("</p>")
            }
            if s.citations > 0 {
                h.markup("<p>"); h.element("a", ["href": "/references?key=" + percentEncoded(s.key), "id": "find-references"],
                                            "Find references: all \(s.citations) citations, by relation, organ, year and document; export")
                h.markup("</p>")
            }
            h.markup("<div id=\"citing\">")
            for group in s.citing {
                h.markup("<section class=\"document\"><h3>"); documentLink(&h, group.document); described(&h, group.document); h.markup("</h3>")
                for p in group.paragraphs { paragraph(&h, p, relation: p.marks.first?.relation, language: group.document.language) }
                h.markup("</section>")
            }
            h.markup("</div>")
            mandateTable(&h, s.mandates)
            mandates(&h, "Rests on", id: "rests-on", s.restsOn, arrow: "→ ", empty: "Nothing read says what this rests on.")
            mandates(&h, "Rested on by", id: "rested-on-by", s.restedOnBy, arrow: "← ", empty: "No mandate to it was read.")
            h.element("h2", [:], "Neighbourhood")
            h.markup("<p class=\"muted\">")
            for d in 1...2 {
                if d == depth { h.text("depth \(d)") } else { h.element("a", ["href": symbolHref(s.key) + "&depth=\(d)" + filter.query], "depth \(d)") }
                h.markup(" ")
            }
            h.markup("</p>")
            pictureFilters(&h, s.key, depth: depth, filter, choices)
            let roomQuery = room == PictureOverview.limit ? "" : "&room=\(room)"
            h.open("object", ["id": "neighbourhood", "type": "image/svg+xml",
                              "data": "/graph.svg?key=" + percentEncoded(s.key) + "&depth=\(depth)" + filter.query + roomQuery + expandQuery(expand)])
            h.close("object")
            // An overview's node, clicked, is offered here (page or neighbours) instead of opened at once.
            if choices.nodes > room {
                h.element("p", ["id": "picture-selected", "hidden": "hidden"], "")
            }
            // An overview grows on demand: twice the room, drawn again (a bigger picture takes longer). Offered
            // when the links around the symbol already reach more than the room.
            if choices.nodes > room && room < Server.maxRoom {
                h.markup("<p>")
                h.element("a", ["id": "show-more", "href": symbolHref(s.key) + "&depth=\(depth)" + filter.query + "&room=\(min(2 * room, Server.maxRoom))"],
                          "Show more: draw up to \(min(2 * room, Server.maxRoom)) documents and symbols")
                h.markup("</p>")
            }
        }
    }

    static func document(_ d: DocumentPage) -> [UInt8] {
        page(title: d.ref.label) { h in
            h.element("h1", ["id": "document"], d.ref.label)
            if let title = d.ref.title { h.element("p", ["class": "title", "dir": "auto", "lang": d.ref.language.rawValue], title) }
            if d.editions.count > 1 {
                h.markup("<nav id=\"editions\" aria-label=\"Editions\">Editions: ")
                for e in d.editions {
                    let name = Self.languageNames[e.language] ?? e.language.rawValue
                    if e.id == d.ref.id { h.element("strong", ["title": name], e.language.rawValue.uppercased()) }
                    else { h.element("a", ["href": documentHref(e), "hreflang": e.language.rawValue, "title": name], e.language.rawValue.uppercased()) }
                    h.markup(" ")
                }
                h.markup("</nav>")
            }
            h.markup("<dl>")
            if let own = d.ref.ownSymbol { h.markup("<dt>Symbol</dt><dd>"); symbolLink(&h, own); h.markup("</dd>") }
            if let date = d.ref.date { h.markup("<dt>Date</dt><dd>"); h.text(date); h.markup("</dd>") }
            h.markup("<dt>Language</dt><dd>"); h.text(Self.languageNames[d.ref.language] ?? d.ref.language.rawValue); h.markup("</dd>")
            if let r = d.record {
                for (name, value) in [("Organ", r.organ), ("Session", r.session), ("Agenda item", r.agendaItem)] where !value.isEmpty {
                    h.markup("<dt>"); h.text(name); h.markup("</dt><dd>"); h.text(value); h.markup("</dd>")
                }
                if !r.predecessor.isEmpty {
                    h.markup("<dt>Predecessor</dt><dd>"); symbolLink(&h, r.predecessor)
                    h.markup(" <span class=\"muted\">"); h.text("(" + r.predecessorEvidence + ")"); h.markup("</span></dd>")
                }
            }
            h.markup("<dt>File</dt><dd>"); h.text(d.ref.file); h.markup("</dd></dl>")
            mandateTable(&h, d.mandates)
            answers(&h, d.answers)
            mandates(&h, "Mandated by", id: "mandated-by", d.mandatedBy, arrow: "→ ", empty: "No mandate was read in it.")
            h.element("h2", [:], plural(d.citations.count, "citation"))
            h.markup("<table id=\"citations\"><tr><th>Paragraph</th><th>Symbol</th><th>Relation</th><th>Words</th><th class=\"num\">Line</th></tr>")
            for c in d.citations {
                h.markup("<tr><td>"); h.text(GraphBuilder.label(paragraph: c.paragraph)); h.markup("</td><td>"); symbolLink(&h, c.symbol)
                h.markup("</td><td>"); relation(&h, c.relation); h.markup("</td>")
                h.open("td", ["dir": "auto", "lang": d.ref.language.rawValue]); h.text(c.surface)
                h.markup("</td><td class=\"num\">"); h.text(c.line); h.markup("</td></tr>")
            }
            h.markup("</table>")
            h.element("h2", [:], d.wholeText ? "Text" : "Citing paragraphs")
            if !d.wholeText {
                h.element("p", ["class": "muted", "id": "partial"],
                          "Only the paragraphs that cite are shown: the document's text is not at hand (served from an index, or its file is gone, changed or now outside the folder).")
            }
            h.open("div", ["id": "text", "lang": d.ref.language.rawValue])
            for b in d.blocks { paragraph(&h, b, relation: nil, language: d.ref.language) }
            h.markup("</div>")
        }
    }

    static func choices(_ input: String, _ keys: [String]) -> [UInt8] {
        page(title: input, query: input) { h in
            h.element("h1", [:], input + " may mean")
            h.markup("<ul id=\"choices\">")
            for k in keys { h.markup("<li>"); symbolLink(&h, k); h.markup("</li>") }
            h.markup("</ul>")
        }
    }

    static func notFound(_ what: String, nearest: [String]) -> [UInt8] {
        page(title: "Not found", query: what) { h in
            h.element("h1", [:], "Not found")
            h.element("p", ["class": "error"], what + " is not in this corpus.")
            if !nearest.isEmpty {
                h.markup("<p>Did you mean ")
                for (i, k) in nearest.enumerated() { if i > 0 { h.markup(", ") }; symbolLink(&h, k) }
                h.markup("?</p>")
            }
        }
    }

    static func noPage(_ what: String) -> [UInt8] {
        page(title: "Not found") { h in
            h.element("h1", [:], "Not found")
            h.element("p", ["class": "error"], "There is no " + what + " here.")
        }
    }

    static func badRequest(_ reason: String, title: String = "Bad request") -> [UInt8] {
        page(title: title) { h in
            h.element("h1", [:], title)
            h.element("p", ["class": "error"], reason)
        }
    }

    // MARK: pieces

    /// The picture's filters: a plain form (no script) that reloads the page with what to hide, so a
    /// filtered picture is a link.
    private static func pictureFilters(_ h: inout HTML, _ key: String, depth: Int, _ filter: PictureFilter,
                                       _ choices: PictureChoices) {
        guard !(choices.organs.count < 2 && choices.types.count < 2 && choices.relations.count < 2) else { return }
        h.open("form", ["id": "picture-filters", "action": "/symbol", "method": "get"])
        h.open("input", ["type": "hidden", "name": "key", "value": key])
        h.open("input", ["type": "hidden", "name": "depth", "value": String(depth)])
        let groups: [(String, String, [String], Set<String>)] = [
            ("Hide organs", "hide-organ", choices.organs, filter.organs), ("Hide types", "hide-type", choices.types, filter.types),
            ("Hide relations", "hide-relation", choices.relations, filter.relations),
        ]
        for (title, name, values, hidden) in groups where values.count > 1 || !hidden.isEmpty {
            h.open("fieldset", [:]); h.element("legend", [:], title)
            for v in values.sorted() {
                h.markup("<label>")
                if hidden.contains(v) { h.open("input", ["type": "checkbox", "name": name, "value": v, "checked": "checked"]) }
                else { h.open("input", ["type": "checkbox", "name": name, "value": v]) }
                h.text(v); h.markup("</label> ")
            }
            h.close("fieldset")
        }
        h.markup("<button type=\"submit\">Draw</button></form>")
    }

    private static func symbolLink(_ h: inout HTML, _ key: String) { h.element("a", ["href": symbolHref(key)], key) }
    private static func documentLink(_ h: inout HTML, _ d: DocumentRef) { h.element("a", ["href": documentHref(d), "title": d.details], d.label) }

    /// After a document's link: its title and date, muted.
    private static func described(_ h: inout HTML, _ d: DocumentRef) {
        guard d.title != nil || d.date != nil else { return }
        h.markup(" <span class=\"muted\" dir=\"auto\">")
        h.text([d.title, d.date].compactMap { $0 }.joined(separator: " · "))
        h.markup("</span>")
    }

    static let languageNames: [Language: String] = [.en: "English", .fr: "French", .es: "Spanish", .ru: "Russian", .zh: "Chinese", .ar: "Arabic"]

    private static func relation(_ h: inout HTML, _ r: Relation) {
        h.element("span", ["class": r.isMandate ? "relation mandate" : "relation"], r.rawValue)
    }

    /// A paragraph with its citations marked, each mark a link to its symbol.
    private static func paragraph(_ h: inout HTML, _ p: MarkedText, relation r: Relation?, language: Language) {
        // The paragraph in its document's language; Arabic set right to left as a whole, so it is aligned
        // right (dir=auto on the words alone would leave the block aligned left).
        if language == .ar { h.open("div", ["class": "para", "lang": "ar", "dir": "rtl"]) } else { h.open("div", ["class": "para", "lang": language.rawValue]) }
        h.element("span", ["class": "id"], GraphBuilder.label(paragraph: p.paragraph))
        if let r { relation(&h, r) }
        // dir=auto: an Arabic paragraph runs right to left, its marks and numbers in place.
        h.markup(" <span class=\"words\" dir=\"auto\">")
        // Shown as a reader sees it: "resolution 74/177", not the Markdown "resolution [74/177](#)".
        let (visible, ranges) = MarkdownText.unwrapped(p.text, ranges: p.marks.map(\.range))
        let bytes = Array(visible.utf8)
        var at = 0
        for (m, r) in zip(p.marks, ranges).sorted(by: { $0.1.lowerBound < $1.1.lowerBound }) where r.lowerBound >= at && r.upperBound <= bytes.count {
            h.text(String(decoding: bytes[at..<r.lowerBound], as: UTF8.self))
            h.open("mark", ["title": m.key + " (" + m.relation.rawValue + ")"])
            h.element("a", ["href": symbolHref(m.key)], String(decoding: bytes[r], as: UTF8.self))
            h.close("mark")
            at = r.upperBound
        }
        h.text(String(decoding: bytes[at...], as: UTF8.self))
        h.markup("</span></div>\n")
    }

    private static func mandates(_ h: inout HTML, _ title: String, id: String, _ lines: [MandateLine], arrow: String, empty: String) {
        h.element("h2", [:], title)
        guard !lines.isEmpty else { h.element("p", ["class": "muted"], empty); return }
        h.open("ul", ["id": id])
        for l in lines {
            h.markup("<li>"); h.text(arrow)
            if let key = l.key { symbolLink(&h, key) } else if let d = l.document { documentLink(&h, d) }
            h.markup(" ")
            h.element("span", ["class": l.relation == "mandated-by" ? "relation" : "relation mandate"], l.relation)
            if let e = l.evidence {
                h.markup(" <span class=\"muted\">in "); documentLink(&h, e)
                h.text(" " + GraphBuilder.label(paragraph: l.paragraph)); h.markup("</span>")
            }
            h.markup("</li>")
        }
        h.close("ul")
    }

    /// The tab's icon: two linked nodes, as the pictures draw a citation.
    static let icon = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M4 12 12 4" stroke="#555" stroke-width="1.5"/><circle cx="4" cy="12" r="3" fill="#1f77b4"/><rect x="9" y="1" width="6" height="6" rx="1" fill="#d62728"/></svg>"##

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)" + (n == 1 ? "" : "s") }
}
