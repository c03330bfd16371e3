/// Reads the item lists that follow a trigger word (un-symbols.md §6, P4-P10):
/// `74/177`, `43/222 A to E`, `ES-10/19`, `2396 (2017)`, `1514 (XV)`, `3411 A and B (XXX)`, `2019/23`,
/// `1/CP.21`, `1808 of 15 April 2008`, joined by `,`, `and`, `;`, each with optional parts and date.
struct CitationItem: Equatable {
    enum Form: Hashable {
        /// `74/177`, `ES-10/19`, `S-30/1`, `2019/23`: prefix, session (or year), number.
        case session(prefix: String, Int, Int)
        /// `2396 (2017)`
        case yearInParentheses(Int, year: Int)
        /// `1514 (XV)`, `2252 (ES-V)`, `1915 (ORG-75)`: number and the text in parentheses.
        case romanSession(Int, session: String, value: Int)
        /// `1/CP.21`, `3/COP.13`: number, body code, session.
        case convention(Int, body: String, session: Int)
        /// `XIII/1`, `IX/16`: a Roman session, then the number (decisions of the Biodiversity Convention's
        /// first thirteen meetings).
        case romanSlash(String, session: Int, number: Int)
        /// `1808` followed by a date or after "Security Council".
        case bare(Int)
    }
    var form: Form
    var range: Range<Int>
    var parts: [String] = []
    /// The year of a date that follows (`of 15 April 2008`).
    var dateYear: Int?
}

struct CitationScanner {
    let t: Bytes

    /// The list of items starting at `i`; empty when no item stands there.
    func items(at i: Int, allowBare: Bool) -> ([CitationItem], end: Int) {
        var list: [CitationItem] = []
        var k = i
        var pending = item(at: k, allowBare: allowBare)
        while var item = pending {
            k = item.range.upperBound
            if let (year, e) = date(at: k) {
                item.dateYear = year; k = e
                // A footnote mark glued to the year: "37/32 of 23 March 20186 and S-27/1".
                if year != nil, t.at(k).isDigit, let (_, m) = t.number(at: k, maxDigits: 2), !t.at(m).isAlnum { k = m }
            }
            list.append(item)
            // The separator counts only if another item follows it.
            guard let next = separator(at: k),
                  let following = self.item(at: next, allowBare: allowBare) ?? afterFootnoteMark(next, list),
                  !isFootnoteMark(following, after: item) else { break }
            pending = unglued(following, list)
        }
        return (list, list.isEmpty ? i : k)
    }

    /// "resolution 571 (1985), 79\n\nHaving considered": old Council transcripts print the note mark apart
    /// after the comma. A bare number smaller than the Council resolution before it, with no date, at the end
    /// of its line, is that mark, not a resolution (a list of Council numbers gives each its year).
    private func isFootnoteMark(_ following: CitationItem, after previous: CitationItem) -> Bool {
        guard case .bare(let n) = following.form, case .yearInParentheses(let before, _) = previous.form, n < before,
              date(at: following.range.upperBound) == nil else { return false }
        let e = following.range.upperBound
        return t.at(e) == 0x0A || t.at(e) == 0x0D || t.at(e) == 0
    }

    /// The item after a footnote mark that PDF text leaves spaced in the list ("24 March 2016, 5 34/32"):
    /// one or two digits, a space, then an item of the list's own form.
    private func afterFootnoteMark(_ i: Int, _ list: [CitationItem]) -> CitationItem? {
        guard let first = list.first, let (_, e) = t.number(at: i, maxDigits: 2), t.at(e) == 0x20 || t.at(e) == 0x0A,
              let next = resume(e), let item = item(at: next, allowBare: false), item.sameShape(as: first) else { return nil }
        return item
    }

