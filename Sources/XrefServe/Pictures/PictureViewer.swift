/// The neighbourhood picture as served: Graphviz's SVG made to open fitted to the width of the page, with a
/// small script of xref's own (`/static/picture.js`, allowed by the pages' `script-src 'self'`) that pans
/// (drag), zooms (wheel, at the pointer; double click: back to the whole), and shows edge labels only once
/// they are big enough to read. Links on nodes still open their symbol.
enum PictureViewer {
    /// Tallest the picture opens at, in CSS pixels: a big neighbourhood is zoomed into, not scrolled past.
    static let height = 640.0

    static func interactive(_ svg: [UInt8]) -> [UInt8] {
        var text = String(decoding: svg, as: UTF8.self)
        guard let open = text.range(of: "<svg width=\""), let end = text.range(of: ">", range: open.upperBound..<text.endIndex),
              let close = text.range(of: "</svg>", options: .backwards) else { return svg }
        let tag = String(text[open.lowerBound..<end.upperBound])
        let natural = Self.points(tag, "height").map { $0 * 4 / 3 } ?? height // pt to CSS px
        var fitted = tag
        if let w = attribute(tag, "width") { fitted = fitted.replacingOccurrences(of: "width=\"\(w)\"", with: "width=\"100%\"") }
        if let h = attribute(tag, "height") {
            fitted = fitted.replacingOccurrences(of: "height=\"\(h)\"", with: "height=\"\(Int(min(natural, height)))\"")
        }
        text.replaceSubrange(close, with: "<style>.far .edge text{display:none}svg{cursor:grab}</style>\n"
                             + "<script href=\"/static/picture.js\" xlink:href=\"/static/picture.js\"/>\n</svg>")
        text.replaceSubrange(open.lowerBound..<end.upperBound, with: fitted)
        return Array(text.utf8)
    }

    private static func attribute(_ tag: String, _ name: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let stop = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<stop])
    }

    private static func points(_ tag: String, _ name: String) -> Double? {
        attribute(tag, name).flatMap { Double($0.hasSuffix("pt") ? String($0.dropLast(2)) : $0) }
    }

    static let script = #"""
    "use strict";
    (() => {
      const svg = document.documentElement, box = svg.viewBox.baseVal;
      const home = [box.x, box.y, box.width, box.height];
      let view = home.slice(), drag = null, dragged = false;
      const show = () => {
        svg.setAttribute("viewBox", view.join(" "));
        const r = svg.getBoundingClientRect();
        // Edge labels are 9 pt: drawn once they would be at least 7 px high.
        svg.classList.toggle("far", Math.min(r.width / view[2], r.height / view[3]) * 9 < 7);
      };
      const at = e => {
        const p = svg.createSVGPoint();
        p.x = e.clientX; p.y = e.clientY;
        return p.matrixTransform(svg.getScreenCTM().inverse());
      };
      svg.addEventListener("wheel", e => {
        e.preventDefault();
        const p = at(e), f = Math.min(4, Math.max(0.25, Math.exp(e.deltaY * 0.0015)));
        view = [p.x - (p.x - view[0]) * f, p.y - (p.y - view[1]) * f, view[2] * f, view[3] * f];
        show();
      }, {passive: false});
      svg.addEventListener("pointerdown", e => { drag = at(e); dragged = false; });
      svg.addEventListener("pointermove", e => {
        if (!drag) return;
        const p = at(e), dx = p.x - drag.x, dy = p.y - drag.y;
        if (!dragged && Math.hypot(dx, dy) * svg.getScreenCTM().a < 4) return;
        dragged = true;
        svg.style.cursor = "grabbing";
        view[0] -= dx; view[1] -= dy;
        show();
      });
      addEventListener("pointerup", () => { drag = null; svg.style.cursor = ""; });
      // A drag that ends on a node is not a click on its link. In an overview (the page offers a box for it),
      // a click on a symbol tells the page, which offers its page or its neighbours.
      svg.addEventListener("click", e => {
        if (dragged) { e.preventDefault(); e.stopPropagation(); dragged = false; return; }
        const frame = window.frameElement, a = e.target.closest && e.target.closest("a");
        if (!frame || !a || !frame.ownerDocument.getElementById("picture-selected")) return;
        const href = a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href") || "";
        if (!href.startsWith("/symbol?")) return;
        e.preventDefault();
        frame.dispatchEvent(new CustomEvent("xref-node", {detail: new URLSearchParams(href.split("?")[1]).get("key")}));
      }, true);
      svg.addEventListener("dblclick", () => { view = home.slice(); show(); });
      show();
    })();
    """#
}
