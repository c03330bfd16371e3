/// The report's picture: drawn by the page on a canvas from the positions Graphviz gave (`ReportData`'s `at`
/// and `drawn`), instead of an SVG of every node (19 MB for akn/). Wheel to zoom at the pointer, drag to pan,
/// double click or "Fit" for the whole; labels appear once they are big enough to read; nodes are never
/// drawn smaller than a click can hit. Filters hide organ groups, symbol types and relations. A large graph
/// opens as an overview (the input documents and the most cited symbols); a click on a node selects it, and
/// "Add its neighbours" draws what it is linked to. The state is in the URL fragment
/// (`#/picture?hide-organ=1&hide-type=decision&hide-relation=recalls&show=all&expand=KEY`), so a view is
/// a link. Runs inside the page script's scope (`G`, `el`, `symbolHash`, `documentHash`).
enum ReportPicture {
    static let body = """
    <section id="picture" hidden>
    <div id="picture-tools">
    <button type="button" id="picture-fit">Fit</button>
    <button type="button" id="picture-overview">Overview</button>
    <button type="button" id="picture-all">Show everything</button>
    <span id="picture-status" class="muted"></span>
    </div>
    <div id="picture-filters"></div>
    <div id="picture-frame"><canvas id="picture-canvas" aria-label="The citation graph"></canvas>
    <div id="picture-selected" hidden></div></div>
    </section>

    """

    static let css = """
    #picture{padding:0 1.5em 1em}#picture-tools{display:flex;gap:.5em;align-items:center;flex-wrap:wrap;margin:.4em 0}
    #picture-filters{display:flex;gap:1.2em;flex-wrap:wrap;font-size:.9em}#picture-filters fieldset{border:1px solid #dde3ea;padding:.2em .6em}
    #picture-filters label{margin-right:.6em;white-space:nowrap}.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid;vertical-align:middle;margin-right:.2em}
    #picture-frame{position:relative}#picture-canvas{width:100%;height:72vh;background:#fff;border:1px solid #dde3ea;cursor:grab;touch-action:none;display:block}
    #picture-selected{position:absolute;top:.6em;right:.6em;max-width:24em;background:#fff;border:1px solid #a0aec0;border-radius:4px;padding:.5em .8em;box-shadow:0 2px 6px #0002}
    """

    static let script = #"""
    // ---- The picture ----
    const placed = G.nodes.filter(n => n.at);
    const typeOf = n => n.at[5] ? "input document" : (n.type || "other");
    const relationOf = e => e.kind === "cites" ? (e.relation || "mentions") : e.kind;
    const lines = G.drawn.map(([t, h, kind, relation, count]) => ({tail: G.nodes[t], head: G.nodes[h], kind, relation, count}))
                         .filter(e => e.tail.at && e.head.at && e.tail !== e.head);
    const neighbours = new Map();
    for (const e of lines) { push(neighbours, e.tail.id, e.head); push(neighbours, e.head.id, e.tail); }
    // An overview of a large graph: every input document and the most cited symbols.
    const OVERVIEW = 600, OVERVIEW_SYMBOLS = 200;
    const overviewSet = () => placed.length <= OVERVIEW ? null : new Set(placed.filter(n => n.at[5]).concat(
      placed.filter(n => !n.at[5]).sort((a, b) => b.count - a.count).slice(0, OVERVIEW_SYMBOLS)));
    const canvas = document.getElementById("picture-canvas");
    const status = document.getElementById("picture-status");
    const selectedBox = document.getElementById("picture-selected");
    const state = {shown: null, hide: {organ: new Set(), type: new Set(), relation: new Set()}, selected: null, view: null};
    const EDGE_STYLE = {"cites": ["#71809659", []], "mandated-by": ["#b83232", []], "part-of": ["#4a5568", [6, 4]],
                        "fulfils": ["#b83232", [6, 4]], "succeeds": ["#4a5568", [2, 3]]};

    const visibleNode = n => (!state.shown || state.shown.has(n)) && !state.hide.organ.has(String(n.at[4]))
                             && !state.hide.type.has(typeOf(n));
    function visible() {
      const nodesShown = placed.filter(visibleNode);
      const on = new Set(nodesShown);
      return {nodes: nodesShown, edges: lines.filter(e => on.has(e.tail) && on.has(e.head) && !state.hide.relation.has(relationOf(e)))};
    }

    // Layout points to canvas pixels: y grows upwards in Graphviz, downwards on screen.
    const toScreen = (x, y) => [(x - state.view.x) * state.view.scale, (state.view.y - y) * state.view.scale];
    const toLayout = (px, py) => [px / state.view.scale + state.view.x, state.view.y - py / state.view.scale];

