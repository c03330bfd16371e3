/// The page around the data of `report.html`: markup, style and script, written here and inlined (the
/// file must work offline). The script reads the `#graph` block (`ReportData`; gzip in base64 when it says
/// `data-encoding="gzip"`, unpacked by the browser's own `DecompressionStream`), routes on the URL fragment
/// (`#/symbol/KEY`, `#/document/ID`, `#/search/TEXT`, `#/picture?...`) and builds every element with
/// `textContent`, so data never becomes markup. `script` opens the page's scope, `ReportPicture.script`
/// draws the picture inside it, and `start` routes and closes it.
public enum ReportPage {
    static let body = """
    <header>
    <a class="home" href="#/">xref</a>
    <form id="search" role="search" autocomplete="off">
    <input id="q" name="q" list="keys" placeholder="74/177, A/RES/74/177, 2396 (2017), decision 74/550" aria-label="Symbol">
    <button type="submit">Find</button>
    </form>
    <datalist id="keys"></datalist>
    <nav><a href="#/">Overview</a> <a href="#/picture">Picture</a></nav>
    </header>
    <main id="main"></main>

    """

    /// Shared with `xref serve`'s pages.
    public static let css = """
    body{font:15px/1.45 "DejaVu Sans","Noto Sans CJK SC","WenQuanYi Micro Hei","Noto Sans Arabic",system-ui,sans-serif;margin:0;color:#1f2933;background:#fafafa}
    header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#1f3a5f;color:#fff;flex-wrap:wrap}
    header a{color:#fff}.home{font-weight:bold;font-size:1.3em;text-decoration:none}
    #search{display:flex;gap:.4em;flex:1;max-width:36em}#q{flex:1;padding:.35em;font-size:1em}
    main{padding:1em 1.5em;max-width:72em}h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.15em;margin-top:1.4em}
    table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .7em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
    th{background:#eef2f7}.num{text-align:right}.muted{color:#6b7785}
    .para{background:#fff;border:1px solid #dde3ea;border-radius:4px;padding:.5em .8em;margin:.5em 0}
    .para .id{font-weight:bold;margin-right:.6em}.relation{display:inline-block;background:#eef2f7;border-radius:3px;padding:0 .4em;font-size:.85em}
    mark{background:#ffe08a;padding:0 .1em}mark a{color:inherit}
    .mandate{color:#b42318;font-weight:bold}.error{color:#b42318}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:#6b7785}dd{margin:0}
    .title{font-size:1.1em;margin:.2em 0 .6em}ul.fulfilled{margin:0;padding-left:1em}td.words{font-size:.85em;max-width:28em}
    """

