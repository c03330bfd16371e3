/// Where each numbered footnote is called from: its marker in the body ("the 2030 Agenda for Sustainable
/// Development,11" calls footnote 11, "Resolution 70/1."). A footnote's citation belongs to the paragraph
/// carrying the marker and takes the relation of the clause there (issue 20, item 10).
enum FootnoteAnchors {
    /// Footnote block id ("fn11") -> the marker's byte range, for the footnotes whose marker was found.
    /// Markup that sets marks apart (`SourceText.marks`) is trusted; plain text is searched for numbers
    /// glued to the word or punctuation before them, in ascending order.
    static func locate(_ t: UnsafeBufferPointer<UInt8>, blocks: [Block], marks: [Range<Int>]) -> [String: Range<Int>] {
        var numbers = Set<Int>()
        for b in blocks where b.kind == .footnote && b.id.hasPrefix("fn") {
            if let n = Int(b.id.dropFirst(2)) { numbers.insert(n) }
        }
        guard !numbers.isEmpty else { return [:] }
        var found: [String: Range<Int>] = [:]
        // Plain text: the notes' first number, then each next within three (a marker may be missed, and
        // "CO2" or "G20" must not jump ahead). Marks from markup are markers already: any order.
        var last = numbers.min()! - 1
        let window = marks.isEmpty ? 3 : Int.max / 2
        func take(_ r: Range<Int>, next: Bool = false) {
            guard r.count <= 3, let n = Int(t.string(r)), numbers.contains(n), found["fn\(n)"] == nil,
                  marks.isEmpty ? n > last : true, n <= (next ? last + 1 : last + window) else { return }
            found["fn\(n)"] = r; last = n
        }
        let body = blocks.filter { $0.kind != .footnote && $0.kind != .masthead && $0.kind != .title }
        if !marks.isEmpty {
            var k = 0
            for m in marks where m.upperBound <= t.count {
                while k < body.count, body[k].range.upperBound <= m.lowerBound { k += 1 }
                if k < body.count, body[k].range.contains(m.lowerBound) { take(m) }
            }
            return found
        }
        for b in body {
            var i = b.range.lowerBound
            let end = min(b.range.upperBound, t.count)
            while i < end {
                guard t[i].isDigit else { i += 1; continue }
                var j = i
                while j < end, t[j].isDigit { j += 1 }
                if glued(t, i, j, end) { take(i..<j) }
                // "issued on 6 November 201717 and": a marker glued to a year.
                else if gluedToYear(t, i, j, end) { take((i + 4)..<j) }
                // "the letter ... to the President of the Security Council, 26": a marker printed apart,
                // taken only as the very next note.
                else if spaced(t, i, j, end) { take(i..<j, next: true) }
                i = j
            }
        }
        return found
    }

    /// A printed marker: digits right after a word ("Change7"), a closing bracket or quote, or punctuation
    /// ending a word or a year ("Development,11", "2015,4"); then a blank or punctuation. Not "CO2" or
    /// "G20" (short capitals), not part of a symbol or number ("70/1", "1.5", "COVID-19").
    static func glued(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: Int) -> Bool {
        guard i > 0 else { return false }
        if j < end, !(t[j].isSpace || t[j] == 0x2C || t[j] == 0x3B || t[j] == 0x2E || t[j] == 0x3A || t[j] == 0x29) { return false }
        if j < end, t[j] == 0x2E || t[j] == 0x2C, j + 1 < end, t[j + 1].isDigit { return false }  // "1.5", "1,000"
        let p = t[i - 1]
        if p.isLetter { return !shortCapitals(t, i) }
        if p == 0x29 || closingQuote(t, i) { return true }
        guard p == 0x2C || p == 0x2E || p == 0x3B || p == 0x3A, i >= 2 else { return false }
        let q = t[i - 2]
        if q.isLetter || q == 0x29 || closingQuote(t, i - 1) { return q.isLetter ? !shortCapitals(t, i - 1) : true }
        // A year: "of 25 September 2015,4".
        guard i >= 6, (i - 5..<i - 1).allSatisfy({ t[$0].isDigit }) else { return false }
        return t[i - 6].isSpace
    }

