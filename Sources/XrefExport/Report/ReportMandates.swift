/// The report's mandate views (issue 18): on a resolution's page, the mandates it creates (paragraph, verb,
/// addressee, deliverable, recipient, due, recurrence) and the documents that fulfil each, linked; on a
/// document's page, the mandates it answers. Rows are `xref mandates`'s (`ReportData`'s `mandates`). Runs
/// inside the page script's scope.
enum ReportMandates {
    static let script = #"""
    // ---- Mandates ----
    const mandatesIn = new Map(), mandatesOf = new Map();
    for (const m of G.mandates) { push(mandatesIn, m.document, m); if (m.symbol) push(mandatesOf, m.symbol, m); }
    // Every edition read of a document: the documents with its symbol (itself alone when it has none).
    const editions = n => n.document || n.kind === "symbol"
      ? G.nodes.filter(x => x.document && (n.symbol ? x.symbol === n.symbol : x === n) && (x.kind === "document" || x.kind === "symbol"))
      : [];

    // One edition's clauses (the English one when read): the six editions of a resolution make the same requests.
    function clausesOf(symbol, path) {
      if (path && mandatesIn.has(path)) return mandatesIn.get(path);
      const rows = symbol ? mandatesOf.get(symbol) || [] : [];
      const paths = [...new Set(rows.map(m => m.document))];
      const chosen = paths.find(p => (recordOf.get(p) || {}).language === "en") || paths[0];
      return rows.filter(m => m.document === chosen);
    }

    function fulfiller(f) {
      const who = f.symbol ? (nodes.has(f.symbol) ? symbolLink(f.symbol) : f.symbol) : pathLink(f.document);
      return el("li", {title: f.evidence || ""}, who, f.paragraph ? " ¶" + f.paragraph : "", " ", relation(f.relation),
                el("span", {class: "muted"}, " ", f.reason || ""));
    }

    function mandatesSection(symbol, path) {
      const rows = clausesOf(symbol, path);
      if (!rows.length) return null;
      const open = rows.filter(m => !m.fulfilled_by.length).length;
      const cut = s => s.length > 220 ? s.slice(0, 220) + "…" : s;
      return el("section", {id: "mandates"},
        el("h2", {}, "Mandates: ", plural(rows.length, "clause"), ", ", open, " with no fulfilling document read"),
        el("table", {}, el("tr", {}, ["¶", "Verb", "Addressee", "Deliverable", "To", "Due", "Recurrence", "Fulfilled by", "Words"].map(h => el("th", {}, h))),
          rows.map(m => el("tr", {class: "mandate-row"},
            el("td", {}, m.paragraph + (m.clause > 1 ? "." + m.clause : "")),
            el("td", {}, m.verb), el("td", {}, m.addressee, el("div", {class: "muted"}, m.addressee_type)),
            el("td", {}, m.deliverable, m.refers_to ? el("div", {class: "muted"}, "adds to ¶" + m.refers_to) : null),
            el("td", {}, m.recipient), el("td", {}, m.due), el("td", {}, m.recurrence),
            el("td", {}, m.fulfilled_by.length ? el("ul", {class: "fulfilled"}, m.fulfilled_by.map(fulfiller)) : el("span", {class: "muted"}, "none read")),
            el("td", {class: "words", title: m.evidence, dir: "auto"}, cut(m.evidence))))));
    }

    // What a document answers: the mandates whose fulfilled_by names it.
    function answersSection(d) {
      const rows = G.mandates.filter(m => m.fulfilled_by.some(f => f.document === d.document));
      if (!rows.length) return null;
      return el("section", {id: "answers"}, el("h2", {}, "Answers ", plural(rows.length, "mandate")),
        el("ul", {}, rows.map(m => {
          const f = m.fulfilled_by.find(x => x.document === d.document);
          return el("li", {}, "¶" + m.paragraph + " of ", m.symbol ? symbolLink(m.symbol) : pathLink(m.document), ": ",
                    m.verb, " ", m.addressee, " — ", m.deliverable, m.due ? ", due " + m.due : "", " ", relation(f.relation),
                    el("span", {class: "muted"}, " ", f.reason || ""));
        })));
    }

    """#
}