    /// An item whose session swallowed a footnote mark glued after the comma ("of 2 December 2011,419/1"
    /// is footnote 4, then 19/1): a session with more digits than the list's others, whose last digits
    /// follow on from them, loses its first digits. No organ has sessions that far apart within one list.
    private func unglued(_ item: CitationItem, _ list: [CitationItem]) -> CitationItem {
        guard case .session(let prefix, let a, let b) = item.form, prefix.isEmpty, a < 1946,
              let last = list.last(where: { if case .session = $0.form { true } else { false } }),
              case .session(_, let previous, _) = last.form, previous < 1946, t.at(item.range.lowerBound - 1) == UInt8(ascii: ",") else { return item }
        var digits = 1, p = 10
        while previous >= p { digits += 1; p *= 10 }
        let rest = a % p
        guard a >= p, rest >= previous, rest - previous <= 12 else { return item }
        var dropped = 0, v = a
        while v >= p { v /= 10; dropped += 1 }
        let start = item.range.lowerBound + dropped
        guard let again = self.item(at: start, allowBare: false), case .session(_, rest, b) = again.form else { return item }
        return again
    }

    /// `, ` / ` and ` / `, and ` / `; ` / ` or ` before the next item. After a comma or a connective the
    /// list may go on across a line or page break (`resume`).
    func separator(at i: Int) -> Int? {
        var j = i
        let punct = t.at(j) == UInt8(ascii: ",") || t.at(j) == UInt8(ascii: ";")
        if punct {
            j += 1
            // A footnote indicator glued after the comma: "of 29 September 2011,1 33/3 of ...".
            var d = j
            while t.at(d).isDigit, d - j < 3 { d += 1 }
            if d > j, t.at(d) == 0x20 { j = d }
        }
        if t.at(i) == UInt8(ascii: ";"), t.at(i + 1).isDigit { return i + 1 }  // "77/286;78/128" in tables
        // "of 2 December 2011,419/1": text that lost the space after a footnote mark (see `unglued`);
        // "1639 (2005),1722 (2006)": text that lost the space.
        if t.at(i) == UInt8(ascii: ","), t.at(i - 1).isDigit || t.at(i - 1) == UInt8(ascii: ")"),
           let (_, e) = t.number(at: i + 1, maxDigits: 4), t.at(e) == UInt8(ascii: "/") || t.matches(" (", at: e) {
            return i + 1
        }
        // Old scanned Council texts read a comma as a full stop: "432 (1978).\n435 (1978), 439 (1978)", "of 30
        // January.\n282 (1970)". Only a Council number with its year may follow, which no sentence opens with.
        if t.at(i) == UInt8(ascii: "."), t.at(i - 1).isAlnum || t.at(i - 1) == UInt8(ascii: ")"), t.at(i + 1).isSpace {
            let j = t.skipSpaces(i + 1)
            if t.matches("and ", at: j) { return t.skipSpaces(j + 4) }
            if councilNumberWithYear(at: j) { return j }
        }
        // "2204 (2015) 2216 (2015), and 2266": a list that lost a comma; only a Council number with its year
        // may follow a closing parenthesis this way.
        if !punct, t.at(i - 1) == UInt8(ascii: ")"), t.at(i) == 0x20, councilNumberWithYear(at: i + 1) { return i + 1 }
        guard t.at(j) == 0x20 || t.at(j) == 0x0A || t.at(j) == 0x0D else { return nil }
        // A blank line with no furniture after the comma ends the list ("of 16 November 1948,\n\n1. Expresses").
        guard let k = punct ? resume(j, pageBreakOnly: true) : Optional(t.skipSpaces(j)) else { return nil }
        j = k
        for word in Self.connectives where t.matches(word, at: j) && t.at(j + word.count).isSpace {
            return resume(j + word.count)
        }
        return j > i + 1 || punct ? j : nil
    }

    /// "2216 (2015)" at `j`: a number, a space and a year in parentheses.
    private func councilNumberWithYear(at j: Int) -> Bool {
        guard let (_, e) = t.number(at: j, maxDigits: 4), t.matches(" (", at: e), let (y, ye) = t.number(at: e + 2, maxDigits: 4) else { return false }
        return ye - e == 6 && (1946...2030).contains(y) && t.at(ye) == UInt8(ascii: ")")
    }

    private static let connectives: [[UInt8]] = ["and", "or", "as well as"].map { Array($0.utf8) }