    /// A marker printed apart from its word, as old transcripts and extracted PDFs print them: "Council, 26"
    /// (end of line), "for the Agency”, 55", "the Universal Declaration of Human Rights, 1  the", "the
    /// Treaty on the Non-Proliferation of Nuclear Weapons 56 since". Before it punctuation closing a word,
    /// a year or a quotation, or a capitalized name that is not a counting noun ("Article 26"); after it
    /// the line ends or a lower-case word follows.
    static func spaced(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: Int) -> Bool {
        guard i >= 2, t[i - 1] == 0x20 || t[i - 1] == 0x09 else { return false }
        var k = j, newline = k >= end
        while k < end, t[k] == 0x20 || t[k] == 0x09 || t[k] == 0x0A || t[k] == 0x0D { if t[k] == 0x0A { newline = true }; k += 1 }
        guard k > j || k >= end, newline || k < end && t[k].isLower else { return false }
        var p = i - 1
        while p > 0, t[p] == 0x20 || t[p] == 0x09 { p -= 1 }
        let q = t[p]
        if q == 0x29 || closingQuote(t, p + 1) { return true }
        // "the industrial era 116 and the", "the rules of procedure 27 and", "reports of 1990 3  and 1995": after a
        // lower-case word or a year only before "and" (a number before other words is a quantity: "some 30 per cent").
        var w = p
        while w > 0, t[w - 1].isLetter { w -= 1 }
        let lowerWord = q.isLetter && t[w].isLower
        if lowerWord || q.isDigit, !(k + 3 <= end && ByteText.match(t, k, end, andWord) != nil && (k + 3 == end || !t[k + 3].isLetter)) {
            return false
        }
        if q.isDigit { return p >= 4 && (p - 3...p).allSatisfy { t[$0].isDigit } && t[p - 4].isSpace && (t[p - 3] == 0x31 || t[p - 3] == 0x32) }
        if lowerWord { return p + 1 - w >= 3 && !countingWord(t, p + 1) && !quantityWords.contains(t.string(w..<(p + 1))) }
        if q == 0x2C || q == 0x3B || q == 0x3A || q == 0x2E {
            guard p >= 1 else { return false }
            if t[p - 1].isDigit {  // "of 2 February 1989, 72 and": a year, not "paragraphs 3, 4 and 5"
                return p >= 6 && (p - 4..<p).allSatisfy { t[$0].isDigit } && t[p - 5].isSpace
            }
            return t[p - 1].isLetter && !countingWord(t, p) || t[p - 1] == 0x29 || closingQuote(t, p)
        }
        guard q.isLetter else { return false }
        var s = p
        while s > 0, t[s - 1].isLetter { s -= 1 }
        return t[s].isUpper && p + 1 - s > 3 && !countingWord(t, p + 1)
    }

    /// The word ending at `e` numbers things ("Article 26", "No. 3", "para. 4"): what follows is no marker.
    static func countingWord(_ t: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        var s = e
        while s > 0, t[s - 1].isLetter { s -= 1 }
        return countingWords.contains(t.string(s..<e).lowercased())
    }

    static let countingWords: Set<String> = [
        "no", "nos", "para", "paras", "paragraph", "paragraphs", "art", "article", "articles", "vol", "volume", "p", "pp",
        "page", "pages", "chap", "chapter", "sect", "section", "annex", "rule", "rules", "part", "principle", "protocol",
        "goal", "target", "phase", "supplement", "resolution", "resolutions", "decision", "decisions", "session", "item",
        "add", "rev", "corr", "table", "figure", "box", "recommendation", "option", "step", "year", "years", "level",
    ]

    /// Words before a number that counts or ranges ("between 2 and 5", "aged 15 and over"): no marker follows them.
    static let quantityWords: Set<String> = [
        "between", "from", "aged", "ages", "age", "than", "about", "some", "nearly", "almost", "around", "over", "under",
        "approximately", "least", "most", "only", "first", "last", "next", "numbers", "number", "times", "days", "weeks",
    ]
    static let andWord = Array("and".utf8)

    /// A year after a month name with the marker glued on: "on 6 November 201717 and" is 2017, note 17.
    static func gluedToYear(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: Int) -> Bool {
        guard j - i >= 5, j - i <= 7, i >= 2, t[i - 1] == 0x20, t[i - 2].isLetter,
              t[i] == 0x31 && t[i + 1] == 0x39 || t[i] == 0x32 && t[i + 1] == 0x30 else { return false }
        if j < end, !(t[j].isSpace || t[j] == 0x2C || t[j] == 0x3B || t[j] == 0x2E || t[j] == 0x29) { return false }
        return !(j + 1 < end && (t[j] == 0x2E || t[j] == 0x2C) && t[j + 1].isDigit)
    }

    /// The word ending at `i` is one to three capitals ("CO", "G", "A"): a name with a number, no marker.
    static func shortCapitals(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var s = i
        while s > 0, t[s - 1].isLetter { s -= 1 }
        return i - s <= 3 && (s..<i).allSatisfy { t[$0].isUpper }
    }

    /// "”" or "’" ends at `i`.
    static func closingQuote(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 3 && t[i - 3] == 0xE2 && t[i - 2] == 0x80 && (t[i - 1] == 0x9D || t[i - 1] == 0x99)
    }
}
