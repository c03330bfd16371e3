/// An operative paragraph as words for the clause reader: lower-cased words and punctuation marks, each
/// with its byte range in the source. Only operative paragraphs are cut this way, so the Strings it makes
/// cost little next to the recognizer's byte pass.
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
        var i = range.lowerBound
        let end = min(range.upperBound, t.count)
        var current: [UInt8] = [], start = 0
        var capital = false, upper = false, broken = false
        func flush(_ at: Int) {
            guard !current.isEmpty else { return }
            // `current` holds the word lower-cased; the printed form is made only for words with capitals
            // (names), which are few: one String a word, not two.
            let text = String(decoding: current, as: UTF8.self)
            var original = upper ? String(decoding: UnsafeBufferPointer(rebasing: t[start..<at]), as: UTF8.self) : text
            if broken, upper { original.removeAll(where: \.isWhitespace) }
            var key: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in current { key = (key ^ UInt64(b)) &* 0x100_0000_01b3 }
            let n = current.count
            out.append(ClauseWord(text: text, original: original, range: start..<at, capital: capital, key: key, isWord: true,
                                  adverbial: n >= 2 && current[n - 2] == 0x6C && current[n - 1] == 0x79))
            current.removeAll(keepingCapacity: true)
            upper = false; broken = false
        }
        while i < end {
            let c = t[i]
            if c == 0xE2, i + 2 < end, t[i + 1] == 0x80, (0x90...0x94).contains(t[i + 2]) || t[i + 2] == 0x99 {
                // A dash or apostrophe inside a word joins; elsewhere it separates.
                let joined: UInt8 = t[i + 2] == 0x99 ? 0x27 : 0x2D
                if !current.isEmpty, i + 3 < end, t[i + 3].isAlnum { current.append(joined) } else { flush(i) }
                i += 3; continue
            }
            if c == 0xC2, i + 1 < end, t[i + 1] == 0xA0 { flush(i); i += 2; continue }
            if c.isAlnum || c >= 0x80 && !(c == 0xE2 && i + 1 < end && t[i + 1] == 0x80) {
                if current.isEmpty { start = i; capital = c >= 0x41 && c <= 0x5A }
                if c >= 0x41 && c <= 0x5A { upper = true; current.append(c + 32) } else { current.append(c) }
                i += 1; continue
            }
            // "Secretary-" at a line's end and "General" on the next (PDF text): one word, hyphen kept.
            if c == 0x2D, !current.isEmpty, let next = lineBreakThenWord(t, i + 1, end) { current.append(c); broken = true; i = next; continue }
            if (c == 0x2D || c == 0x27 || c == 0x2F || c == 0x2E && !current.isEmpty && current.last!.isDigit), !current.isEmpty,
               i + 1 < end, t[i + 1].isAlnum {
                current.append(c); i += 1; continue
            }
            flush(i)
            if c == 0x2C || c == 0x3B || c == 0x3A || c == 0x2E || c == 0x28 || c == 0x29, var mark = markWords[Int(c)] {
                mark.range = i..<(i + 1)
                out.append(mark)
            }
            if c == 0xE2 { i += 3 } else { i += 1 }
        }
        flush(end)
        return out
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
