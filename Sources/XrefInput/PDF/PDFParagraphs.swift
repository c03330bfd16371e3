/// Rebuilds paragraphs from the rows of all pages: body text first, then footnotes, the shape of the
/// corpus text renderings. A paragraph starts after more than a line's leading, at a change of type
/// size, or at an indented first line after a short line; one broken by a page break continues.
enum PDFParagraphs {
    static func build(_ pages: [[PDFRow]], widths: [Double]) -> (body: [Paragraph], notes: [Paragraph]) {
        var body = Assembler(), notes = Assembler()
        var split: [(above: [PDFRow], below: [PDFRow])] = []
        let kept = pages.map { PDFRows.regroup($0.filter { !$0.furniture }) }
        let bodySize = dominantSize(kept)
        body.breakPitch = max(1.4, 1.25 * leading(kept))
        notes.breakPitch = body.breakPitch
        for rows in kept {
            split.append(footnotes(rows, bodySize: bodySize))
        }
        let numbers = split.map { Set($0.below.compactMap(PDFRows.openingMark)) }
        for (p, s) in split.enumerated() {
            // Word sometimes sets a note on the page before or after its reference.
            let marks = numbers[p].union(p > 0 ? numbers[p - 1] : []).union(p + 1 < numbers.count ? numbers[p + 1] : [])
            let right = s.above.map(\.x1).max() ?? widths[p]
            body.page(s.above, right: right, marks: marks, notes: false)
            notes.page(s.below, right: s.below.map(\.x1).max() ?? right, marks: [], notes: true)
        }
        return (body.finish(), notes.finish())
    }

    /// Footnotes sit below a rule of underscores in the lower part of the page; without a rule (a cover
    /// page's `*` notes), a block of smaller type at the foot of the page that opens with a note mark.
    private static func footnotes(_ rows: [PDFRow], bodySize: Double) -> (above: [PDFRow], below: [PDFRow]) {
        if let rule = rows.filter(isRule).max(by: { $0.top < $1.top }),
           rule.top > 0.4 * (rows.map(\.bottom).max() ?? 0) {
            return (rows.filter { $0.top < rule.top - 0.5 && !isRule($0) }, rows.filter { $0.top >= rule.top - 0.5 && !isRule($0) })
        }
        let byTop = rows.sorted { $0.top < $1.top }
        var k = byTop.count
        while k > 0 && byTop[k - 1].size <= 0.9 * bodySize && byTop[k - 1].size > 0 { k -= 1 }
        guard k > 0, k < byTop.count else { return (rows, []) }
        let first = byTop[k]
        guard first.opensWithMark || first.text.first == 0x2A, first.top - byTop[k - 1].bottom > 0.5 * bodySize else { return (rows, []) }
        let top = first.top - 0.5
        return (rows.filter { $0.top < top }, rows.filter { $0.top >= top })
    }

    /// The type size most text is set in.
    private static func dominantSize(_ pages: [[PDFRow]]) -> Double {
        var count: [Double: Int] = [:]
        for rows in pages { for r in rows { count[r.size, default: 0] += r.text.count } }
        // Ties broken by size: dictionary order changes from run to run.
        return count.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 10
    }

    private static func isRule(_ r: PDFRow) -> Bool {
        r.text.count >= 5 && r.text.allSatisfy { $0 == 0x5F }
    }

    struct Paragraph { var bytes: [UInt8]; var links: [PDFLink] }

