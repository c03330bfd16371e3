/// A row of a PDF page: poppler line fragments that stand side by side on one baseline, left to right.
struct PDFRow {
    var text: [UInt8]
    var x0: Double, x1: Double, top: Double, bottom: Double
    var size: Double
    /// Small raised characters (note marks, exponents) as byte ranges in `text`.
    var marks: [Range<Int>]
    /// The row opens with a small raised mark: a footnote's own number.
    var opensWithMark: Bool
    var furniture = false
    var parts: [PDFLine]
    /// Hyperlinks as byte ranges in `text`.
    var links: [PDFLink] = []
    /// Where the text starts after a printed number (`1.` then a tab): the margin of the paragraph's lines.
    var textX0: Double

    var height: Double { bottom - top }
}

enum PDFRows {
    /// Rows in poppler's reading order. poppler already orders blocks sensibly (the cells of a table column
    /// stay together), but it emits a paragraph number (`1.`) or a footnote number apart from the text on
    /// its baseline: neighbours on one baseline are joined when close, or when the left one is such a label.
    static func rows(_ lines: [PDFLine]) -> [PDFRow] {
        var groups: [[PDFLine]] = []
        for l in labelsBesideText(lines) {
            if var g = groups.last, joins(g, l) {
                g.append(l)
                groups[groups.count - 1] = g
            } else {
                groups.append([l])
            }
        }
        return groups.map(makeRow)
    }

    /// Rows rebuilt from the parts of rows kept (after furniture between a label and its text is gone).
    static func regroup(_ rows: [PDFRow]) -> [PDFRow] { self.rows(rows.flatMap(\.parts)) }

    /// poppler now and then emits a paragraph number far from its text (a whole list in between): move
    /// a lone label to just before the fragment that continues its baseline on the right.
    private static func labelsBesideText(_ lines: [PDFLine]) -> [PDFLine] {
        var order = Array(lines.indices)
        for i in lines.indices where isLabel(lines[i].text) || lines[i].text.count <= 3 {
            let a = lines[i]
            let size = max(a.fontSize, 1)
            var best: Int? = nil
            for (j, b) in lines.enumerated() where j != i {
                // A short fragment that is not a number moves only as a raised note mark (`a`).
                guard isLabel(a.text) || a.fontSize < 0.8 * b.fontSize else { continue }
                let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
                let gap = b.x0 - a.x1
                guard overlap > 0.5 * min(a.height, b.height), gap > -0.5 * size, gap < 8 * size else { continue }
                if best == nil || b.x0 < lines[best!].x0 { best = j }
            }
            guard let j = best, let pi = order.firstIndex(of: i), let pj = order.firstIndex(of: j), pj != pi + 1 else { continue }
            order.remove(at: pi)
            order.insert(i, at: order.firstIndex(of: j)!)
        }
        return order.map { lines[$0] }
    }

    private static func joins(_ g: [PDFLine], _ b: PDFLine) -> Bool {
        let a = g[g.count - 1]
        let top = g.map(\.top).min()!, bottom = g.map(\.bottom).max()!
        let overlap = min(bottom, b.bottom) - max(top, b.top)
        // A raised mark beside its text only touches the text's band.
        let small = min(a.fontSize, b.fontSize) < 0.8 * max(a.fontSize, b.fontSize)
        guard overlap > (small ? 0 : 0.5 * min(bottom - top, b.bottom - b.top)) else { return false }
        let size = max(a.fontSize, b.fontSize, 1)
        let gap = b.x0 - a.x1
        guard gap > -0.5 * size else { return false }
        if gap < 1.5 * size { return true }
        if g.count == 1 && isLabel(a.text) && gap < 8 * size { return true }
        // Justified lines poppler cut into words: prose on both sides of a gap no wider than a few spaces.
        return gap < 3 * size && endsInProse(a.text) && startsProse(b.text)
    }

    private static func endsInProse(_ t: [UInt8]) -> Bool {
        guard let l = t.last else { return false }
        return (0x61...0x7A).contains(l) || l == 0x2C || l >= 0x80
    }

    private static func startsProse(_ t: [UInt8]) -> Bool {
        guard let f = t.first else { return false }
        return (0x61...0x7A).contains(f) || (0x41...0x5A).contains(f) || f >= 0x80 || f == 0x28 || f == 0x22
    }