    static let script = #"""
    "use strict";
    (async () => {
    const block = document.getElementById("graph");
    let text = block.textContent;
    if (block.dataset.encoding === "gzip") {
      const packed = atob(text), bytes = new Uint8Array(packed.length);
      for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
      text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
    }
    performance.mark("unpacked");
    const G = JSON.parse(text);
    text = null;
    performance.mark("parsed");
    for (const e of G.edges) { e.source = G.nodes[e.source].id; e.target = G.nodes[e.target].id; }
    const nodes = new Map(G.nodes.map(n => [n.id, n]));
    // Who each document is (`xref documents`) and what each resolution asks for (`xref mandates`).
    const recordOf = new Map(G.records.map(r => [r.document, r]));
    const documentOf = new Map(G.nodes.filter(n => n.kind === "document" || (n.kind === "symbol" && n.document)).map(n => [n.document, n]));
    // A paragraph's language is its document's when the document was read in one ("ar"), so Arabic runs
    // right to left and Chinese takes Chinese glyph forms; "en,fr" editions leave it to the text (dir=auto).
    const languageOf = new Map(G.nodes.filter(n => n.kind === "document" && n.language && !n.language.includes(","))
                                  .map(n => [n.document, n.language]));
    const outgoing = new Map(), incoming = new Map();
    const push = (m, k, e) => { let l = m.get(k); if (!l) m.set(k, l = []); l.push(e); };
    for (const e of G.edges) { push(outgoing, e.source, e); push(incoming, e.target, e); }
    const from = (id, kind) => (outgoing.get(id) || []).filter(e => e.kind === kind);
    const into = (id, kind) => (incoming.get(id) || []).filter(e => e.kind === kind);
    const symbols = G.nodes.filter(n => n.symbol);
    const main = document.getElementById("main");
    const MANDATES = new Set(["pursuant-to", "requested-by", "in-accordance-with", "in-line-with", "further-to",
                              "implements", "establishes", "extends"]);

    // Strings become text nodes, never markup.
    function el(tag, attrs, ...kids) {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, v);
      for (const k of kids.flat()) if (k !== undefined && k !== null) e.append(k instanceof Node ? k : String(k));
      return e;
    }
    const symbolHash = key => "#/symbol/" + encodeURIComponent(key);
    const documentHash = id => "#/document/" + encodeURIComponent(id);
    const symbolLink = key => el("a", {href: symbolHash(key)}, key);
    // A document by its record: its symbol (with the edition's language when not English), else its file;
    // the title, date and file as a tooltip, or beside it with `full`.
    function documentName(n) {
      const r = recordOf.get(n.document) || {};
      const symbol = r.symbol || n.symbol;
      return symbol ? symbol + (r.language && r.language !== "en" ? " (" + r.language + ")" : "") : (n.document || n.label);
    }
    function documentLink(n, full) {
      const r = recordOf.get(n.document) || {};
      const a = el("a", {href: documentHash(n.id), title: [r.title, r.date, n.document].filter(x => x).join(" · ")}, documentName(n));
      return full && (r.title || r.date) ? [a, el("span", {class: "muted"}, " — ", [r.title, r.date].filter(x => x).join(", "))] : a;
    }
    const pathLink = path => documentOf.has(path) ? documentLink(documentOf.get(path)) : path;
    const relation = r => el("span", {class: "relation" + (MANDATES.has(r) ? " mandate" : "")}, r || "mentions");
    const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
    const compact = s => s.replace(/[\s\u00a0]+/g, "").toUpperCase();

    // Any written form of a symbol: "74/177", "A/RES/74/177", "resolution 74/177", "2396 (2017)", "2396".
    function lookup(input) {
      const q = compact(input).replace(/^(RESOLUTIONS?|DECISIONS?)/, "");
      if (!q) return [];
      const exact = symbols.filter(n => compact(n.symbol) === q);
      if (exact.length) return exact;
      return symbols.filter(n => {
        const k = compact(n.symbol);
        return k.endsWith("/" + q) || k.endsWith("RES" + q) || k.endsWith("DEC" + q) || k.startsWith("S/RES/" + q + "(");
      });
    }

    // Known symbols for a mistyped input, best first, by the rules of XrefCore's Suggest.rank (xref serve
    // uses that one): what the input names, equal, ending at a "/", starting, after a "/", anywhere;
    // resolutions first, then shorter keys. "res 70" keeps resolutions and reads 70 as their number.
    const kindWords = {"res": "RES", "res.": "RES", "resolution": "RES", "resolutions": "RES",
                       "dec": "DEC", "dec.": "DEC", "decision": "DEC", "decisions": "DEC"};
    function rank(typed, limit) {
      let words = String(typed).trim().split(/\s+/).filter(w => w).map(w => w.toLowerCase());
      let kind = null;
      if (words.length > 1 && kindWords[words[0]]) { kind = kindWords[words[0]]; words = words.slice(1); }
      const q = compact(words.join(" "));
      if (!q) return [];
      const named = new Set(lookup(typed).map(n => compact(n.symbol)));
      const scored = [];
      for (const n of symbols) {
        const c = compact(n.symbol);
        if (kind && !c.includes(kind)) continue;
        const body = kind ? c.slice(c.indexOf(kind) + kind.length).replace(/^\/+/, "") : c;
        const tier = named.has(c) ? 0 : body === q ? 1 : (kind ? body.startsWith(q + "/") : body.endsWith("/" + q)) ? 2
          : body.startsWith(q) ? 3 : body.includes("/" + q) ? 4 : body.includes(q) ? 5 : -1;
        if (tier >= 0) scored.push([tier, c.includes("RES") ? 0 : 1, n.symbol]);
      }
      scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].length - b[2].length || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      return scored.slice(0, limit).map(s => s[2]);
    }