    func item(at i: Int, allowBare: Bool) -> CitationItem? {
        var j = i
        var prefix = ""
        for p in ["ES-", "S-"] where t.matches(p, at: j) { prefix = p; j += p.utf8.count }
        // "resolution ES- 9/1": verbatim records break the symbol after the hyphen.
        if !prefix.isEmpty, t.at(j) == 0x20, t.at(j + 1).isDigit { j += 1 }
        guard let (a, afterA) = t.number(at: j, maxDigits: 4) else { return prefix.isEmpty ? romanSlash(at: i) : nil }
        if t.at(afterA) == UInt8(ascii: "/") {
            let s = afterA + 1
            if let (b, e) = t.number(at: s, maxDigits: 4) {
                guard !t.at(e).isLetter, t.at(e) != UInt8(ascii: "/"),
                      !(t.at(e) == UInt8(ascii: ".") && t.at(e + 1).isDigit) else { return nil }
                // "1946/9 (I)", "1966/1106 (XL)": ECOSOC's year, then its old serial number and session.
                if prefix.isEmpty, a >= 1946, t.at(e) == 0x20, t.at(e + 1) == UInt8(ascii: "("),
                   let (form, close) = parenthesised(b, at: e + 2), case .romanSession = form {
                    return CitationItem(form: form, range: i..<close)
                }
                var item = CitationItem(form: .session(prefix: prefix, a, b), range: i..<e)
                if let (parts, pe) = parts(at: e) { item.parts = parts; item.range = i..<pe }
                return item
            }
            for body in ["CP", "CMP", "CMA", "COP"] {
                let n = body.utf8.count
                if t.matches(body, at: s), t.at(s + n) == UInt8(ascii: "."),
                   let (m, e) = t.number(at: s + n + 1, maxDigits: 2), prefix.isEmpty {
                    return CitationItem(form: .convention(a, body: body, session: m), range: i..<e)
                }
            }
            return nil
        }
        guard prefix.isEmpty, !t.at(afterA).isAlnum, t.at(afterA) != UInt8(ascii: ".") || !t.at(afterA + 1).isDigit else { return nil }
        // Letters may stand between the number and the session: "3411 A and B (XXX)".
        var k = afterA
        var parts: [String] = []
        if let (p, pe) = self.parts(at: k) { parts = p; k = pe }
        var o = k
        // "1541\n(XV)", "2278\n\n(2016)": a break between the number and its session.
        if t.at(o).isSpace {
            var r = o, breaks = 0
            while t.at(r).isSpace, breaks < 3 { if t[r] == 0x0A { breaks += 1 }; r += 1 }
            if t.at(r) == UInt8(ascii: "(") { o = r }
        }
        // "[resolution 181] (II)": a verbatim record's bracket closes before the session.
        if t.at(o) == UInt8(ascii: "]"), t.matches(" (", at: o + 1), bracketOpened(before: i) { o += 2 }
        if t.at(o) == UInt8(ascii: "("), let (form, close) = parenthesised(a, at: o + 1) {
            var item = CitationItem(form: form, range: i..<close, parts: parts)
            if parts.isEmpty, let (p, pe) = self.parts(at: close) { item.parts = p; item.range = i..<pe }
            return item
        }
        guard allowBare, parts.isEmpty, (1...3000).contains(a) else { return nil }
        // A bare number is a resolution only where a list or a date goes on: not "11 of resolution 2362", "70 ATMIS".
        if t.at(afterA) == 0x20, t.at(afterA + 1).isLetter, date(at: afterA) == nil,
           !t.matches(" and ", at: afterA), !t.matches(" or ", at: afterA) { return nil }
        return CitationItem(form: .bare(a), range: i..<afterA)
    }

    /// "[resolution 181": a bracket opens right before the trigger word of the number at `i`.
    private func bracketOpened(before i: Int) -> Bool {
        var p = i - 1
        while p >= 0, i - p < 16, t[p].isLetter || t[p] == 0x20 { p -= 1 }
        return p >= 0 && t[p] == UInt8(ascii: "[") && p + 1 < i && t[p + 1].isLetter
    }

