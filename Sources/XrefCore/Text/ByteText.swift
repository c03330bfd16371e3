/// Byte-level helpers shared by the segmenter, the relation classifier and the mandate finder.
/// Everything works on UTF-8 bytes; letters are ASCII letters (the cue words are all ASCII).
enum ByteText {
    // Byte classes (isLetter, isDigit, lowered, isSpace, ...) are the UInt8 extensions in ByteClass.swift;
    // isSpace counts line breaks as blanks, as PDF text wraps sentences.

    /// Length of a non-breaking or narrow space (U+00A0, U+202F, U+2009) at `i`, else 0.
    @inline(__always) static func wideSpace(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if t[i] == 0xC2, i + 1 < t.count, t[i + 1] == 0xA0 { return 2 }
        if t[i] == 0xE2, i + 2 < t.count, t[i + 1] == 0x80, t[i + 2] == 0xAF || t[i + 2] == 0x89 { return 3 }
        return 0
    }

    /// Value of a superscript digit (¹ ² ³ ⁰ ⁴-⁹) at `i` and its byte length.
    static func superscript(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: Int, length: Int)? {
        guard i + 1 < t.count else { return nil }
        if t[i] == 0xC2 {
            switch t[i + 1] { case 0xB9: return (1, 2); case 0xB2: return (2, 2); case 0xB3: return (3, 2); default: return nil }
        }
        if t[i] == 0xE2, i + 2 < t.count, t[i + 1] == 0x81 {
            let c = t[i + 2]
            if c == 0xB0 { return (0, 3) }
            if c >= 0xB4 && c <= 0xB9 { return (Int(c - 0xB0), 3) }
        }
        return nil
    }