    /// Baseline-to-baseline distance of consecutive lines, in units of the type size, that most lines
    /// keep: 1.2 in UN documents, 1.5 and more in typed ones. A paragraph break adds to it.
    private static func leading(_ pages: [[PDFRow]]) -> Double {
        var count: [Int: Int] = [:]
        for rows in pages {
            for (a, b) in zip(rows, rows.dropFirst()) where a.size > 0 && abs(a.size - b.size) < 0.5 && b.top > a.top {
                let ratio = (b.bottom - a.bottom) / a.size
                if ratio >= 0.9 && ratio <= 2.6 { count[Int((ratio * 20).rounded()), default: 0] += 1 }
            }
        }
        guard let mode = count.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return 1.2 }
        return Double(mode.key) / 20
    }

    private struct Assembler {
        var breakPitch = 1.5
        var paras: [Paragraph] = []
        var cur: [UInt8] = []
        var curLinks: [PDFLink] = []
        var last: PDFRow? = nil
        var lastRight = 0.0
        var firstOnPage = true
        var curRows = 0

        mutating func page(_ rows: [PDFRow], right: Double, marks: Set<[UInt8]>, notes: Bool) {
            firstOnPage = true
            for r in rows {
                let (text, links) = PDFRows.cleanText(r, notes: marks)
                if text.isEmpty { continue }
                let start: Bool
                if let l = last {
                    start = firstOnPage ? !continues(l, r, text, lastRight: lastRight, notes: notes)
                                        : breaks(l, r, right: right, notes: notes)
                } else { start = true }
                if start {
                    flush(); cur = text; curLinks = links; curRows = 1
                } else {
                    let base = join(text)
                    for l in links { PDFRows.append(PDFLink(range: (base + l.range.lowerBound)..<(base + l.range.upperBound), target: l.target), to: &curLinks) }
                    curRows += 1
                }
                last = r
                firstOnPage = false
            }
            lastRight = right
        }

        /// Within a page: a new paragraph after a gap taller than a third of the type size, at a change
        /// of size or weight, or at an indented first line after a line that stopped short.
        private func breaks(_ a: PDFRow, _ b: PDFRow, right: Double, notes: Bool) -> Bool {
            let size = max(a.size, b.size, 1)
            // More than a line's leading apart (box heights vary with fonts: baselines do not).
            if b.bottom - a.bottom > breakPitch * size { return true }
            // poppler moved to another block: back up the page, or to a column on the right.
            if b.top < a.top - 0.3 * size || b.x0 > a.x1 { return true }
            if notes && (b.opensWithMark || (b.x0 < a.textX0 - 1 && startsWithLabel(b.text))) { return true }
            // Type size, not weight: ACABQ reports set whole sentences of a paragraph in bold. Relative,
            // because OCR text layers of scans wobble by a point from line to line.
            if sizeChanges(a, b) { return true }
            if b.x0 > a.textX0 + 0.8 * size && a.x1 < right - 3 * size { return true }
            return false
        }

        /// Across a page break: the paragraph goes on when the new page starts in lower case, or when the
        /// last line ran to the margin without closing its sentence and the type is the same.
        private func continues(_ a: PDFRow, _ b: PDFRow, _ text: [UInt8], lastRight: Double, notes: Bool) -> Bool {
            if notes && b.opensWithMark { return false }
            guard !sizeChanges(a, b) else { return false }
            if let f = text.first, (0x61...0x7A).contains(f) { return true }
            if startsNumbered(text) { return false }
            let full = a.x1 >= lastRight - 3 * max(a.size, 1)
            guard full else { return false }
            if !endsSentence(cur) { return true }
            // A sentence ended with the page, but the new page starts at the margin where the paragraph's
            // lines run, not indented or numbered as a new paragraph would be.
            return curRows >= 2 && abs(b.x0 - a.x0) < 1 && b.x0 < a.textX0 + 0.5 * max(a.size, 1)
        }

        /// Appends a row to the paragraph; returns where its text starts.
        private mutating func join(_ text: [UInt8]) -> Int {
            if let l = cur.last {
                let glue: Bool
                if l == 0x2F { glue = true }                                                  // A/80/ + 590
                else if l == 0x2D, cur.count >= 2, isLetter(cur[cur.count - 2]) || (0x30...0x39).contains(cur[cur.count - 2]) { glue = true }  // self- + sustainment
                else if cur.count >= 2, cur[cur.count - 2] == 0xC2, l == 0xAD { cur.removeLast(2); glue = true }   // soft hyphen
                else if cur.count >= 3, cur[cur.count - 3] == 0xE2, cur[cur.count - 2] == 0x80, l == 0x94 { glue = true }  // em dash
                else { glue = false }
                if !glue { cur.append(0x20) }
            }
            let base = cur.count
            cur.append(contentsOf: text)
            return base
        }

        mutating func flush() {
            if !cur.isEmpty { paras.append(Paragraph(bytes: cur, links: curLinks.filter { $0.range.upperBound <= cur.count })) }
            cur = []
            curLinks = []
        }

        mutating func finish() -> [Paragraph] { flush(); return paras }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80 }

    private static func sizeChanges(_ a: PDFRow, _ b: PDFRow) -> Bool {
        abs(a.size - b.size) > 0.12 * max(a.size, b.size)
    }

    private static func startsWithLabel(_ t: [UInt8]) -> Bool {
        guard let end = t.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) else { return false }
        return PDFRows.isLabel(Array(t[..<end]))
    }

    /// `57.`, `(a)`, `IV.` followed by a tab or space: a numbered paragraph or heading.
    static func startsNumbered(_ t: [UInt8]) -> Bool {
        var i = 0
        if i < t.count && t[i] == 0x28 {
            i += 1
            let s = i
            while i < t.count && i - s < 5 && ((0x61...0x7A).contains(t[i]) || (0x30...0x39).contains(t[i])) { i += 1 }
            return i > s && i < t.count && t[i] == 0x29
        }
        let s = i
        while i < t.count && i - s < 4 && ((0x30...0x39).contains(t[i]) || "IVXLC".utf8.contains(t[i]) || (0x41...0x5A).contains(t[i]) && i == s) { i += 1 }
        return i > s && i + 1 < t.count && t[i] == 0x2E && (t[i + 1] == 0x09 || t[i + 1] == 0x20)
    }

    /// Ends with `.`, `:`, `;`, `?`, `!`, possibly followed by closing quotes or brackets.
    private static func endsSentence(_ t: [UInt8]) -> Bool {
        var i = t.count - 1
        while i >= 0 {
            let b = t[i]
            if b == 0x29 || b == 0x22 || b == 0x27 || b == 0x5D { i -= 1; continue }
            if b == 0x9D || b == 0x99, i >= 2, t[i - 2] == 0xE2, t[i - 1] == 0x80 { i -= 3; continue }   // ” ’
            return b == 0x2E || b == 0x3A || b == 0x3B || b == 0x3F || b == 0x21
        }
        return false
    }
}
