/// ASCII classification and small matchers on UTF-8 bytes, shared by the scanners.
extension UInt8 {
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isLower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isAlnum: Bool { isDigit || isLetter }
    /// Space, tab, CR or LF.
    @inline(__always) var isSpace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D }
    @inline(__always) var lowered: UInt8 { isUpper ? self | 0x20 : self }
}

typealias Bytes = UnsafeBufferPointer<UInt8>

extension UnsafeBufferPointer where Element == UInt8 {
    @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 && i < count ? self[i] : 0 }

    /// Whether `word` stands at `i` (ASCII case-insensitive when `caseless`).
    func matches(_ word: [UInt8], at i: Int, caseless: Bool = false) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count {
            let a = self[i + k], b = word[k]
            if a != b && !(caseless && a.lowered == b.lowered) { return false }
        }
        return true
    }

    /// Whether `word` stands at `i`; String literals are not copied, so callers may pass them freely.
    @inline(__always)
    func matches(_ word: String, at i: Int, caseless: Bool = false) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for b in word.utf8 {
            guard k < count else { return false }
            let a = self[k]
            if a != b && !(caseless && a.lowered == b.lowered) { return false }
            k += 1
        }
        return true
    }

    func endsWord(_ word: String, at end: Int) -> Bool {
        let start = end - word.utf8.count
        return start >= 0 && matches(word, at: start) && !at(start - 1).isAlnum
    }

    /// Whether `word` ends exactly at `end` (exclusive), as a whole word.
    func endsWord(_ word: [UInt8], at end: Int) -> Bool {
        let start = end - word.count
        return matches(word, at: start) && !at(start - 1).isAlnum
    }

    /// The end of `word` at `i` where each space in it may also be a line break in the text (names and
    /// phrases wrap in extracted text: "the Conference \nof the Parties"); nil when it does not stand there.
    func matchesWrapped<W: Collection>(_ word: W, at i: Int) -> Int? where W.Element == UInt8 {
        var k = i
        for b in word {
            if b == 0x20 {
                var breaks = 0
                guard k < count, self[k] == 0x20 || self[k] == 0x0A || self[k] == 0x0D else { return nil }
                while k < count, self[k] == 0x20 || self[k] == 0x0D || self[k] == 0x0A && breaks == 0 { if self[k] == 0x0A { breaks += 1 }; k += 1 }
            } else {
                guard k < count, self[k] == b else { return nil }
                k += 1
            }
        }
        return k
    }

    /// The end of `word` at `i` (ASCII case-insensitive) when a line break splits it after a hyphen
    /// ("reso-\nlutions", as transcripts and PDF text print it); nil when it stands there whole or not at all.
    func matchesHyphenated(_ word: [UInt8], at i: Int) -> Int? {
        var k = i, split = false
        for b in word {
            if !split, k > i, self.at(k) == 0x2D, let next = ByteText.lineBreakHyphen(self, k, count) { k = next; split = true }
            guard k < count, self[k].lowered == b else { return nil }
            k += 1
        }
        return split ? k : nil
    }

    /// `end` moved back over spaces (not over blank lines).
    func skipSpacesBack(_ end: Int) -> Int {
        var e = end
        while e > 0, self[e - 1] == 0x20 || self[e - 1] == 0x09 || (self[e - 1] == 0x0A && self.at(e - 2) != 0x0A) { e -= 1 }
        return e
    }

    /// `i` moved over spaces and at most one line break.
    func skipSpaces(_ i: Int) -> Int {
        var j = i, breaks = 0
        while j < count {
            let b = self[j]
            if b == 0x20 || b == 0x09 || b == 0x0D { j += 1 } else if b == 0x0A, breaks == 0 { breaks += 1; j += 1 } else { break }
        }
        return j
    }

    /// The decimal number at `i`, up to `maxDigits`, and the offset after it.
    func number(at i: Int, maxDigits: Int = 5) -> (Int, Int)? {
        var j = i, v = 0
        while j < count, self[j].isDigit, j - i < maxDigits { v = v * 10 + Int(self[j] - 0x30); j += 1 }
        if j == i || (j < count && self[j].isDigit) { return nil }
        return (v, j)
    }

    func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[r]), as: UTF8.self)
    }

    /// The text of `r` on one line: `string(r).split(whereSeparator: \.isWhitespace).joined(separator: " ")`,
    /// worked out scalar by scalar. Splitting by Character broke the text into graphemes, a sixth of all the
    /// time of `xref extract`. A grapheme is whitespace when its first scalar is; only marks and format
    /// characters after a whitespace scalar, or letters and format characters of the Prepend kind before
    /// one, can join it into another grapheme, and then the Character split is used as it was.
    func oneLine(_ r: Range<Int>) -> String {
        if let ascii = asciiOneLine(r) { return ascii }
        let text = string(r)
        var out: [UInt8] = [], pendingSpace = false, previous: (scalar: Unicode.Scalar, white: Bool)?
        out.reserveCapacity(r.count)
        for s in text.unicodeScalars {
            // ASCII judged by value: Unicode's property lookup per scalar cost as much as the graphemes did.
            let white = s.isASCII ? s.value == 0x20 || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
            if let p = previous, white != p.white, !p.scalar.isASCII || !s.isASCII, Self.mayJoin(white ? p.scalar : s, before: white) {
                return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            previous = (s, white)
            if white { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if s.isASCII { out.append(UInt8(s.value)) } else { UTF8.encode(s) { out.append($0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `oneLine` for ASCII text, byte by byte: most clauses' evidence is ASCII, and decoding it scalar by scalar
    /// was a twentieth of `xref graph`. The same rules as the scalar loop, which never joins two ASCII scalars.
    /// Nil at the first non-ASCII byte.
    private func asciiOneLine(_ r: Range<Int>) -> String? {
        var out: [UInt8] = [], pendingSpace = false
        out.reserveCapacity(r.count)
        for i in r {
            let b = self[i]
            if b >= 0x80 { return nil }
            if b == 0x20 || (0x09...0x0D).contains(b) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `s`, next to a whitespace scalar (before it when `before`), may share its grapheme.
    private static func mayJoin(_ s: Unicode.Scalar, before: Bool) -> Bool {
        switch s.properties.generalCategory {
        case .format, .spacingMark: return true
        case .nonspacingMark, .enclosingMark, .modifierSymbol: return !before
        case .otherLetter: return before
        default: return false
        }
    }
}

/// A set of byte pairs, one bit each.
struct BytePairSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ pairs: [(UInt8, UInt8)]) {
        for (a, b) in pairs { let v = Int(a) << 8 | Int(b); bits[v >> 6] |= 1 << UInt64(v & 63) }
    }

    @inline(__always) func contains(_ a: UInt8, _ b: UInt8) -> Bool {
        let v = Int(a) << 8 | Int(b)
        return bits[v >> 6] & 1 << UInt64(v & 63) != 0
    }
}

/// Roman numerals as UN sessions use them (I to LXXX).
enum Roman {
    static func value(_ s: Bytes, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 9 else { return nil }
        var total = 0, prev = 0
        for i in r.reversed() {
            let v: Int
            switch s[i] {
            case UInt8(ascii: "I"): v = 1
            case UInt8(ascii: "V"): v = 5
            case UInt8(ascii: "X"): v = 10
            case UInt8(ascii: "L"): v = 50
            case UInt8(ascii: "C"): v = 100
            default: return nil
            }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total
    }
}