    /// 64-bit FNV-1a of the lower-cased bytes: the lexicons are keyed by it so lookups allocate nothing.
    @inline(__always) static func hash(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = from
        while i < to { h = (h ^ UInt64(t[i].lowered)) &* 0x100_0000_01b3; i += 1 }
        return h
    }

    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b.lowered)) &* 0x100_0000_01b3 }
        return h
    }

    /// The byte offset of `needle` (not empty) in `text`'s UTF-8: far cheaper than a String search, which
    /// compares Characters.
    static func firstOffset(of needle: [UInt8], in text: String) -> Int? {
        var text = text
        return text.withUTF8 { t in
            guard t.count >= needle.count else { return nil }
            for i in 0...(t.count - needle.count) where t[i] == needle[0] && t.matches(needle, at: i) { return i }
            return nil
        }
    }

    /// End of the word starting at `i`: ASCII letters joined by inner hyphens or apostrophes
    /// ("Secretary-General", "above-mentioned").
    static func wordEnd(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit {
            if t[j].isLetter { j += 1; continue }
            if (t[j] == 0x2D || t[j] == 0x27), j + 1 < limit, t[j + 1].isLetter { j += 2; continue }
            break
        }
        return j
    }

    /// Matches `phrase` (lower-case ASCII words separated by single spaces) at `i`, case-insensitively,
    /// any run of blanks or non-breaking spaces matching one space; the match must end on a word
    /// boundary before `limit`. Returns the end offset.
    static func match(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int, _ phrase: [UInt8]) -> Int? {
        var j = i
        var k = 0
        while k < phrase.count {
            let p = phrase[k]
            if p == 0x20 {
                var n = 0
                while j < limit {
                    if t[j].isSpace { j += 1; n += 1; continue }
                    let w = wideSpace(t, j)
                    if w > 0 { j += w; n += 1; continue }
                    break
                }
                if n == 0 { return nil }
                k += 1
                continue
            }
            if j < limit, t[j] == 0x2D, p != 0x2D, k > 0, phrase[k - 1].isLetter, let next = lineBreakHyphen(t, j, limit) {
                j = next  // "in accord-\nance with": a word hyphenated over a line break (old transcripts, PDF text)
            }
            guard j < limit, t[j].lowered == p else { return nil }
            j += 1; k += 1
        }
        if j < limit, t[j].isAlnum, phrase[phrase.count - 1].isAlnum { return nil }
        return j
    }

    /// After the hyphen at `i`: the offset of the letter that continues the word on the next line
    /// ("accord-\nance", "accord- \n ance"), or nil when no line break follows the hyphen.
    static func lineBreakHyphen(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
        var j = i + 1, lines = 0
        while j < limit, t[j] == 0x20 || t[j] == 0x09 || t[j] == 0x0A || t[j] == 0x0D {
            if t[j] == 0x0A { lines += 1 }
            j += 1
        }
        return lines == 1 && j < limit && t[j].isLower ? j : nil
    }

    /// Whether a sentence ends at `i` (a `.`, `?`, `!`, or `;` when `semicolons`).
    /// A period ends a sentence only before blank space and a capital, quote, bracket or asterisk,
    /// and never after an abbreviation ("No.", "para.", "Add.") or a one-letter initial.
    static func endsSentence(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ floor: Int, _ limit: Int,
                             semicolons: Bool) -> Bool {
        let b = t[i]
        if b == 0x3B { return semicolons }
        guard b == 0x2E || b == 0x3F || b == 0x21 else { return false }
        var j = i + 1
        if let s = superscript(t, j) { j += s.length }  // "…2019.¹ Preparations"
        var blanks = 0
        while j < limit, t[j].isSpace || wideSpace(t, j) > 0 { j += max(1, wideSpace(t, j)); blanks += 1 }
        if blanks == 0 { return j >= limit }
        guard j < limit else { return true }
        if b != 0x2E { return true }
        let n = t[j]
        let opener = n.isUpper || n == 0x22 || n == 0x5B || n == 0x2A || n == 0x28 || n.isDigit
            || (n == 0xE2 && j + 1 < limit && t[j + 1] == 0x80)  // “ ‘
        guard opener else { return false }
        // The word before the period.
        var w = i
        while w > floor, t[w - 1].isLetter { w -= 1 }
        let len = i - w
        if len == 0 { return true }  // "74/177." or ")."
        if len == 1 { return false }  // initials: "J. Smith", "U.N."
        if n.isDigit, len <= 5 { return false }  // "No. 17", "para. 3"
        return !abbreviations.contains(hash(t, w, i))
    }

    static let abbreviations = WordSet([
        "no", "nos", "para", "paras", "pp", "add", "corr", "rev", "suppl", "sect", "vol", "art", "arts", "chap",
        "cf", "mr", "mrs", "ms", "dr", "st", "prof", "jr", "inc", "ltd", "co", "vs", "op", "cit", "res", "dec",
        "doc", "sess", "amend", "annex", "fig", "ch", "sr", "approx", "eg", "ie", "viz",
    ].map { hash($0) })

    /// Start of the sentence (or clause, with `semicolons`) holding `pos`, not before `floor`:
    /// the first non-blank byte after the previous boundary.
    /// The longest stretch read as one sentence. Real sentences stay far below it; text without sentence
    /// ends (tables, tab-separated data, one 10 MB line) would otherwise make every citation rescan it all.
    static let maxSentence = 3000

    /// Start of the sentence (with `semicolons`, the clause) holding `pos`, after the block's paragraph
    /// number when it opens the block.
    static func unitStart(_ t: UnsafeBufferPointer<UInt8>, _ pos: Int, floor: Int, semicolons: Bool) -> Int {
        let s = sentenceStart(t, pos, floor: floor, semicolons: semicolons)
        return s <= skipBlanks(t, floor, pos) ? skipLabel(t, s, pos) : s
    }

    static func sentenceStart(_ t: UnsafeBufferPointer<UInt8>, _ pos: Int, floor: Int, semicolons: Bool) -> Int {
        let floor = max(floor, pos - maxSentence)
        var i = pos - 1
        while i >= floor {
            let b = t[i]
            if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3B,
               endsSentence(t, i, floor, t.count, semicolons: semicolons) { return skipBlanks(t, i + 1, pos) }
            i -= 1
        }
        return skipBlanks(t, floor, pos)
    }

    /// End (exclusive, after the closing punctuation) of the sentence holding `pos`, not after `limit`.
    static func sentenceEnd(_ t: UnsafeBufferPointer<UInt8>, _ pos: Int, limit: Int, floor: Int, semicolons: Bool) -> Int {
        let limit = min(limit, pos + maxSentence)
        var i = pos
        while i < limit {
            let b = t[i]
            if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3B,
               endsSentence(t, i, floor, limit, semicolons: semicolons) { return i + 1 }
            i += 1
        }
        var e = limit
        while e > pos, t[e - 1].isSpace { e -= 1 }
        return e
    }

    static func skipBlanks(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit {
            if t[j].isSpace { j += 1; continue }
            let w = wideSpace(t, j)
            if w > 0 { j += w; continue }
            break
        }
        return j
    }

    /// Skips what precedes a paragraph's words: its number ("57.", "10.1", "(a)", "(iv)"), footnote
    /// marks, Markdown emphasis and blanks.
    static func skipLabel(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int {
        var j = skipBlanks(t, i, limit)
        while j < limit {
            let start = j
            if t[j] == 0x2A || t[j] == 0x5F || t[j] == 0x5C { j += 1 }  // * _ \ (Markdown)
            else if let s = superscript(t, j) { j += s.length }
            else if t[j].isDigit {
                var k = j
                while k < limit, t[k].isDigit || t[k] == 0x2E { k += 1 }
                if k < limit, t[k].isSpace { j = k } else { break }
            } else if t[j] == 0x28 {
                var k = j + 1
                while k < limit, k - j <= 5, t[k].isAlnum { k += 1 }
                if k < limit, t[k] == 0x29, k > j + 1, k + 1 < limit, t[k + 1].isSpace { j = k + 1 } else { break }
            } else { break }
            j = skipBlanks(t, j, limit)
            if j == start { break }
        }
        return j
    }
}