    // Paragraph text as a reader sees it: Markdown links and escapes unwrapped, as the recognizer reads them.
    const visibleText = text => text.replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, "$1").replace(/\\([()\[\]*_.$#\\-])/g, "$1");

    // The paragraph text with each citation's words marked and linked to its symbol.
    function marked(raw, cites) {
      const text = visibleText(raw);
      const out = el("span", {});
      const spots = [];
      for (const c of cites) {
        if (!c.surface) continue;
        const pattern = c.surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0]+/g, "[\\s\\u00a0]+");
        const re = new RegExp(pattern, "g");
        let m;
        while ((m = re.exec(text)) !== null) {
          if (!spots.some(s => m.index < s.end && s.start < m.index + m[0].length)) {
            spots.push({start: m.index, end: m.index + m[0].length, cite: c});
            break;
          }
        }
      }
      spots.sort((a, b) => a.start - b.start);
      let at = 0;
      for (const s of spots) {
        out.append(text.slice(at, s.start));
        const key = nodes.get(s.cite.target).id;
        out.append(el("mark", {title: key + " (" + (s.cite.relation || "mentions") + ")"},
                      el("a", {href: symbolHash(key)}, text.slice(s.start, s.end))));
        at = s.end;
      }
      out.append(text.slice(at));
      return out;
    }

    function paragraphBox(p, cites, showRelationOf) {
      return el("div", {class: "para"},
        el("span", {class: "id"}, p.label),
        showRelationOf ? relation(showRelationOf.relation) : null, " ",
        el("span", {class: "words", dir: "auto", lang: languageOf.get(p.document)}, marked(p.text || "", cites)));
    }

    function evidence(e) {
      const doc = documentOf.get(e.document);
      return el("span", {class: "muted"}, " in ", doc ? documentLink(doc) : e.document || "",
                e.paragraph ? " " + (/^[0-9]/.test(e.paragraph) ? "¶" : "") + e.paragraph : "");
    }

    function overview() {
      const docs = G.nodes.filter(n => n.kind === "document");
      const cited = symbols.filter(n => n.count > 0).sort((a, b) => b.count - a.count || a.symbol.localeCompare(b.symbol));
      const cites = G.edges.filter(e => e.kind === "cites").length;
      const owed = G.mandates.filter(m => !m.fulfilled_by.length).length;
      const byOrgan = new Map();
      for (const n of cited) {
        const o = byOrgan.get(n.organ || "?") || {symbols: 0, citations: 0};
        o.symbols += 1; o.citations += n.count; byOrgan.set(n.organ || "?", o);
      }
      main.replaceChildren(
        el("h1", {}, "Citations in ", plural(docs.length, "document")),
        el("p", {}, plural(cites, "citation"), " of ", plural(cited.length, "symbol"), "; ",
           plural(G.edges.filter(e => e.kind === "mandated-by").length, "mandate edge"), "; ",
           plural(G.mandates.length, "mandate clause"), " in the resolutions read, ", owed, " with no fulfilling document read."),
        el("h2", {}, "Most cited"),
        el("table", {id: "most-cited"}, el("tr", {}, el("th", {}, "Symbol"), el("th", {}, "Organ"), el("th", {}, "Type"), el("th", {class: "num"}, "Citations")),
           cited.slice(0, 25).map(n => el("tr", {}, el("td", {}, symbolLink(n.symbol)), el("td", {}, n.organ || ""), el("td", {}, n.type || ""),
                                          el("td", {class: "num"}, n.count)))),
        el("h2", {}, "By organ"),
        el("table", {}, el("tr", {}, el("th", {}, "Organ"), el("th", {class: "num"}, "Symbols"), el("th", {class: "num"}, "Citations")),
           [...byOrgan].sort((a, b) => b[1].citations - a[1].citations).map(([o, v]) =>
             el("tr", {}, el("td", {}, o), el("td", {class: "num"}, v.symbols), el("td", {class: "num"}, v.citations)))),
        el("h2", {}, "Documents"),
        el("table", {id: "documents"}, el("tr", {}, el("th", {}, "Document"), el("th", {}, "Title"), el("th", {}, "Date"),
                                        el("th", {class: "num"}, "Citing paragraphs"), el("th", {class: "num"}, "Mandates")),
           docs.map(d => {
             const r = recordOf.get(d.document) || {};
             return el("tr", {}, el("td", {}, documentLink(d)), el("td", {}, r.title || ""), el("td", {}, r.date || ""),
                       el("td", {class: "num"}, from(d.id, "contains").filter(e => nodes.get(e.target).kind === "paragraph").length),
                       el("td", {class: "num"}, (mandatesIn.get(d.document) || []).length || ""));
           })));
    }

    function symbolPage(key) {
      const n = nodes.get(key);
      if (!n) { return notFound(key); }
      const cites = into(n.id, "cites");
      const groups = new Map();
      for (const c of cites) push(groups, nodes.get(c.source).document, c);
      // What rests on a symbol: what was made under it (mandated-by) and the documents whose words give it
      // a mandate ("pursuant to", "in accordance with" ...), as `xref show` lists them.
      const restsOn = from(n.id, "mandated-by");
      const restedOnBy = into(n.id, "mandated-by").concat(cites.filter(c => MANDATES.has(c.relation)));
      const parts = into(n.id, "part-of").map(e => nodes.get(e.source));
      const base = from(n.id, "part-of").map(e => nodes.get(e.target));
      main.replaceChildren(
        el("h1", {id: "symbol"}, n.symbol),
        n.document && recordOf.get(n.document) && recordOf.get(n.document).title ? el("p", {class: "title"}, recordOf.get(n.document).title) : null,
        el("dl", {},
          el("dt", {}, "Organ"), el("dd", {}, n.organ || "unknown"),
          el("dt", {}, "Type"), el("dd", {}, n.type || ""),
          el("dt", {}, "Cited"), el("dd", {}, plural(n.count, "time")),
          n.url ? [el("dt", {}, "Official text"), el("dd", {}, el("a", {href: n.url, rel: "noopener"}, n.url))] : null,
          n.resolved === false ? [el("dt", {}, "Resolved"), el("dd", {class: "error"}, "no: the organ could not be settled")] : null,
          editions(n).length ? [el("dt", {}, "Read as"), el("dd", {}, editions(n).flatMap((d, i) => [i ? ", " : "", documentLink(d, editions(n).length === 1)]))] : null,
          base.length ? [el("dt", {}, "Part of"), el("dd", {}, base.map(b => symbolLink(b.symbol)))] : null,
          parts.length ? [el("dt", {}, "Parts"), el("dd", {}, parts.flatMap((p, i) => [i ? ", " : "", symbolLink(p.symbol)]))] : null),
        mandatesSection(n.symbol),
        el("h2", {}, "Cited in ", plural(cites.length, "paragraph")),
        el("div", {id: "citing"}, [...groups].map(([doc, list]) => {
          const d = documentOf.get(doc);
          return el("section", {class: "document"}, el("h3", {}, d ? documentLink(d, true) : doc),
                    list.map(c => paragraphBox(nodes.get(c.source), [c], c)));
        })),
        el("h2", {}, "Rests on"),
        restsOn.length ? el("ul", {id: "rests-on"}, restsOn.map(e => el("li", {}, "→ ", symbolLink(nodes.get(e.target).symbol || nodes.get(e.target).id), " ", relation(e.relation), evidence(e))))
                       : el("p", {class: "muted"}, "Nothing read says what this rests on."),
        el("h2", {}, "Rested on by"),
        restedOnBy.length ? el("ul", {id: "rested-on-by"}, restedOnBy.map(e => {
          let s = nodes.get(e.source);
          if (s.kind === "paragraph") s = documentOf.get(s.document) || s;
          return el("li", {}, "← ", s.kind === "document" ? documentLink(s) : symbolLink(s.symbol || s.id), " ", relation(e.relation), evidence(e));
        })) : el("p", {class: "muted"}, "No mandate to it was read."));
    }

    function documentPage(id) {
      const d = nodes.get(id);
      if (!d || d.kind !== "document") { return notFound(id); }
      const paragraphs = from(d.id, "contains").map(e => nodes.get(e.target)).filter(p => p.kind === "paragraph");
      const rows = paragraphs.flatMap(p => from(p.id, "cites").map(c => [p, c]));
      const r = recordOf.get(d.document) || {};
      const field = (name, value) => value ? [el("dt", {}, name), el("dd", {}, value)] : null;
      main.replaceChildren(
        el("h1", {id: "document"}, documentName(d)),
        r.title ? el("p", {class: "title"}, r.title) : null,
        el("dl", {id: "record"}, field("Date", r.date), field("Organ", r.organ), field("Session", r.session),
           field("Agenda item", r.agenda_item), field("Language", r.language),
           field("Own symbol", d.symbol ? symbolLink(d.symbol) : null),
           field("Editions", editions(d).length > 1 ? editions(d).flatMap((x, i) => [i ? ", " : "", x === d ? documentName(x) : documentLink(x)]) : null),
           field("Predecessor", r.predecessor ? [symbolLink(r.predecessor), el("span", {class: "muted"}, " (" + r.predecessor_evidence + ")")] : null),
           field("File", d.document)),
        mandatesSection(d.symbol, d.document),
        answersSection(d),
        el("h2", {}, "Mandated by"),
        from(d.id, "mandated-by").length
          ? el("ul", {}, from(d.id, "mandated-by").map(e => el("li", {}, "→ ", symbolLink(nodes.get(e.target).symbol || nodes.get(e.target).id), " ", relation(e.relation), evidence(e))))
          : el("p", {class: "muted"}, "No mandate was read in it."),
        el("h2", {}, plural(paragraphs.length, "citing paragraph")),
        el("div", {id: "paragraphs"}, paragraphs.map(p => paragraphBox(p, from(p.id, "cites")))),
        el("h2", {}, plural(rows.length, "citation")),
        el("table", {id: "citations"}, el("tr", {}, el("th", {}, "Paragraph"), el("th", {}, "Symbol"), el("th", {}, "Relation"), el("th", {}, "Words"), el("th", {class: "num"}, "Line")),
           rows.map(([p, c]) => el("tr", {}, el("td", {}, p.label), el("td", {}, symbolLink(nodes.get(c.target).symbol || c.target)),
                                   el("td", {}, relation(c.relation)), el("td", {}, c.surface || ""), el("td", {class: "num"}, c.line || "")))));
    }

    function notFound(what) {
      const near = rank(what, 5);
      // replaceChildren writes a null argument as the text "null": only what there is.
      main.replaceChildren(...[el("h1", {}, "Not found"), el("p", {class: "error"}, String(what), " is not in this graph."),
        near.length ? el("p", {id: "did-you-mean"}, "Did you mean ", near.flatMap((k, i) => [i ? ", " : "", symbolLink(k)]), "?") : null]
        .filter(e => e));
    }

    function choose(input, found) {
      main.replaceChildren(el("h1", {}, input, " may mean"), el("ul", {}, found.map(n => el("li", {}, symbolLink(n.symbol), " ",
        el("span", {class: "muted"}, n.organ || "", " ", n.type || "", ", cited ", plural(n.count, "time"))))));
    }

    function search(input) {
      const found = lookup(input);
      if (found.length === 1) location.replace(symbolHash(found[0].symbol));
      else if (found.length > 1) choose(input, found);
      else notFound(input);
    }
    """#

    /// Routes on the fragment and closes the scope `script` opened (after `ReportPicture.script`).
    static let start = #"""
    const picture = document.getElementById("picture");
    function route() {
      const [hash, query] = location.hash.slice(1).split("?");
      picture.hidden = hash !== "/picture";
      if (hash.startsWith("/symbol/")) symbolPage(decodeURIComponent(hash.slice(8)));
      else if (hash.startsWith("/search/")) search(decodeURIComponent(hash.slice(8)));
      else if (hash.startsWith("/document/")) documentPage(decodeURIComponent(hash.slice(10)));
      else if (hash === "/picture") showPicture(query || "");
      else overview();
      window.scrollTo(0, 0);
    }
    document.getElementById("search").addEventListener("submit", ev => {
      ev.preventDefault();
      location.hash = "#/search/" + encodeURIComponent(document.getElementById("q").value.trim());
    });
    window.addEventListener("hashchange", route);
    route();
    // The search box's suggestions once the page is on screen: 5,000 options are not worth waiting for.
    setTimeout(() => document.getElementById("keys").append(...symbols.slice(0, 5000).map(n => el("option", {value: n.symbol}))), 0);
    // When the page became usable, for checks and measurements (ms since navigation began).
    document.body.dataset.ready = Math.round(performance.now());
    })();
    """#
}