    /// `XIII/1`, `IX/16 C`: Roman letters, a slash, a number of up to three digits. `SS.VI/1`: a special
    /// session of UNEP's Governing Council, the prefix kept in the session text.
    private func romanSlash(at i: Int) -> CitationItem? {
        let romanStart = t.matches("SS.", at: i) ? i + 3 : i
        var j = romanStart
        while t.at(j) == UInt8(ascii: "I") || t.at(j) == UInt8(ascii: "V") || t.at(j) == UInt8(ascii: "X"), j - romanStart < 6 { j += 1 }
        guard j > romanStart, !t.at(i - 1).isAlnum, t.at(j) == UInt8(ascii: "/"), let session = Roman.value(t, romanStart..<j), session <= 30,
              let (n, e) = t.number(at: j + 1, maxDigits: 4), !t.at(e).isAlnum, t.at(e) != UInt8(ascii: "/") else { return nil }
        var item = CitationItem(form: .romanSlash(t.string(i..<j), session: session, number: n), range: i..<e)
        if let (parts, pe) = parts(at: e) { item.parts = parts; item.range = i..<pe }
        return item
    }

    /// `2017)`, `XV)`, `ES-V)`, `S-VII)`, `ORG-75)` after an opening parenthesis.
    private func parenthesised(_ n: Int, at i: Int) -> (CitationItem.Form, Int)? {
        if let (year, e) = t.number(at: i, maxDigits: 4), t.at(e) == UInt8(ascii: ")") {
            return e - i == 4 && (1946...2030).contains(year) ? (.yearInParentheses(n, year: year), e + 1) : nil
        }
        var j = i
        for p in ["ES-", "S-", "ORG-"] where t.matches(p, at: j) { j += p.utf8.count }
        var e = j
        // Roman numerals typed with Cyrillic letters ("3281 (ХХIX)"): read as the Latin ones they look like.
        var latin: [UInt8] = []
        while e - j < 16 {
            if t.at(e).isUpper { latin.append(t[e]); e += 1 }
            else if t.at(e) == 0xD0, let l = Self.cyrillicRoman[t.at(e + 1)] { latin.append(l); e += 2 }
            else { break }
        }
        if t.matches("ORG-", at: i), let (_, de) = t.number(at: j, maxDigits: 2) { e = de }
        guard t.at(e) == UInt8(ascii: ")"), latin.count <= 8 else { return nil }
        if t.matches("ORG-", at: i) { return (.romanSession(n, session: t.string(i..<e), value: 0), e + 1) }
        guard let v = latin.withUnsafeBufferPointer({ Roman.value($0, 0..<$0.count) }) else { return nil }
        return (.romanSession(n, session: t.string(i..<j) + String(decoding: latin, as: UTF8.self), value: v), e + 1)
    }

    /// Second bytes of the Cyrillic capitals (after 0xD0) that look like Roman numerals: Х, І, С.
    private static let cyrillicRoman: [UInt8: UInt8] = [0xA5: UInt8(ascii: "X"), 0x86: UInt8(ascii: "I"),
                                                        0xA1: UInt8(ascii: "C")]

    /// ` A`, ` A and B`, ` A to E`, ` A-C`, ` A, B and C` after an item.
    func parts(at i: Int) -> ([String], Int)? {
        guard t.at(i) == 0x20, let first = letter(at: i + 1) else { return nil }
        var parts = [first]
        var k = i + 2
        while true {
            var j = k
            var range = false
            if t.at(j) == UInt8(ascii: "-") { j += 1; range = true }
            else if t.matches(" to ", at: j) { j += 4; range = true }
            else if t.matches(" and ", at: j) { j += 5 }
            else if t.matches(", ", at: j) { j += 2 }
            else { break }
            guard let next = letter(at: j) else { break }
            if range, let last = parts.last { parts += Recognizer.letterRange(last.utf8.first!, next.utf8.first!).dropFirst() }
            else { parts.append(next) }
            k = j + 1
        }
        // A lone "A" before prose is an article, not a part: "resolution 70/1 A new ..." is not lettered.
        if parts.count == 1, t.at(k) == 0x20 {
            var e = k
            while t.at(e) == 0x20 || t.at(e) == 0x09 { e += 1 }
            let endsLine = e >= t.count || t.at(e) == 0x0A || t.at(e) == 0x0D
            if !endsLine && !(t.matches(" (", at: k) || t.matches(" of ", at: k) || t.matches(" [", at: k)) { return nil }
        }
        return (parts, k)
    }

