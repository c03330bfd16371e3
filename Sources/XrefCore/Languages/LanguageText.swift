/// Words, gaps and direction marks in UTF-8 text of any script, for the other-language scanners. A word
/// character is an ASCII letter or digit, or a letter of the Latin, Cyrillic, Arabic or CJK blocks;
/// no-break spaces, typographic punctuation (E2 ..), CJK punctuation (E3 80 ..) and the Arabic comma,
/// semicolon and question mark are not.
enum LanguageText {
    /// Whether the character starting at `s` belongs to a word.
    @inline(__always)
    static func isWordChar(_ t: Bytes, _ s: Int) -> Bool {
        let b = t.at(s)
        if b < 0x80 { return b.isAlnum }
        switch b {
        case 0xC2, 0xE2: return false
        case 0xD8: let c = t.at(s + 1); return c != 0x8C && c != 0x9B && c != 0x9F && c != 0x9C
        case 0xD9: let c = t.at(s + 1); return !(0xAA...0xAD).contains(c)
        case 0xE3: return t.at(s + 1) != 0x80
        case 0xEF: return t.at(s + 1) != 0xBC && t.at(s + 1) != 0xBB
        default: return b >= 0xC3
        }
    }

    @inline(__always)
    static func width(_ b: UInt8) -> Int { b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1 }

    /// Whether a word character ends right before `i`.
    static func letterBefore(_ t: Bytes, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        var s = i - 1
        while s > 0, t[s] & 0xC0 == 0x80, i - s < 4 { s -= 1 }
        return isWordChar(t, s)
    }

    /// The end of the word starting at `i`.
    static func wordEnd(_ t: Bytes, _ i: Int) -> Int {
        var j = i
        while j < t.count, isWordChar(t, j) { j += width(t[j]) }
        return min(j, t.count)
    }

    /// The start of the word ending at `e`.
    static func wordStart(_ t: Bytes, _ e: Int) -> Int {
        var s = e
        while s > 0, letterBefore(t, s) {
            s -= 1
            while s > 0, t[s] & 0xC0 == 0x80 { s -= 1 }
        }
        return s
    }

    /// A direction mark (LRM, RLM, ALM, embeddings U+202A-202E) at `i`: its length, else 0.
    @inline(__always)
    static func directionMark(_ t: Bytes, _ i: Int) -> Int {
        if t.at(i) == 0xE2, t.at(i + 1) == 0x80 {
            let c = t.at(i + 2)
            if c == 0x8E || c == 0x8F || (0xAA...0xAE).contains(c) { return 3 }
        }
        if t.at(i) == 0xD8, t.at(i + 1) == 0x9C { return 2 }
        return 0
    }

    static func skipMarks(_ t: Bytes, _ i: Int) -> Int {
        var j = i
        while case let m = directionMark(t, j), m > 0 { j += m }
        return j
    }

    /// `i` moved over spaces, direction marks and at most one line break.
    static func skipGap(_ t: Bytes, _ i: Int) -> Int {
        var j = i, breaks = 0
        while j < t.count {
            let b = t[j]
            if b == 0x20 || b == 0x09 || b == 0x0D { j += 1; continue }
            if b == 0x0A, breaks == 0 { breaks += 1; j += 1; continue }
            let m = directionMark(t, j)
            if m > 0 { j += m; continue }
            break
        }
        return j
    }

    /// `e` moved back over spaces and direction marks.
    static func skipGapBack(_ t: Bytes, _ e: Int) -> Int {
        var j = e
        while j > 0 {
            if t[j - 1] == 0x20 || t[j - 1] == 0x09 { j -= 1; continue }
            if j >= 3, directionMark(t, j - 3) == 3 { j -= 3; continue }
            break
        }
        return j
    }

    /// Whether the whole word `w` stands at `i`.
    static func word(_ w: [UInt8], at i: Int, in t: Bytes) -> Bool {
        t.matches(w, at: i) && !isWordChar(t, i + w.count)
    }

    /// An organ name at `i`: the offset after it.
    static func matchName(_ name: LanguageTable.OrganName, at i: Int, in t: Bytes) -> Int? {
        var k = i
        for (n, w) in name.words.enumerated() {
            if n > 0 {
                let g = skipGap(t, k)
                guard g > k else { return nil }
                k = g
            }
            guard t.matches(w.stem, at: k) else { return nil }
            if w.open { k = wordEnd(t, k + w.stem.count) } else {
                k += w.stem.count
                guard !isWordChar(t, k) else { return nil }
            }
        }
        return k
    }
}

extension LanguageText {
    /// Arabic tatweel (U+0640) and short-vowel marks (U+064B-0652): drawn inside words, never part of
    /// their spelling ("قراريهــا", "قراريْ").
    @inline(__always)
    static func isArabicFiller(_ t: Bytes, _ i: Int) -> Bool {
        t.at(i) == 0xD9 && (t.at(i + 1) == 0x80 || (0x8B...0x92).contains(t.at(i + 1)))
    }

    /// The bytes of `r` without Arabic fillers.
    static func spelling(_ t: Bytes, _ r: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        var k = r.lowerBound
        while k < r.upperBound {
            if isArabicFiller(t, k) { k += 2; continue }
            out.append(t[k]); k += 1
        }
        return out
    }
}

