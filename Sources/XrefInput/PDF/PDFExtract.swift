import CPoppler

/// Turns one poppler page into lines with geometry. Reuses the page object for text, boxes and attributes
/// (refetching doubles the cost).
enum PDFExtract {
    private struct Glyph {
        var start: Int, end: Int            // byte range in the page text
        var x1: Double, y1: Double, x2: Double, y2: Double
        var size: Double
        var isSpace: Bool
        var link: Int = -1                  // index into the page's link areas
    }

    /// A URI link annotation, in the coordinates of the glyph boxes (origin top left).
    private struct LinkArea { var x1: Double, y1: Double, x2: Double, y2: Double, target: String }

    static func page(_ page: OpaquePointer) -> PDFPageText {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let cText = poppler_page_get_text(page) else { return PDFPageText(width: width, height: height, lines: []) }
        defer { g_free(cText) }
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var nRects: guint = 0
        _ = poppler_page_get_text_layout(page, &rects, &nRects)
        defer { g_free(rects) }
        let attrs = poppler_page_get_text_attributes(page)
        defer { poppler_page_free_text_attributes(attrs) }

        // Attribute runs in character indices, sorted.
        var runs: [(start: Int, end: Int, size: Double)] = []
        var node = attrs
        while let n = node {
            if let a = n.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self) {
                runs.append((Int(a.pointee.start_index), Int(a.pointee.end_index), a.pointee.font_size))
            }
            node = n.pointee.next
        }