    private func letter(at i: Int) -> String? {
        let b = t.at(i)
        guard b.isUpper, !t.at(i + 1).isAlnum, t.at(i + 1) != UInt8(ascii: "/"), t.at(i + 1) != UInt8(ascii: "."),
              t.at(i + 1) != UInt8(ascii: "'") else { return nil }
        return String(UnicodeScalar(b))
    }

    /// ` of 15 April 2008` (also across a line break, and `of 4 March` where the year is the item's own:
    /// "186 (1964) of 4 March,\n187 (1964) of 13 March"): the year if given, and the offset after the date.
    func date(at i: Int) -> (Int?, Int)? {
        var j = i
        if t.at(j) == UInt8(ascii: ",") { j += 1 }
        guard t.at(j) == 0x20 || t.at(j) == 0x0A else { return nil }
        j = resume(j, pageBreakOnly: true) ?? t.skipSpaces(j)  // "2351 (2017)\n\n[running head]\non 28 April 2017"
        guard t.matches("of", at: j) || t.matches("on", at: j), t.at(j + 2).isSpace, let d = resume(j + 2) else { return nil }
        guard let (_, de) = t.number(at: d, maxDigits: 2), t.at(de).isSpace, let m = resume(de),
              let monthEnd = month(at: m) else { return nil }
        var yearStart = monthEnd
        if t.at(yearStart).isSpace, let y = resume(yearStart) { yearStart = y }
        if let (year, e) = t.number(at: yearStart, maxDigits: 4), e - yearStart == 4 { return (year, e) }
        return (nil, monthEnd)
    }

    /// The end of a month name at `i`, also one hyphenated across a line ("Au-\ngust").
    private func month(at i: Int) -> Int? {
        guard t.at(i).isUpper else { return nil }
        for name in Lexicon.months {
            if t.matches(name, at: i), !t.at(i + name.count).isLetter { return i + name.count }
            var h = i
            while h < i + name.count, t.at(h) == name[h - i] { h += 1 }
            if h > i + 1, t.at(h) == UInt8(ascii: "-"), t.at(h + 1) == 0x0A {
                let rest = Array(name[(h - i)...])
                if t.matches(rest, at: h + 2), !t.at(h + 2 + rest.count).isLetter { return h + 2 + rest.count }
            }
        }
        return nil
    }
}

extension CitationScanner {
    /// Items the sentence goes on to list after descriptive words, which end the strict list:
    /// "resolutions 77/22 on the Committee ... and 79/141 on assistance", "; 72/279 on ...; and 79/226",
    /// "its relevant resolutions on Iraq, including 660 (1990), 674 (1990) ...". `first` is the list's
    /// first item, nil when the trigger word had none right after it.
    func laterItems(after end: Int, like first: CitationItem?) -> [CitationItem] {
        var yearForm: Bool?
        if let f = first, case .session(_, let a0, _) = f.form { yearForm = a0 >= 1946 }
        var out: [CitationItem] = []
        var j = end
        let limit = min(t.count, end + 400)
        while j < limit {
            let b = t[j]
            // A line wrap does not end the sentence; a blank line does.
            if b == 0x0A, t.at(t.skipSpaces(j)) == 0x0A || t.skipSpaces(j) >= t.count { break }
            if b == UInt8(ascii: "."), t.at(j + 1) == 0x20 || t.at(j + 1) == 0x0A, t.at(t.skipSpaces(j + 1)).isUpper { break }
            if b | 0x20 == UInt8(ascii: "r") || b | 0x20 == UInt8(ascii: "d"), !t.at(j - 1).isLetter,
               t.matches("resolution", at: j, caseless: true) || t.matches("decision", at: j, caseless: true) { break }
            if b.isDigit, !t.at(j - 1).isAlnum, connectorEnds(at: j), let item = item(at: j, allowBare: false), accepts(item, yearForm) {
                let (list, listEnd) = items(at: j, allowBare: false)
                out += list.filter { accepts($0, yearForm) }
                j = max(listEnd, item.range.upperBound)
                continue
            }
            if b.isAlnum { while j < limit, t[j].isAlnum { j += 1 } } else { j += 1 }
            j = t.firstAdmitted(from: j, before: limit, Self.mayMatter, scalar: mayMatter)
        }
        return out
    }

