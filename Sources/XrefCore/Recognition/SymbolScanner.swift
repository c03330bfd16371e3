/// Reads document symbols (un-symbols.md §1, pattern P1-P3, P11): `A/C.3/74/L.5/Rev.1`,
/// `ICCD/COP(13)/21/Add.1`, `S/RES/2396 (2017)`, `A/80/6 (Sect. 3)/Add.1`, `A/RES/58/271A-C`, and the
/// continuation lists that elide a base (`A/59/558/Add.7 to Add.10`, `E/2057 and Add.1 to 5`).
struct FoundSymbol: Equatable {
    var range: Range<Int>
    var key: String
    var parts: [String] = []
    var reissued = false
}

struct SymbolScanner {
    let t: Bytes

    private static let slash = UInt8(ascii: "/")
    /// Roots packed into integers (at most eight letters), so a lookup needs no allocation.
    private static let rootKeys: Set<UInt64> = Set(Lexicon.symbolRoots.map { pack(Array($0.utf8)[...]) })

    @inline(__always)
    private static func pack<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    @inline(__always)
    private func isRoot(_ r: Range<Int>) -> Bool {
        r.count <= 8 && Self.rootKeys.contains(Self.pack(UnsafeBufferPointer(rebasing: t[r])))
    }

    /// Whether a symbol may start at `i`: an upper-case root followed by `/`, not glued to a word before it.
    @inline(__always)
    func mayStart(at i: Int) -> Bool {
        let p = t.at(i - 1)
        return !p.isLetter && p != Self.slash && p != UInt8(ascii: "-") || (p == UInt8(ascii: "-") && t.at(i - 2).isAlnum)
    }

    /// The symbols read from `i`, and the offset after the last one. Several when a continuation list follows.
    func scan(at i: Int) -> ([FoundSymbol], Int)? {
        var j = i
        while j < t.count, t[j].isUpper, j - i < 8 { j += 1 }
        guard j > i, t.at(j) == Self.slash, isRoot(i..<j) else { return nil }
        var key = t.string(i..<j)
        var parts: [String] = []
        var hasDigit = false, components = 0, suffixes = 0
        var end = j
        var k = j
        // Components, each after a slash (a space or one line break may follow the slash, §1.10 rule 3).
        while t.at(k) == Self.slash {
            let afterSlash = k + 1
            var c = afterSlash
            var spaced = false, broken = false
            while t.at(c) == 0x20 || t.at(c) == 0x0A { if t.at(c) == 0x20 { spaced = true } else { broken = true }; c += 1 }
            if c - afterSlash > 2 { break }
            // A line break right after a slash splits one symbol across lines (§1.10 rule 3).
            if broken && !spaced, components < Self.maxComponents, t.at(c).isUpper || t.at(c).isDigit,
               let comp = component(at: c, spaced: false), comp.hasDigit {
                if Self.isSuffix(comp.text) {
                    if suffixes >= Self.maxSuffixes { break }
                    suffixes += 1
                }
                key += "/" + comp.text; hasDigit = true; components += 1; end = comp.end; k = comp.end
                continue
            }
            guard let comp = component(at: c, spaced: spaced) else { break }
            if !parts.isEmpty { break }  // letters like 271A-C close a resolution symbol
            // A real chain is short (A/C.3/74/L.5/Rev.1/Add.1/Corr.1): past the bound the text is not a
            // symbol's tail, and following it made one key per prefix (24 KB gave a 578 MB graph).
            if components >= Self.maxComponents { break }
            if Self.isSuffix(comp.text) {
                if suffixes >= Self.maxSuffixes { break }
                suffixes += 1
            }
            key += "/" + comp.text
            hasDigit = hasDigit || comp.hasDigit
            parts = comp.parts
            components += 1
            end = comp.end
            k = comp.end
            if comp.closesSymbol { break }
            if let p = parenthesis(at: k, key: key) {
                key += p.text; end = p.end; k = p.end
            }
        }
        guard components >= 1, hasDigit else { return nil }
        if !parts.isEmpty && !(SymbolKey.namesResolutionOrDecision(key)) { return nil }
        var first = FoundSymbol(range: i..<end, key: key, parts: parts)
        if t.at(end) == UInt8(ascii: "*"), !t.at(end + 1).isDigit { first.reissued = true; end += 1 }
        var found = [first]
        end = continuations(after: end, of: key, into: &found)
        return (found, end)
    }