        let areas = linkAreas(page, height: height)
        let len = strlen(cText)
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(cText).assumingMemoryBound(to: UInt8.self), count: len)
        var lines: [PDFLine] = []
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(128)
        var i = 0, k = 0, run = 0
        let boxCount = Int(nRects)
        while i < len {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            let end = min(i + n, len)
            // U+202A...U+202E: bidi marks poppler inserts without a box (pitfall 2).
            if n == 3, b == 0xE2, bytes[i + 1] == 0x80, (0xAA...0xAE).contains(bytes[i + 2]) { i = end; continue }
            if b == 0x0A {
                if !glyphs.isEmpty { split(glyphs, bytes, areas, into: &lines); glyphs.removeAll(keepingCapacity: true) }
                i = end; k += 1; continue
            }
            while run < runs.count && runs[run].end < k { run += 1 }
            let size = run < runs.count && runs[run].start <= k ? runs[run].size : 0
            if k < boxCount, let r = rects {
                let box = r[k]
                var g = Glyph(start: i, end: end, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2,
                              size: size, isSpace: b == 0x20 || b == 0x09)
                if !areas.isEmpty {
                    let cx = (box.x1 + box.x2) / 2, cy = (box.y1 + box.y2) / 2
                    g.link = areas.firstIndex { cx >= $0.x1 && cx <= $0.x2 && cy >= $0.y1 && cy <= $0.y2 } ?? -1
                }
                glyphs.append(g)
            }
            i = end; k += 1
        }
        if !glyphs.isEmpty { split(glyphs, bytes, areas, into: &lines) }
        lines.removeAll { $0.text.isEmpty }
        return PDFPageText(width: width, height: height, lines: lines)
    }

    /// URI links of the page that point into the UN document system; the rest cannot be evidence.
    private static func linkAreas(_ page: OpaquePointer, height: Double) -> [LinkArea] {
        guard let mapping = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(mapping) }
        var out: [LinkArea] = []
        var node: UnsafeMutablePointer<GList>? = mapping
        while let n = node {
            if let m = n.pointee.data?.assumingMemoryBound(to: PopplerLinkMapping.self),
               let action = m.pointee.action, action.pointee.type == POPPLER_ACTION_URI,
               let uri = action.pointee.uri.uri {
                let target = String(cString: uri)
                if UNLinks.isDocumentLink(target) {
                    let a = m.pointee.area   // PDF coordinates: origin bottom left
                    out.append(LinkArea(x1: min(a.x1, a.x2), y1: height - max(a.y1, a.y2), x2: max(a.x1, a.x2), y2: height - min(a.y1, a.y2), target: target))
                }
            }
            node = n.pointee.next
        }
        return out
    }

    /// poppler sometimes strings glyphs of two table rows into one line: cut where a glyph leaves the
    /// vertical band of the glyphs before it, or jumps far back to the left.
    private static func split(_ g: [Glyph], _ bytes: UnsafeBufferPointer<UInt8>, _ areas: [LinkArea], into lines: inout [PDFLine]) {
        var start = 0
        var top = Double.infinity, bottom = -Double.infinity
        var prevX1 = -Double.infinity
        for (j, x) in g.enumerated() where !x.isSpace {
            let mid = (x.y1 + x.y2) / 2
            let h = x.y2 - x.y1
            if top != .infinity && (mid < top || mid > bottom || x.x2 < prevX1 - 2 * h) {
                lines.append(makeLine(Array(g[start..<j]), bytes, areas))
                start = j
                top = .infinity; bottom = -.infinity
            }
            top = min(top, x.y1); bottom = max(bottom, x.y2)
            prevX1 = x.x1
        }
        if start < g.count { lines.append(makeLine(Array(g[start...]), bytes, areas)) }
    }

    private static func makeLine(_ g: [Glyph], _ bytes: UnsafeBufferPointer<UInt8>, _ areas: [LinkArea]) -> PDFLine {
        // Dominant size and baseline, by character count over non-space glyphs.
        var sizeCount: [Double: Int] = [:]
        for x in g where !x.isSpace { sizeCount[(x.size * 2).rounded() / 2, default: 0] += 1 }
        let size = sizeCount.max { a, b in a.value < b.value || (a.value == b.value && a.key < b.key) }?.key ?? 0
        var bottoms: [Double] = []
        var x0 = Double.infinity, x1 = -Double.infinity, top = Double.infinity, bottom = -Double.infinity
        for x in g where !x.isSpace {
            x0 = min(x0, x.x1); x1 = max(x1, x.x2)
            if x.size >= size * 0.85 { top = min(top, x.y1); bottom = max(bottom, x.y2); bottoms.append(x.y2) }
        }
        if top == .infinity { for x in g { top = min(top, x.y1); bottom = max(bottom, x.y2); x0 = min(x0, x.x1); x1 = max(x1, x.x2) } }
        bottoms.sort()
        let baseline = bottoms.isEmpty ? bottom : bottoms[bottoms.count / 2]
        let h = max(bottom - top, 0.1)

        var text: [UInt8] = []
        text.reserveCapacity(g.count + 8)
        var sups: [Range<Int>] = []
        var supStart = -1
        var prev: Glyph? = nil
        var sawSpace = false
        var afterTab: Double? = nil
        var firstBreak = -1, afterFirstBreak: Double? = nil
        var links: [PDFLink] = []
        for x in g {
            if x.isSpace { sawSpace = true; continue }
            let isSup = size > 0 && x.size > 0 && x.size < size * 0.8 && x.y2 < baseline - 0.15 * h
            if !isSup && supStart >= 0 { sups.append(supStart..<text.count); supStart = -1 }
            if let p = prev {
                // Gaps stand for spaces poppler did not emit (pitfall 1); wide gaps are tab stops or table
                // cells. A space poppler emits between glyphs that touch is a kerning artefact ("close -out").
                let gap = x.x1 - p.x2
                let tall = max(p.y2 - p.y1, x.y2 - x.y1, 0.1)
                if gap > 1.5 * tall || x.x2 < p.x1 {
                    text.append(0x09)
                    afterTab = x.x1
                } else if gap > 0.15 * tall || (sawSpace && gap < 0) {
                    text.append(0x20)
                }
            }
            sawSpace = false
            if firstBreak < 0, let l = text.last, l == 0x20 || l == 0x09 { firstBreak = text.count - 1; afterFirstBreak = x.x1 }
            if isSup && supStart < 0 { supStart = text.count }
            let at = text.count
            text.append(contentsOf: bytes[x.start..<x.end])
            if x.link >= 0 {
                // Glyphs of one link, and the spaces between them, make one range.
                if let l = links.last, l.target == areas[x.link].target, prev?.link == x.link {
                    links[links.count - 1].range = l.range.lowerBound..<text.count
                } else {
                    links.append(PDFLink(range: at..<text.count, target: areas[x.link].target))
                }
            }
            prev = x
        }
        if supStart >= 0 { sups.append(supStart..<text.count) }
        sups = sups.map { $0.lowerBound..<min($0.upperBound, text.count) }.filter { !$0.isEmpty }
        return PDFLine(text: text, x0: x0, x1: x1, top: top, bottom: bottom, fontSize: size,
                       superscripts: sups, afterTabX: afterTab,
                       afterLabelX: firstBreak > 0 && PDFRows.isLabel(Array(text[..<firstBreak])) ? afterFirstBreak : nil,
                       links: links)
    }
}
