/// Line-shape recognizers for the segmenter: labels, footnotes, headings, sentence ends, page furniture.

/// Recognizers for the shape of a line or unit; `Line` ranges arrive trimmed.
enum LineShape {
    typealias Line = SegmentMachine.Line

    static func firstWord(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> String {
        var i = l.start
        while i < l.end, t[i] == 0x2A || t[i] == 0x23 || t[i] == 0x20 { i += 1 }  // "**Summary**", "## Annex"
        return t.string(i..<ByteText.wordEnd(t, i, l.end))
    }

    static func isSeparator(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        l.end - l.start >= 5 && (l.start..<l.end).allSatisfy { t[$0] == 0x5F }
    }

    /// A paragraph label: "57." / "57\." / "10.1" / "10.1." followed by a blank or the line end.
    /// A single number needs its period, so "19 October" and "1,200" are not labels.
    static func number(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> (parts: [Int], label: Range<Int>)? {
        var i = l.start, parts: [Int] = [], labelEnd = i, dot = false
        while parts.count < 4 {
            var v = 0, n = 0
            while i < l.end, t[i].isDigit, n < 4 { v = v * 10 + Int(t[i] - 0x30); i += 1; n += 1 }
            if n == 0, !parts.isEmpty {  // "3.I.1": a roman part between numbers (programme budget sections)
                let r = i
                while i < l.end, t[i] == 0x49 || t[i] == 0x56 || t[i] == 0x58 { i += 1 }
                guard i > r, i < l.end, t[i] == 0x2E, let value = roman(t, r..<i, upper: true) else { i = r; break }
                v = value; n = i - r
            }
            guard n > 0, n < 4 else { break }
            parts.append(v); labelEnd = i; dot = false
            if i < l.end, t[i] == 0x5C { i += 1 }
            guard i < l.end, t[i] == 0x2E else { break }
            i += 1; dot = true
        }
        // Arabic editions number "11 - تطلب": a dash, then Arabic letters.
        if parts.count == 1, !dot, i + 3 < l.end, t[i] == 0x20, t[i + 1] == 0x2D, t[i + 2] == 0x20, (0xD8...0xDB).contains(t[i + 3]) {
            return (parts, l.start..<labelEnd)
        }
        guard !parts.isEmpty, parts.count <= 3, parts.count >= 2 || dot else { return nil }
        guard i == l.end || t[i].isSpace || ByteText.wideSpace(t, i) > 0 else { return nil }
        return (parts, l.start..<labelEnd)
    }

    static func succeeds(_ parts: [Int], _ base: [Int]) -> Bool {
        parts.count == base.count && parts.dropLast() == base.dropLast() && parts[parts.count - 1] == base[base.count - 1] + 1
    }

    /// "12 Official Records ..." — a footnote body after a separator line.
    static func footnoteNumber(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Int? {
        var i = l.start, v = 0
        while i < l.end, t[i].isDigit, i - l.start < 3 { v = v * 10 + Int(t[i] - 0x30); i += 1 }
        guard i > l.start, i < l.end, t[i] == 0x20 || t[i] == 0x09 else { return nil }
        return ByteText.skipBlanks(t, i, l.end) < l.end ? v : nil
    }

    /// "(a)", "(iv)" at the start of a line: the range of the letters.
    static func sub(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Range<Int>? {
        if l.end - l.start >= 3, t[l.start].isLower, t[l.start + 1] == 0x2E, t[l.start + 2].isSpace {
            return l.start..<l.start + 1  // "a. Provide good offices ..."
        }
        guard l.start < l.end, t[l.start] == 0x28 else { return nil }
        var i = l.start + 1
        while i < l.end, t[i].isLower, i - l.start <= 5 { i += 1 }
        guard i > l.start + 1, i < l.end, t[i] == 0x29 else { return nil }
        guard i + 1 == l.end || t[i + 1].isSpace else { return nil }
        return l.start + 1..<i
    }

    /// Value of a lower-case roman numeral up to 39.
    static func roman(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, upper: Bool = false) -> Int? {
        var total = 0, prev = 0
        for i in r.reversed() {
            let v: Int
            switch upper ? t[i] | 0x20 : t[i] { case 0x69: v = 1; case 0x76: v = 5; case 0x78: v = 10; default: return nil }
            total += v < prev ? -v : v
            prev = max(prev, v)
        }
        guard total > 0, total < 40 else { return nil }
        return total
    }

    /// "II. Action taken ...", "A. Enhancing ...", "\tB.\tSupport", or a bare "III" / "B" line.
    static func isRomanOrLetterHeading(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        while i < l.end, i - l.start < 7, t[i] == 0x49 || t[i] == 0x56 || t[i] == 0x58 || t[i] == 0x4C { i += 1 }
        if i == l.start {
            guard t[i].isUpper else { return false }
            i += 1
        }
        if i == l.end { return i - l.start <= 6 }
        guard t[i] == 0x2E, i + 1 < l.end, t[i + 1].isSpace else { return false }
        return l.end - l.start < 300
    }

    /// "Annex", "Annexes", "Annex II" alone on the line ("Annex II: articles 2 ..." is a citation).
    static func isAnnexHeading(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        while i < l.end, t[i] == 0x2A || t[i] == 0x23 || t[i] == 0x20 { i += 1 }
        i = ByteText.skipBlanks(t, ByteText.wordEnd(t, i, l.end), l.end)
        let e = ByteText.wordEnd(t, i, l.end)
        guard e == i || (i..<e).allSatisfy({ t[$0] == 0x49 || t[$0] == 0x56 || t[$0] == 0x58 }) else { return false }
        return (e..<l.end).allSatisfy { t[$0] == 0x2A || t[$0].isSpace }
    }

    /// "Annex", "Annex II" -> "", "II".
    static func annexLabel(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> String {
        let i = ByteText.skipBlanks(t, ByteText.wordEnd(t, l.start, l.end), l.end)
        let e = ByteText.wordEnd(t, i, l.end)
        let label = t.string(i..<e)
        return !label.isEmpty && label.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 } ? label : ""
    }

    /// Whether the text ends a sentence or a clause: `. ; : , ? !`, looking past footnote marks
    /// ("…74/91;2"), Markdown emphasis and a closing quote.
    static func endsTerminal(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound, t[e - 1].isSpace || t[e - 1] == 0x2A || t[e - 1] == 0x5F { e -= 1 }
        while e - 2 >= r.lowerBound, ByteText.superscript(t, e - 2) != nil || e - 3 >= r.lowerBound && ByteText.superscript(t, e - 3) != nil {
            e -= ByteText.superscript(t, e - 2) != nil ? 2 : 3
        }
        var d = e
        while d > r.lowerBound, t[d - 1].isDigit, e - d < 3 { d -= 1 }
        if d < e, d > r.lowerBound, isTerminal(t[d - 1]) || t[d - 1] == 0x29 || wideTerminal(t, r.lowerBound, d),
           t[d - 1] != 0x2E || d - 1 == r.lowerBound || !t[d - 2].isDigit { e = d }  // not "22.1"
        else if d < e, d > r.lowerBound, t[d - 1] == 0x20 || t[d - 1] == 0x09 {
            e = spacedMarkEnd(t, r.lowerBound, d) ?? e  // PDF text: "Human Rights, 1"
        }
        if e - 3 >= r.lowerBound, t[e - 3] == 0xE2, t[e - 2] == 0x80, t[e - 1] == 0x9D { e -= 3 }  // ”
        else if e > r.lowerBound, t[e - 1] == 0x22 || t[e - 1] == 0x29 || t[e - 1] == 0x5D { e -= 1 }
        return e > r.lowerBound && (isTerminal(t[e - 1]) || wideTerminal(t, r.lowerBound, e))
    }

    /// Chinese and Arabic punctuation ending at `e`: "。", "；", "：", "，", "؛", "،".
    static func wideTerminal(_ t: UnsafeBufferPointer<UInt8>, _ lower: Int, _ e: Int) -> Bool {
        if e - 3 >= lower, t[e - 3] == 0xE3, t[e - 2] == 0x80, t[e - 1] == 0x82 { return true }
        if e - 3 >= lower, t[e - 3] == 0xEF, t[e - 2] == 0xBC, t[e - 1] == 0x9B || t[e - 1] == 0x9A || t[e - 1] == 0x8C { return true }
        return e - 2 >= lower && t[e - 2] == 0xD8 && (t[e - 1] == 0x9B || t[e - 1] == 0x8C)
    }

    /// A footnote mark after a blank, as text extracted from PDFs prints it ("Lebanon, 44"): where the
    /// punctuation before the blanks ends, if it is `, ; :` or a full stop after a word longer than four
    /// letters (so "para. 12", "No. 1", "Add. 1" stay numbers).
    static func spacedMarkEnd(_ t: UnsafeBufferPointer<UInt8>, _ lower: Int, _ d: Int) -> Int? {
        var p = d
        while p > lower, t[p - 1] == 0x20 || t[p - 1] == 0x09 { p -= 1 }
        guard p > lower else { return nil }
        switch t[p - 1] {
        case 0x2C, 0x3B, 0x3A: return p
        case 0x2E:
            var w = p - 1
            while w > lower, t[w - 1].isLetter { w -= 1 }
            return p - 1 - w > 4 ? p : nil
        default: return nil
        }
    }

    @inline(__always) static func isTerminal(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x3B || b == 0x3A || b == 0x2C || b == 0x3F || b == 0x21
    }

    /// A short single line in capitals without closing punctuation: an unnumbered heading.
    static func looksLikeHeading(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, multiLine: Bool) -> Bool {
        !multiLine && r.count <= 120 && t[r.lowerBound].isUpper && !endsTerminal(t, r)
    }

    /// "Item 111 of the preliminary list*": a footnote mark in the masthead.
    static func hasStarMark(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r where t[i] == 0x2A && i > r.lowerBound && t[i - 1].isAlnum {
            if i + 1 == r.upperBound || t[i + 1].isSpace { return true }
        }
        return false
    }

    /// Page furniture of PDF text: running heads ("A/RES/78/104" plus the title), job numbers
    /// ("23-24973"), page numbers ("2/12") and bar codes ("*2324973*").
    static func isFurniture(_ t: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> Bool {
        guard lines.count <= 8, lines.allSatisfy({ $0.end - $0.start <= 120 }) else { return false }
        if lines.contains(where: { isPageOrJob(t, $0) }) { return true }
        return isBareSymbol(t, lines[0]) || isBareSymbol(t, lines[lines.count - 1])
    }

    static func isPageOrJob(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        func digits() -> Int { let s = i; while i < l.end, t[i].isDigit { i += 1 }; return i - s }
        if i < l.end, t[i] == 0x2A {  // *2324973*
            i += 1
            return digits() >= 6 && i + 1 == l.end && t[i] == 0x2A
        }
        let a = digits()
        guard a > 0, i < l.end else { return false }
        if t[i] == 0x2F { i += 1; return digits() > 0 && i == l.end && a <= 3 }  // 2/12
        if t[i] == 0x2D, a == 2 { i += 1; return digits() == 5 }  // 23-24973 (E) 271023
        return false
    }

    static func isBareSymbol(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        let n = l.end - l.start
        guard n >= 5, n <= 40, t[l.start].isUpper else { return false }
        var slash = false
        for i in l.start..<l.end {
            let b = t[i]
            if b == 0x2F { slash = true; continue }
            guard b.isAlnum || b == 0x2E || b == 0x2D || b == 0x28 || b == 0x29 else { return false }
        }
        return slash
    }
}
