/// Where a citation list goes on after a line or page break (issue 10, items 1-3). A list is cut by the
/// layout, not by its grammar: a line wrap ("of 4 March,\n187 (1964)"), a paragraph break inside one item
/// ("2278\n\n(2016)"), or a page break with its furniture in between: the footnote rule and footnotes, the
/// running head (the document's symbol, its title), the job number and the page number
/// ("47/50 of\n\nA/RES/78/18\n3/12\n\n9 December 1992"). Only called where the list's grammar still
/// wants more (after a separator, after "of", between a number and its session), so a break that a
/// person would read as the list's end never reaches here.
extension CitationScanner {
    /// The offset of the text that continues the list after `i`, skipping spaces, line breaks and page
    /// furniture; nil when no text follows within a page's worth of furniture, or when a footnote zone
    /// never ends.
    func resume(_ i: Int, pageBreakOnly: Bool = false) -> Int? {
        var j = i
        while t.at(j) == 0x20 || t.at(j) == 0x09 || t.at(j) == 0x0D { j += 1 }
        guard t.at(j) == 0x0A else { return j }
        var lines: [(start: Int, end: Int, kind: GapLine, afterBlank: Bool)] = []
        var k = j
        // A page's furniture and footnotes: a dozen lines, a few thousand bytes at most.
        while k < t.count, lines.count < 24, k - i < 3000 {
            var breaks = 0
            while k < t.count, t[k].isSpace { if t[k] == 0x0A { breaks += 1 }; k += 1 }
            guard k < t.count else { break }
            var e = k
            while e < t.count, t[e] != 0x0A { e += 1 }
            var te = e
            while te > k, t[te - 1].isSpace { te -= 1 }
            lines.append((k, te, kind(k, te), breaks >= 2))
            // A plain line wrap (most calls): the next line is text with no blank line before it, which no
            // running head can claim. Return before reading the page that follows.
            if lines.count == 1, breaks < 2, lines[0].kind == .text { return k }
            // A paragraph break with no furniture where only a page break may be crossed: the list ends here,
            // and the page after it (which a citation at every paragraph end would read) is never read.
            if lines.count == 1, breaks >= 2, pageBreakOnly, lines[0].kind == .text { return nil }
            k = e
        }
        var inFootnotes = false, furniture = false
        for (n, line) in lines.enumerated() {
            switch line.kind {
            case .rule: inFootnotes = true; furniture = true; continue
            case .page, .symbol: inFootnotes = false; furniture = true; continue
            case .text: break
            }
            // A blank line alone, with no furniture, ends a heading ("General Assembly resolutions\n\n47/5").
            if pageBreakOnly, n == 0, line.afterBlank, !furniture { return nil }
            if inFootnotes { continue }
            // A running head's title stands beside its symbol line, with a page or job number near. Before
            // the symbol it opens the page after a blank line: a line right after the break is the list's text.
            // A title may wrap over a few lines: "A/RES/80/192\nCombating glorification of Nazism, ...\nthat
            // contribute to ...\n25-20890\n2/12".
            let before = lines[max(0, n - 3)..<n], after = lines[(n + 1)..<min(lines.count, n + 5)]
            let afterSymbol = before.contains { $0.kind == .symbol } && after.contains { $0.kind == .page }
            let beforeSymbol = line.afterBlank && after.prefix(3).contains { $0.kind == .symbol }
                && lines[max(0, n - 3)..<min(lines.count, n + 6)].contains { $0.kind == .page }
            if afterSymbol || beforeSymbol, line.end - line.start <= 120 { continue }
            return line.start
        }
        return nil
    }

    enum GapLine { case text, page, symbol, rule }

    /// What one trimmed line of a page break is.
    private func kind(_ s: Int, _ e: Int) -> GapLine {
        guard e > s else { return .text }
        if e - s >= 5, (s..<e).allSatisfy({ t[$0] == UInt8(ascii: "_") }) { return .rule }
        if isPageNumber(s, e) { return .page }
        // "A/RES/78/18", "A/RES/78/18 3/12", "E/ICEF/672 Première partie Page 6", "A/79/857 S/2025/217".
        var w = s
        while w < e, !t[w].isSpace { w += 1 }
        guard t[s].isUpper, e - s <= 80, bareSymbol(s, w) else { return .text }
        if w == e { return .symbol }
        var r = w
        while r < e, t[r].isSpace { r += 1 }
        var pageEnd = e
        while pageEnd > r, !t[pageEnd - 1].isSpace { pageEnd -= 1 }
        if isPageNumber(pageEnd, e) || t.matches("Page ", at: pageEnd) { return .page }
        if (r..<e).contains(where: { t.matches("Page ", at: $0) || t.matches("page ", at: $0) }) { return .page }
        var v = r
        while v < e, !t[v].isSpace { v += 1 }
        return v == e && bareSymbol(r, e) ? .symbol : .text
    }

    /// "3/12", "12", "- 2 -", "Page 6", "23-24973", "25-10817 (E)", "*2324973*".
    private func isPageNumber(_ s: Int, _ e: Int) -> Bool {
        var i = s
        if t.matches("Page ", at: i) || t.matches("page ", at: i) { i += 5 }
        if t.at(i) == UInt8(ascii: "-") || t.at(i) == UInt8(ascii: "*") { i += 1 }
        while i < e, t[i] == 0x20 { i += 1 }
        let d = i
        while i < e, t[i].isDigit { i += 1 }
        let digits = i - d
        guard digits > 0 else { return false }
        if i < e, t[i] == UInt8(ascii: "/") || t[i] == UInt8(ascii: "-") {
            let sep = t[i]
            i += 1
            let d2 = i
            while i < e, t[i].isDigit { i += 1 }
            guard i > d2, sep == UInt8(ascii: "/") ? digits <= 3 : (digits == 2 && i - d2 == 5) else { return false }
        } else if digits > 3 && t.at(s) != UInt8(ascii: "*") {
            return false
        }
        while i < e, t[i] == 0x20 || t[i] == UInt8(ascii: "-") || t[i] == UInt8(ascii: "*") { i += 1 }
        if t.matches("(E)", at: i) { i += 3 }
        while i < e, t[i] == 0x20 || t[i].isDigit { i += 1 }  // "(E) 271023"
        return i == e
    }

    /// A symbol alone: an upper-case root, a slash, and only symbol characters.
    private func bareSymbol(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, e - s <= 40, t[s].isUpper else { return false }
        var slash = false
        for i in s..<e {
            let b = t[i]
            if b == UInt8(ascii: "/") { slash = true; continue }
            guard b.isAlnum || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
            else { return false }
        }
        return slash
    }
}