/// Arabic item forms (un-symbols-languages.md §4): part letters written as letter names ("ألف" A,
/// "باء" B), sessions as "د-3" (III) and special sessions as "دإ-4" (S-IV), special-session
/// resolutions "دإ-23/2" (S-23/2), and UNFCCC decisions "1/م أ-21" (1/CP.21).
struct ArabicItems {
    let t: Bytes

    static let partNames: [([UInt8], String)] = ([("ألف", "A"), ("باء", "B"), ("جيم", "C"), ("دال", "D"), ("هاء", "E"),
                                                  ("واو", "F"), ("زاي", "G"), ("حاء", "H"), ("طاء", "I"), ("ياء", "J"),
                                                  ("كاف", "K"), ("لام", "L"), ("ميم", "M"), ("نون", "N"), ("سين", "O"), ("عين", "P"),
                                                  ("فاء", "Q"), ("صاد", "R"), ("قاف", "S"), ("راء", "T"), ("شين", "U"), ("تاء", "V"),
                                                  ("ثاء", "W"), ("خاء", "X"), ("ذال", "Y"), ("ضاد", "Z")] as [(String, String)]).map { (Array($0.0.utf8), $0.1) }
    private static let session = Array("د-".utf8), special = Array("دإ-".utf8), conference = Array("م أ-".utf8)
    /// "د إ-23/2": the special-session letters also come apart.
    private static let specialSpaced = Array("د إ-".utf8)
    private static let emergency = Array("دإط-".utf8), to = Array("إلى".utf8)

    func item(at i: Int) -> CitationItem? {
        // "دإط-10/15": emergency special session ES-10/15.
        if t.matches(Self.emergency, at: i), let (a, e) = t.number(at: i + Self.emergency.count, maxDigits: 2),
           t.at(e) == UInt8(ascii: "/"), let (b, e2) = t.number(at: e + 1, maxDigits: 3) {
            return CitationItem(form: .session(prefix: "ES-", a, b), range: i..<e2)
        }
        for special in [Self.special, Self.specialSpaced] where t.matches(special, at: i) {
            if let (a, e) = t.number(at: i + special.count, maxDigits: 2), t.at(e) == UInt8(ascii: "/"),
               let (b, e2) = t.number(at: e + 1, maxDigits: 3) {
                return CitationItem(form: .session(prefix: "S-", a, b), range: i..<e2)
            }
        }
        guard let (a, e) = t.number(at: i, maxDigits: 4) else { return nil }
        if t.at(e) == UInt8(ascii: "/") {
            if t.matches(Self.conference, at: e + 1), let (m, e2) = t.number(at: e + 1 + Self.conference.count, maxDigits: 2) {
                return CitationItem(form: .convention(a, body: "CP", session: m), range: i..<e2)
            }
            return nil
        }
        var k = e
        var parts: [String] = []
        if let (p, pe) = self.parts(at: k) { parts = p; k = pe }
        var o = k
        if t.at(o) == 0x20 { o += 1 }
        guard t.at(o) == UInt8(ascii: "(") else { return nil }
        o += 1
        var prefix = ""
        if t.matches(Self.special, at: o) { prefix = "S-"; o += Self.special.count }
        else if t.matches(Self.session, at: o) { o += Self.session.count } else { return nil }
        guard let (s, close) = t.number(at: o, maxDigits: 2), t.at(close) == UInt8(ascii: ")"), let roman = Roman.numeral(s) else { return nil }
        return CitationItem(form: .romanSession(a, session: prefix + roman, value: s), range: i..<(close + 1), parts: parts)
    }

    /// " ألف", " ألف و باء", " ألف إلى جيم" (A to C) after a number.
    func parts(at i: Int) -> ([String], Int)? {
        var parts: [String] = []
        var k = i
        while t.at(k) == 0x20 {
            var j = k + 1
            var range = false
            if !parts.isEmpty {
                if LanguageText.word(Self.to, at: j, in: t) { j += Self.to.count + 1; range = true }
                else {
                    guard t.at(j) == 0xD9, t.at(j + 1) == 0x88 else { break }  // "و"
                    j += 2
                    if t.at(j) == 0x20 { j += 1 }
                }
            }
            guard let (name, letter) = Self.partNames.first(where: { LanguageText.word($0.0, at: j, in: t) }) else { break }
            if range, let last = parts.last?.utf8.first, let next = letter.utf8.first, last < next {
                parts += Recognizer.letterRange(last, next).dropFirst()
            } else { parts.append(letter) }
            k = j + name.count
        }
        return parts.isEmpty ? nil : (parts, k)
    }

    /// A footnote mark printed in parentheses after a citation: "2010(3)،".
    static func skipNoteMark(_ t: Bytes, _ i: Int) -> Int {
        guard t.at(i) == UInt8(ascii: "("), let (_, e) = t.number(at: i + 1, maxDigits: 2), t.at(e) == UInt8(ascii: ")") else { return i }
        return e + 1
    }
}

extension Roman {
    /// `3` -> "III", for Arabic sessions ("د-3").
    static func numeral(_ n: Int) -> String? {
        guard (1...99).contains(n) else { return nil }
        let tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"]
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return tens[n / 10] + ones[n % 10]
    }
}
