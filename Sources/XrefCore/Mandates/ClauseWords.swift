/// An operative paragraph as words for the clause reader: lower-cased words and punctuation marks, each
/// with its byte range in the source. Only operative paragraphs are cut this way.
struct ClauseWord: Sendable {
    /// Lower-case word ("secretary-general", "eighty-first", "2025") or one punctuation mark (",", ";", ":").
    var text: String
    /// The word as printed.
    var original: String
    var range: Range<Int>
    /// The word as printed begins with a capital ("UNMISS", "Institute").
    var capital: Bool
    /// `ByteText.hash` of `text`: what the lexicons' sets are keyed by, so no String is hashed per word.
    var key: UInt64
    /// A word, not a punctuation mark.
    var isWord: Bool
    /// Ends in "ly": an adverb that may stand before a verb ("Further requests", "Strongly urges").
    var adverbial: Bool
}

/// Lexicon words looked up by a clause word's `key`.
struct ClauseWordSet: Sendable, ExpressibleByArrayLiteral {
    private let set: WordSet
    init<S: Sequence>(_ words: S) where S.Element == String { set = WordSet(words.map(ByteText.hash)) }
    init(arrayLiteral words: String...) { self.init(words) }
    @inline(__always) func contains(_ w: ClauseWord) -> Bool { set.contains(w.key) }
    func contains(_ word: String) -> Bool { set.contains(ByteText.hash(word)) }
}

enum ClauseWords {
    /// The marks , ; : . ( ) as words, by byte: made once, not a String and a hash for each mark met.
    static let markWords: [ClauseWord?] = (0..<0x80).map { c -> ClauseWord? in
        guard [0x2C, 0x3B, 0x3A, 0x2E, 0x28, 0x29].contains(c) else { return nil }
        let mark = String(UnicodeScalar(UInt8(c)))
        return ClauseWord(text: mark, original: mark, range: 0..<1, capital: false, key: ByteText.hash(mark),
                          isWord: false, adverbial: false)
    }