    function fit(list) {
      const r = canvas.getBoundingClientRect();
      const all = list.length ? list : placed;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const n of all) {
        x0 = Math.min(x0, n.at[0] - n.at[2]); x1 = Math.max(x1, n.at[0] + n.at[2]);
        y0 = Math.min(y0, n.at[1] - n.at[3]); y1 = Math.max(y1, n.at[1] + n.at[3]);
      }
      const scale = Math.min(r.width / Math.max(x1 - x0, 1), r.height / Math.max(y1 - y0, 1)) * 0.96;
      state.view = {scale, x: (x0 + x1) / 2 - r.width / 2 / scale, y: (y0 + y1) / 2 + r.height / 2 / scale};
    }

    // On screen a node is at least 8 px across, so it can be seen and clicked at any zoom.
    function screenBox(n) {
      const [x, y] = toScreen(n.at[0], n.at[1]);
      return [x, y, Math.max(4, n.at[2] * state.view.scale), Math.max(4, n.at[3] * state.view.scale)];
    }

    function draw() {
      const r = canvas.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(r.width * ratio); canvas.height = Math.round(r.height * ratio);
      const ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, r.width, r.height);
      const v = visible();
      for (const [kind, [colour, dash]] of Object.entries(EDGE_STYLE)) {
        const path = new Path2D();
        for (const e of v.edges) {
          if (e.kind !== kind) continue;
          const [x0, y0] = toScreen(e.tail.at[0], e.tail.at[1]), [x1, y1] = toScreen(e.head.at[0], e.head.at[1]);
          path.moveTo(x0, y0); path.lineTo(x1, y1);
        }
        ctx.strokeStyle = colour; ctx.setLineDash(dash); ctx.lineWidth = kind === "cites" ? 1 : 2;
        ctx.stroke(path);
      }
      ctx.setLineDash([]);
      const fontSize = 14 * state.view.scale;
      for (const n of v.nodes) {
        const [x, y, hw, hh] = screenBox(n);
        if (x + hw < 0 || y + hh < 0 || x - hw > r.width || y - hh > r.height) continue;
        const [, fill, border] = G.groups[n.at[4]];
        ctx.fillStyle = fill; ctx.strokeStyle = border; ctx.lineWidth = n === state.selected ? 3 : n.at[5] ? 1.6 : 1;
        ctx.beginPath();
        if (n.type === "decision" && !n.at[5]) ctx.ellipse(x, y, hw, hh, 0, 0, 2 * Math.PI); else ctx.rect(x - hw, y - hh, 2 * hw, 2 * hh);
        ctx.fill(); ctx.stroke();
        if (fontSize >= 7) {
          ctx.fillStyle = "#1f2933"; ctx.font = fontSize.toFixed(1) + "px 'DejaVu Sans', sans-serif";
          ctx.textAlign = "center"; ctx.textBaseline = "middle";
          ctx.fillText(n.label, x, y, 2 * hw);
        }
      }
      if (state.selected && on(state.selected, v)) highlight(ctx, v, fontSize);
      status.textContent = "Drawn: " + v.nodes.length + " of " + placed.length + " nodes, " + v.edges.length + " of "
        + lines.length + " links" + (state.shown ? " (overview: add a node's neighbours, or show everything)" : "");
      canvas.dataset.nodes = v.nodes.length; canvas.dataset.edges = v.edges.length;
    }

    const on = (n, v) => v.nodes.includes(n);
    // The selected node: its links darker, a ring around it, and its own and its neighbours' labels at a
    // readable size whatever the zoom.
    function highlight(ctx, v, fontSize) {
      const n = state.selected, near = new Set([n]);
      ctx.strokeStyle = "#1f3a5f"; ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (const e of v.edges) {
        if (e.tail !== n && e.head !== n) continue;
        near.add(e.tail); near.add(e.head);
        const [x0, y0] = toScreen(e.tail.at[0], e.tail.at[1]), [x1, y1] = toScreen(e.head.at[0], e.head.at[1]);
        ctx.moveTo(x0, y0); ctx.lineTo(x1, y1);
      }
      ctx.stroke();
      const [x, y, hw, hh] = screenBox(n);
      ctx.strokeStyle = "#d97706"; ctx.lineWidth = 3;
      ctx.strokeRect(x - hw - 4, y - hh - 4, 2 * hw + 8, 2 * hh + 8);
      if (fontSize >= 7 || near.size > 60) return;
      ctx.font = "11px 'DejaVu Sans', sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
      ctx.lineWidth = 3; ctx.strokeStyle = "#fff"; ctx.fillStyle = "#1f2933";
      for (const m of near) {
        const [mx, my, , mh] = screenBox(m);
        ctx.strokeText(m.label, mx, my + mh + 2); ctx.fillText(m.label, mx, my + mh + 2);
      }
    }

    function nodeAt(px, py) {
      let best = null, area = Infinity;
      for (const n of visible().nodes) {
        const [x, y, hw, hh] = screenBox(n);
        if (Math.abs(px - x) <= hw && Math.abs(py - y) <= hh && hw * hh < area) { best = n; area = hw * hh; }
      }
      return best;
    }

    function select(n) {
      state.selected = n;
      selectedBox.hidden = !n;
      if (!n) { draw(); return; }
      const more = (neighbours.get(n.id) || []).filter(m => state.shown && !state.shown.has(m)).length;
      const page = n.kind === "document" && !n.symbol ? documentHash(n.id) : symbolHash(n.symbol || n.id);
      selectedBox.replaceChildren(el("strong", {}, n.label), el("div", {class: "muted"},
          [n.at[5] ? "input document" : n.type, n.organ, "cited " + plural(n.count, "time")].filter(x => x).join(" · ")),
        el("div", {}, el("a", {href: page, id: "picture-open"}, "Open its page"), " ",
          more ? el("button", {type: "button", id: "picture-expand"}, "Add its " + plural(more, "neighbour")) : null));
      const expand = document.getElementById("picture-expand");
      if (expand) expand.addEventListener("click", () => { setHash({expand: n.id}); });
      draw();
    }

    // The fragment holds the view: hidden groups, types and relations; everything or the overview; expansions.
    function pictureState(query) {
      const p = new URLSearchParams(query);
      const list = name => new Set((p.get(name) || "").split(",").filter(x => x));
      state.hide = {organ: list("hide-organ"), type: list("hide-type"), relation: list("hide-relation")};
      state.shown = p.get("show") === "all" ? null : overviewSet();
      for (const key of p.getAll("expand")) {
        const n = nodes.get(key);
        if (!n || !n.at) continue;
        if (state.shown) { state.shown.add(n); for (const m of neighbours.get(key) || []) state.shown.add(m); }
        state.selected = n;
      }
      return p;
    }
    function setHash(change) {
      const p = new URLSearchParams(location.hash.split("?")[1] || "");
      for (const [k, v] of Object.entries(change)) {
        if (k === "expand") p.append(k, v);
        else if (v) p.set(k, v); else p.delete(k);
        if (k === "show") p.delete("expand");
      }
      location.hash = "#/picture" + (p.toString() ? "?" + p : "");
    }

    function filterBox(title, name, values, label) {
      return el("fieldset", {}, el("legend", {}, title), values.map(v => {
        const box = el("input", {type: "checkbox", "data-filter": name, value: v});
        box.checked = !state.hide[name].has(v);
        box.addEventListener("change", () => {
          const hide = new Set(state.hide[name]);
          if (box.checked) hide.delete(v); else hide.add(v);
          setHash({["hide-" + name]: [...hide].join(",")});
        });
        return el("label", {}, box, label(v));
      }));
    }

    function showPicture(query) {
      pictureState(query);
      const groups = [...new Set(placed.map(n => n.at[4]))].sort((a, b) => a - b).map(String);
      document.getElementById("picture-filters").replaceChildren(
        filterBox("Organ", "organ", groups, g => [el("span", {class: "swatch", style: "background:" + G.groups[g][1] + ";border-color:" + G.groups[g][2]}), G.groups[g][0]]),
        filterBox("Type", "type", [...new Set(placed.map(typeOf))].sort(), t => t),
        filterBox("Relation", "relation", [...new Set(lines.map(relationOf))].sort(), r => r));
      main.replaceChildren(el("h1", {}, "The graph"), el("p", {class: "muted"},
        "Wheel to zoom, drag to pan, double click to fit. Click a node to select it: open its page, or add its neighbours."));
      requestAnimationFrame(() => {
        fit(state.selected && state.shown ? [state.selected, ...(neighbours.get(state.selected.id) || [])] : visible().nodes);
        select(state.selected);
      });
    }

    let drag = null;
    canvas.addEventListener("wheel", ev => {
      ev.preventDefault();
      const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
      const [lx, ly] = toLayout(px, py), f = Math.min(4, Math.max(0.25, Math.exp(-ev.deltaY * 0.0015)));
      state.view.scale *= f;
      state.view.x = lx - px / state.view.scale; state.view.y = ly + py / state.view.scale;
      draw();
    }, {passive: false});
    canvas.addEventListener("pointerdown", ev => { drag = {x: ev.clientX, y: ev.clientY, moved: false}; canvas.setPointerCapture(ev.pointerId); });
    canvas.addEventListener("pointermove", ev => {
      if (!drag) {
        const r = canvas.getBoundingClientRect(), n = nodeAt(ev.clientX - r.left, ev.clientY - r.top);
        canvas.title = n ? n.label + (n.organ ? " — " + n.organ : "") + " — cited " + plural(n.count, "time") : "";
        return;
      }
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true; canvas.style.cursor = "grabbing";
      state.view.x -= dx / state.view.scale; state.view.y += dy / state.view.scale;
      drag.x = ev.clientX; drag.y = ev.clientY;
      draw();
    });
    canvas.addEventListener("pointerup", ev => {
      const r = canvas.getBoundingClientRect();
      if (drag && !drag.moved) select(nodeAt(ev.clientX - r.left, ev.clientY - r.top));
      drag = null; canvas.style.cursor = "";
    });
    canvas.addEventListener("dblclick", () => { fit(visible().nodes); draw(); });
    window.addEventListener("resize", () => { if (!document.getElementById("picture").hidden) draw(); });
    document.getElementById("picture-fit").addEventListener("click", () => { fit(visible().nodes); draw(); });
    document.getElementById("picture-overview").addEventListener("click", () => setHash({show: ""}));
    document.getElementById("picture-all").addEventListener("click", () => setHash({show: "all"}));

    """#
}
