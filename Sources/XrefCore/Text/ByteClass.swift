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

    /// Byte length of a Unicode White_Space character at `i` (tab to CR, space, NEL, NBSP, U+1680,
    /// U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000), else 0.
    @inline(__always) func whiteSpaceLength(at i: Int) -> Int {
        let b = self[i]
        if b == 0x20 || b &- 0x09 < 5 { return 1 }
        guard b >= 0xC2, i + 1 < count else { return 0 }
        let c = self[i + 1]
        if b == 0xC2 { return c == 0x85 || c == 0xA0 ? 2 : 0 }
        guard i + 2 < count else { return 0 }
        let d = self[i + 2]
        switch (b, c) {
        case (0xE1, 0x9A): return d == 0x80 ? 3 : 0
        case (0xE2, 0x80): return d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0
        case (0xE2, 0x81): return d == 0x9F ? 3 : 0
        case (0xE3, 0x80): return d == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The text of `r` on one line: each run of white space one space, none at either end. What
    /// `split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives, without reading Characters
    /// (which cost a fifth of the clause reader's time).
    func oneLine(_ r: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound, pending = false
        let end = Swift.min(r.upperBound, count)
        while i < end {
            let n = whiteSpaceLength(at: i)
            if n > 0 { pending = !out.isEmpty; i += n; continue }
            if pending { out.append(0x20); pending = false }
            out.append(self[i]); i += 1
        }
        return String(decoding: out, as: UTF8.self)
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