    /// Words of `range`: letters and digits joined by inner hyphens, apostrophes and slashes; NBSP is a
    /// space, the dashes U+2010-U+2014 and the curly apostrophe are their ASCII forms; other non-ASCII bytes
    /// belong to words; quotes and brackets are dropped; , ; : . ( ) are marks.
    static func words(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [ClauseWord] {
        var out: [ClauseWord] = []
        out.reserveCapacity(range.count / 6)
        var i = range.lowerBound
        let end = min(range.upperBound, t.count)
        while i < end {
            let c = t[i]
            // A dash or curly apostrophe between words separates them; a no-break space is a space.
            if c == 0xE2, i + 2 < end, t[i + 1] == 0x80, (0x90...0x94).contains(t[i + 2]) || t[i + 2] == 0x99 { i += 3; continue }
            if c == 0xC2, i + 1 < end, t[i + 1] == 0xA0 { i += 2; continue }
            if isWordByte(t, i, end) {
                let word = self.word(t, at: i, end: end)
                out.append(word)
                i = word.range.upperBound
                continue
            }
            if c == 0x2C || c == 0x3B || c == 0x3A || c == 0x2E || c == 0x28 || c == 0x29, var mark = markWords[Int(c)] {
                mark.range = i..<(i + 1)
                out.append(mark)
            }
            if c == 0xE2 { i += 3 } else { i += 1 }
        }
        return out
    }

    /// A letter, digit or non-ASCII byte, save the three-byte punctuation U+2000-U+203F.
    @inline(__always) private static func isWordByte(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = t[i]
        return c.isAlnum || c >= 0x80 && !(c == 0xE2 && i + 1 < end && t[i + 1] == 0x80)
    }

    /// The word starting at `i`, read in one pass: its end, its key hashed on the way, its String made once.
    /// (Collecting its bytes in an array first was a third of the clause reader.)
    private static func word(_ t: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> ClauseWord {
        var i = start, length = 0, last: UInt8 = 0, beforeLast: UInt8 = 0
        var key: UInt64 = 0xcbf2_9ce4_8422_2325, upper = false, dashes = false, broken = false
        while i < end {
            let c = t[i], b: UInt8
            if c.isAlnum {
                // Most bytes: tested first.
                if c.isUpper { upper = true; b = c + 32 } else { b = c }
                i += 1
            } else if c == 0xE2, i + 2 < end, t[i + 1] == 0x80, (0x90...0x94).contains(t[i + 2]) || t[i + 2] == 0x99 {
                // A dash or apostrophe inside a word joins, as its ASCII form.
                guard i + 3 < end, t[i + 3].isAlnum else { break }
                b = t[i + 2] == 0x99 ? 0x27 : 0x2D; dashes = true; i += 3
            } else if c == 0xC2, i + 1 < end, t[i + 1] == 0xA0 {
                break
            } else if isWordByte(t, i, end) {
                b = c; i += 1
            } else if c == 0x2D, let next = lineBreakThenWord(t, i + 1, end) {
                // "Secretary-" at a line's end and "General" on the next (PDF text): one word, hyphen kept.
                b = c; broken = true; i = next
            } else if c == 0x2D || c == 0x27 || c == 0x2F || c == 0x2E && last.isDigit, i + 1 < end, t[i + 1].isAlnum {
                b = c; i += 1
            } else {
                break
            }
            key = (key ^ UInt64(b)) &* 0x100_0000_01b3
            beforeLast = last; last = b; length += 1
        }
        // The printed form is made only for words with capitals (names), which are few: one String a word, not two.
        let text = upper || dashes || broken ? lowered(t, start..<i, length: length) : t.string(start..<i)
        var original = upper ? t.string(start..<i) : text
        if broken, upper { original.removeAll(where: \.isWhitespace) }
        return ClauseWord(text: text, original: original, range: start..<i, capital: t[start].isUpper, key: key,
                          isWord: true, adverbial: length >= 2 && beforeLast == 0x6C && last == 0x79)
    }

    /// A word's bytes as `words` reads them: lower-case, the joining dashes and curly apostrophe as ASCII, the line
    /// break of a word broken after its hyphen left out.
    private static func lowered(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, length: Int) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var i = r.lowerBound, n = 0
            while i < r.upperBound, n < length {
                if t[i] == 0x20 || t[i] == 0x0A || t[i] == 0x0D {
                    i += 1; continue
                } else if t[i] == 0xE2, i + 2 < r.upperBound, t[i + 1] == 0x80, (0x90...0x94).contains(t[i + 2]) || t[i + 2] == 0x99 {
                    buffer[n] = t[i + 2] == 0x99 ? 0x27 : 0x2D; i += 3
                } else {
                    buffer[n] = t[i].lowered; i += 1
                }
                n += 1
            }
            return n
        }
    }

    /// Where the next word starts when only spaces and one line break stand at `i`: a word broken after its hyphen.
    static func lineBreakThenWord(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = i, breaks = 0
        while j < end, t[j] == 0x20 || t[j] == 0x0D || t[j] == 0x0A { if t[j] == 0x0A { breaks += 1 }; j += 1 }
        return breaks == 1 && j < end && t[j].isAlnum ? j : nil
    }

    /// Whether `phrase` (lower-case words separated by spaces) stands at `i`; the index after it.
    static func match(_ w: [ClauseWord], _ i: Int, _ phrase: [String]) -> Int? {
        guard i + phrase.count <= w.count else { return nil }
        for (k, p) in phrase.enumerated() where w[i + k].text != p { return nil }
        return i + phrase.count
    }

    /// `match` for a phrase as keys (`keys(of:)`).
    static func match(_ w: [ClauseWord], _ i: Int, keys phrase: [UInt64]) -> Int? {
        guard i + phrase.count <= w.count else { return nil }
        for (k, p) in phrase.enumerated() where w[i + k].key != p { return nil }
        return i + phrase.count
    }

    static func keys(of words: [String]) -> [UInt64] { words.map(ByteText.hash) }

    /// The first index in `from..<to` where `phrase` stands.
    static func find(_ w: [ClauseWord], _ phrase: [String], from: Int, to: Int) -> Int? {
        var i = from
        while i < min(to, w.count) {
            if match(w, i, phrase) != nil, i + phrase.count <= to { return i }
            i += 1
        }
        return nil
    }
}