    /// The bytes the loop above acts on, where it stands after a word or a non-word byte: line breaks,
    /// a full stop before a space, and digits or "res"/"dec" opening a word. Everything else it passes.
    @inline(__always)
    static func mayMatter(_ v: ByteLanes) -> ByteLanes.Mask {
        let opensWord = .!ByteLanes.isAlnum(v.before)
        let stop = (v.this .== ByteLanes.all(0x2E)) .& ((v.next .== ByteLanes.all(0x20)) .| (v.next .== ByteLanes.all(0x0A)))
        return (v.this .== ByteLanes.all(0x0A)) .| stop .| (opensWord .& (ByteLanes.isDigit(v.this) .| v.triggerLetters))
    }

    /// The same, one byte at a time (where a block does not fit).
    @inline(__always)
    func mayMatter(_ j: Int) -> Bool {
        let b = t[j], next = t.at(j + 1)
        if b == 0x0A || b == UInt8(ascii: ".") && (next == 0x20 || next == 0x0A) { return true }
        guard !t.at(j - 1).isAlnum else { return false }
        return b.isDigit || ByteLanes.triggerLetters(t, j)
    }

    private func accepts(_ item: CitationItem, _ yearForm: Bool?) -> Bool {
        switch item.form {
        case .session(_, let a, _):
            if t.matches(" period", at: item.range.upperBound) { return false }
            return yearForm.map { $0 == (a >= 1946) } ?? true
        case .yearInParentheses, .romanSession, .convention, .romanSlash: return true
        case .bare: return false
        }
    }

    /// Whether "and ", ", " or "; " stands right before `i`.
    private func connectorEnds(at i: Int) -> Bool {
        // "resolutions on the pattern of conferences (43/222, ...)", "adopted four decisions (2025/1, 2025/2 ...)".
        if t.at(i - 1) == UInt8(ascii: "(") { return true }
        guard t.at(i - 1).isSpace else { return false }
        var e = t.skipSpacesBack(i)
        // A footnote mark between the connector and the item: "“... environment”, 17\n51/10 of ...", "quality,3 2/21".
        var d = e
        while d > 0, t[d - 1].isDigit, e - d < 3 { d -= 1 }
        if d < e, e - d <= 2, !t.at(d - 1).isAlnum, t.at(d - 1) != UInt8(ascii: "/") { e = t.skipSpacesBack(d) }
        if t.at(e - 1) == UInt8(ascii: ",") || t.at(e - 1) == UInt8(ascii: ";") || t.at(e - 1) == UInt8(ascii: ":") { return true }
        return Self.connectors.contains { t.endsWord($0, at: e) }
    }

    private static let connectors: [[UInt8]] = ["and", "including", "particular", "particularly", "notably", "namely",
                                                "as", "also", "or", "being"].map { Array($0.utf8) }
}

extension CitationItem {
    /// Same form of numbering: a session or year list, SC years, Roman sessions.
    func sameShape(as other: CitationItem) -> Bool {
        switch (form, other.form) {
        case (.session(_, let a, _), .session(_, let b, _)): (a >= 1946) == (b >= 1946)
        case (.yearInParentheses, .yearInParentheses), (.romanSession, .romanSession), (.convention, .convention),
             (.romanSlash, .romanSlash), (.romanSlash, .session), (.session, .romanSlash): true
        default: false
        }
    }

    var isBare: Bool { if case .bare = form { true } else { false } }
    var hasYear: Bool { if case .yearInParentheses = form { true } else { false } }
}