    /// `1.`, `57.`, `(a)`, `IV.`, `A.`, `1.1.2`, `*`, `•`: a number or bullet printed before its text.
    static func isLabel(_ t: [UInt8]) -> Bool {
        guard !t.isEmpty, t.count <= 8 else { return false }
        if t.allSatisfy({ $0 == 0x2A }) || t == [0xE2, 0x80, 0xA2] { return true }
        if t.first == 0x28 && t.last == 0x29 { return t.count <= 6 }
        return t.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || "IVXLC".utf8.contains($0) }
            || (t.count == 2 && (0x41...0x5A).contains(t[0]) && t[1] == 0x2E)
    }

    private static func makeRow(_ parts: [PDFLine]) -> PDFRow {
        let main = parts.max { $0.text.count < $1.text.count }!
        let size = main.fontSize
        var text: [UInt8] = []
        var marks: [Range<Int>] = []
        var opensWithMark = false
        var links: [PDFLink] = []
        for (i, p) in parts.enumerated() {
            if i > 0 {
                let gap = p.x0 - parts[i - 1].x1
                let prose = gap < 3 * size && endsInProse(parts[i - 1].text) && startsProse(p.text)
                if gap > 1.5 * size && !prose { text.append(0x09) } else if gap > 0.15 * size { text.append(0x20) }
            }
            let base = text.count
            // A whole fragment set small and raised against the row (a mark poppler kept apart).
            let raised = size > 0 && p.fontSize < size * 0.8 && p.bottom < main.bottom - 0.15 * main.height
            if raised {
                marks.append(base..<(base + p.text.count))
                if i == 0 { opensWithMark = true }
            } else {
                for m in p.superscripts {
                    if base + m.lowerBound == 0 { opensWithMark = true }
                    marks.append((base + m.lowerBound)..<(base + m.upperBound))
                }
            }
            for l in p.links { append(PDFLink(range: (base + l.range.lowerBound)..<(base + l.range.upperBound), target: l.target), to: &links) }
            text.append(contentsOf: p.text)
        }
        return PDFRow(text: text, x0: parts[0].x0, x1: parts.map(\.x1).max()!,
                      top: parts.map(\.top).min()!, bottom: parts.map(\.bottom).max()!,
                      size: size, marks: marks, opensWithMark: opensWithMark,
                      parts: parts, links: links, textX0: parts[0].afterTabX ?? parts[0].afterLabelX
                        ?? (parts.count > 1 && isLabel(parts[0].text) ? parts[1].x0 : parts[0].x0))
    }

    /// Adds a link, merged with the one before when it is the same target and only a separator apart
    /// (a link broken over two fragments or lines).
    static func append(_ l: PDFLink, to links: inout [PDFLink]) {
        if let last = links.last, last.target == l.target, l.range.lowerBound - last.range.upperBound <= 1 {
            links[links.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, l.range.upperBound)
        } else {
            links.append(l)
        }
    }

    /// The footnote number a row opens with.
    static func openingMark(_ row: PDFRow) -> [UInt8]? {
        guard row.opensWithMark, let m = row.marks.first, m.lowerBound == 0 else { return nil }
        return Array(row.text[m])
    }

    /// Row text without the marks that refer to a footnote of the page (`variances¹` -> `variances`);
    /// other raised text (`m³`, table note letters) stays as printed, as in the Word text.
    static func cleanText(_ row: PDFRow, notes: Set<[UInt8]>) -> (text: [UInt8], links: [PDFLink]) {
        guard !row.marks.isEmpty, !notes.isEmpty else { return (row.text, row.links) }
        var out: [UInt8] = []
        out.reserveCapacity(row.text.count)
        var cuts: [Range<Int>] = []          // removed byte ranges of `row.text`
        var i = 0
        for m in row.marks {
            if m.lowerBound == 0 && row.opensWithMark { continue }
            guard m.lowerBound >= i, notes.contains(Array(row.text[m])) else { continue }
            out.append(contentsOf: row.text[i..<m.lowerBound])
            var end = m.upperBound
            // "word ¹ next" -> "word next": keep one separator.
            if let last = out.last, last == 0x20 || last == 0x09, end < row.text.count, row.text[end] == 0x20 || row.text[end] == 0x09 { end += 1 }
            cuts.append(m.lowerBound..<end)
            i = end
        }
        out.append(contentsOf: row.text[i...])
        while let l = out.last, l == 0x20 || l == 0x09 { out.removeLast() }
        func moved(_ x: Int) -> Int {
            var d = 0
            for c in cuts where c.lowerBound < x { d += min(x, c.upperBound) - c.lowerBound }
            return min(x - d, out.count)
        }
        let links = row.links.compactMap { l -> PDFLink? in
            let r = moved(l.range.lowerBound)..<moved(l.range.upperBound)
            return r.isEmpty ? nil : PDFLink(range: r, target: l.target)
        }
        return (out, links)
    }
}