    /// Bounds on a symbol: components after the root, and modification suffixes (Add., Corr., Rev., Amend.).
    static let maxComponents = 10
    static let maxSuffixes = 3

    private static func isSuffix<S: StringProtocol>(_ text: S) -> Bool {
        text.hasPrefix("Add.") || text.hasPrefix("Corr.") || text.hasPrefix("Rev.") || text.hasPrefix("Amend.")
    }

    /// Whether a root and its slash stand at `i` (the second half of a double symbol `A/47/277-S/24111`).
    private func startsSymbol(at i: Int) -> Bool {
        var j = i
        while t.at(j).isUpper, j - i < 8 { j += 1 }
        return j > i && t.at(j) == Self.slash && isRoot(i..<j)
    }

    private struct Component { var text: String; var end: Int; var hasDigit: Bool; var parts: [String]; var closesSymbol = false }

    private func component(at i: Int, spaced: Bool) -> Component? {
        let b = t.at(i)
        if spaced {
            // After a stray space only what cannot be prose: a suffix, or a number of three digits or more.
            if b.isDigit { guard let (_, e) = t.number(at: i), e - i >= 3 else { return nil } }
            else if suffixName(at: i) == nil { return nil }
        }
        if b.isDigit { return numberComponent(at: i) }
        guard b.isUpper else { return nil }
        // Session prefixes: ES-10, S-30.
        for prefix in ["ES-", "S-"] where t.matches(prefix, at: i) {
            if let (_, e) = t.number(at: i + prefix.utf8.count, maxDigits: 3), !t.at(e).isLetter {
                return Component(text: t.string(i..<e), end: e, hasDigit: true, parts: [])
            }
        }
        // A run of letters, digits, and inner dots and hyphens: C.3, AC.291, CONF.VI, OzL.Pro.31, COP-MOP, WP.4.
        var j = i
        while j < t.count, j - i < 24 {
            let c = t[j]
            if c.isAlnum { j += 1 }
            else if c == UInt8(ascii: "."), t.at(j + 1).isAlnum { j += 1 }
            else if c == UInt8(ascii: "-"), t.at(j - 1).isLetter, t.at(j + 1).isAlnum, !startsSymbol(at: j + 1) { j += 1 }
            else { break }
        }
        var end = j
        // "L.17A/74/L.17/Add.1": two symbols glued by a scraper; the second starts at the letters.
        var cut = j
        while cut > i, t[cut - 1].isUpper { cut -= 1 }
        if cut < j, cut > i, t[cut - 1].isDigit, t.at(j) == Self.slash, t.at(j + 1).isDigit { end = cut }
        let token = Bytes(rebasing: t[i..<end])
        let hasDigit = token.contains { $0.isDigit }
        let dotted = token.contains(UInt8(ascii: "."))
        var text = t.string(i..<end)
        if let name = suffixName(at: i) {
            guard let dot = token.firstIndex(of: UInt8(ascii: ".")) else { return nil }
            text = name + t.string(i + dot..<end)
        } else if !dotted && !hasDigit {
            guard end - i <= 12, token.allSatisfy({ $0.isUpper || $0 == UInt8(ascii: "-") }) || text == "Summary" || text == "Agenda" else { return nil }
        }
        if end == j, t.at(end) == UInt8(ascii: "("), let close = shortParen(at: end) { text += t.string(end..<close); end = close }
        // "TD/B (S-XXXIII)/1": the same with a stray space, when the symbol goes on after it.
        else if end == j, t.at(end) == 0x20, t.at(end + 1) == UInt8(ascii: "("), let close = shortParen(at: end + 1),
                t.at(close) == Self.slash { text += t.string(end + 1..<close); end = close }
        return Component(text: text, end: end, hasDigit: hasDigit || text.utf8.contains(UInt8(ascii: "(")), parts: [], closesSymbol: end < j)
    }

    /// `74`, `2019`, `271A-C`, `201B` (letters only before a non-word character: parts of a resolution).
    private func numberComponent(at i: Int) -> Component? {
        var j = i
        while t.at(j).isDigit, j - i < 6 { j += 1 }
        if t.at(j).isDigit { return nil }
        let digits = t.string(i..<j)
        if t.at(j).isUpper {
            var parts = [t.string(j..<j + 1)]
            var e = j + 1
            if t.at(e) == UInt8(ascii: "-"), t.at(e + 1).isUpper, !t.at(e + 2).isAlnum {
                parts = Recognizer.letterRange(t[j], t[e + 1]); e += 2
            }
            guard !t.at(e).isAlnum, t.at(e) != Self.slash else { return nil }
            return Component(text: digits, end: e, hasDigit: true, parts: parts)
        }
        if t.at(j).isLower { return nil }
        // Combined periodic reports of treaty bodies: "CERD/C/SVN/CO/6-7", "CRC/C/SVN/CO/3-4".
        if t.at(j) == UInt8(ascii: "-"), let (_, e) = t.number(at: j + 1, maxDigits: 2), !t.at(e).isAlnum, t.at(e) != UInt8(ascii: ".") {
            return Component(text: t.string(i..<e), end: e, hasDigit: true, parts: [])
        }
        return Component(text: digits, end: j, hasDigit: true, parts: [])
    }

    /// `(13)`, `(XXXV)`, `(A)`, `(S-XXXIV)` (a special session: `TD/B(S-XXXIV)/1`) glued inside a symbol.
    private func shortParen(at i: Int) -> Int? {
        var j = i + 1
        while t.at(j).isAlnum || t.at(j) == UInt8(ascii: "-") && t.at(j - 1).isUpper && t.at(j + 1).isUpper, j - i <= 10 { j += 1 }
        return j > i + 1 && t.at(j) == UInt8(ascii: ")") ? j + 1 : nil
    }

    /// The canonical name of a modification suffix at `i` (`ADD.` -> `Add`), if one stands there.
    private func suffixName(at i: Int) -> String? {
        // Add, Corr, Rev, Amend, Summary: anything else is rejected on its first letter.
        switch t.at(i) | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "r"), UInt8(ascii: "s"): break
        default: return nil
        }
        for name in ["Add", "Corr", "Rev", "Amend"] {
            let n = name.utf8.count
            if t.matches(name, at: i, caseless: true), t.at(i + n) == UInt8(ascii: "."), t.at(i + n + 1).isDigit {
                return name
            }
        }
        if t.matches("Summary", at: i, caseless: true), !t.at(i + 7).isAlnum { return "Summary" }
        return nil
    }

    /// A parenthesised part after a symbol: ` (2017)` on SC resolutions, ` (XV)` on old resolutions,
    /// ` (Part I)`, ` (Vol. II)`, ` (Sect. 10)`, ` (Resumption 1)`. Returns the canonical text.
    private func parenthesis(at i: Int, key: String) -> (text: String, end: Int)? {
        var o = i
        if t.at(o) == 0x20 { o += 1 }
        guard t.at(o) == UInt8(ascii: "(") else { return nil }
        let inner = o + 1
        var close = inner
        while close < t.count, t[close] != UInt8(ascii: ")"), t[close] != 0x0A, close - inner < 24 { close += 1 }
        guard t.at(close) == UInt8(ascii: ")") else { return nil }
        let isResolution = SymbolKey.namesResolutionOrDecision(key)
        if let (year, e) = t.number(at: inner), e == close, e - inner == 4 {
            return key.hasPrefix("S/RES/") && (1946...2030).contains(year) ? (" (\(year))", close + 1) : nil
        }
        var r = inner
        for prefix in ["ES-", "S-"] where t.matches(prefix, at: r) { r += prefix.utf8.count }
        if Roman.value(t, r..<close) != nil {
            return isResolution ? (" (" + t.string(inner..<close) + ")", close + 1) : nil
        }
        for (word, canonical) in [("Part", "Part"), ("Vol.", "Vol."), ("Sect.", "Sect."), ("Resumption", "Resumption"), ("Introduction", "Introduction")] {
            guard t.matches(word, at: inner, caseless: true) else { continue }
            let after = inner + word.utf8.count
            var v = after
            while t.at(v) == 0x20 { v += 1 }
            if canonical == "Introduction" { guard v == close else { return nil }; return (" (Introduction)", close + 1) }
            guard v < close, v > after || canonical == "Vol." || canonical == "Sect.",
                  (v..<close).allSatisfy({ t[$0].isAlnum }) else { return nil }
            return (" (" + canonical + " " + t.string(v..<close) + ")", close + 1)
        }
        return nil
    }

    /// Elided addenda after a symbol: `, 44 and 50`, ` to Add.10`, `-13`, ` and Corr.1`.
    private func continuations(after end: Int, of key: String, into found: inout [FoundSymbol]) -> Int {
        // Most symbols end a phrase: look at the next few bytes before any string work.
        var peek = end
        if t.at(peek) == UInt8(ascii: ",") || t.at(peek) == UInt8(ascii: "-") { peek += 1 }
        if t.at(peek) == 0x20 { peek += 1 }
        let next = t.at(peek)
        guard next.isDigit || t.matches("and ", at: peek) || t.matches("to ", at: peek) || suffixName(at: peek) != nil else { return end }
        var base = key, kind: String?, last = 0
        if let slash = key.lastIndex(of: "/") {
            let tail = key[key.index(after: slash)...]
            for name in ["Add", "Corr", "Rev", "Amend"] where tail.hasPrefix(name + ".") {
                if let n = Int(tail.dropFirst(name.count + 1)) { base = String(key[..<slash]); kind = name; last = n }
            }
        }
        var k = end
        while true {
            var j = k
            var isRange = false
            if t.at(j) == UInt8(ascii: "-") { j += 1; isRange = true } else {
                if t.at(j) == UInt8(ascii: ",") { j += 1 }
                guard t.at(j) == 0x20 else { break }
                j += 1
                if t.matches("and ", at: j) { j += 4 } else if t.matches("to ", at: j) { j += 3; isRange = true }
                else if t.at(k) != UInt8(ascii: ",") { break }
            }
            let itemStart = j
            var itemKind = kind
            if let name = suffixName(at: j), name != "Summary" { itemKind = name; j += name.utf8.count + 1 }
            guard let kindNow = itemKind, let (n, e) = t.number(at: j, maxDigits: 3), n > 0 else { break }
            // The list must end here or go on; "Add.3, 5 February" is a date, not addendum 5.
            let next = t.at(e)
            if next.isAlnum || next == Self.slash || (next == UInt8(ascii: ".") && t.at(e + 1).isDigit) { break }
            if next == 0x20, t.at(e + 1).isLetter, !t.matches("and ", at: e + 1), !t.matches("to ", at: e + 1) { break }
            if kindNow != kind { last = 0 }
            let numbers = isRange && kindNow == kind && n > last && n - last <= 50 ? Array(last + 1...n) : [n]
            for m in numbers { found.append(FoundSymbol(range: itemStart..<e, key: base + "/" + kindNow + ".\(m)")) }
            kind = kindNow; last = n; k = e
        }
        return k
    }
}
