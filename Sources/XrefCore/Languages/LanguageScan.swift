/// Citations in French, Spanish, Russian and Arabic (Chinese: `ChineseScan`): a trigger word in one of
/// its grammatical forms (`LanguagesLexicon`), an organ named with it, then the items, read one by one
/// by the English `CitationScanner.item` ("46/182", "2253 (2015)", "1514 (XV)") with this language's
/// dates, conjunctions and Arabic part letters and sessions between them. The mentions go to the same
/// `Resolver` as English ones. Runs only on documents detected as one of these languages.
struct LanguageScan {
    let t: Bytes
    let table: LanguageTable
    let arabic: Bool
    var mentions: [Mention] = []
    /// The body the previous trigger named and where its words or list ended: "resolutions of the Council
    /// …, and resolutions 32/13" carries it over within the sentence.
    private var lastNamed: (body: Lexicon.BodyName, end: Int)?
    /// The first two bytes of every trigger word (prefix and stem, never shorter than two bytes): in
    /// Cyrillic or Arabic text nearly every letter shares its first byte with some trigger, few their first two.
    private let openings: BytePairSet

    init(t: Bytes, table: LanguageTable, openings: BytePairSet, arabic: Bool) {
        self.t = t; self.table = table; self.openings = openings; self.arabic = arabic
    }

    /// Each language's `openings`, made once.
    private static let openingsByLanguage: [Language: BytePairSet] = Dictionary(uniqueKeysWithValues: [Language.fr, .es, .ru, .ar].map { language in
        let words = LanguagesLexicon.table(language)!.forms.flatMap { f in f.prefixes.map { $0 + f.stem } }
        precondition(words.allSatisfy { $0.count >= 2 }, "a trigger word of one byte")
        return (language, BytePairSet(words.map { ($0[0], $0[1]) }))
    })

    /// Whether a trigger word may start at `i`.
    @inline(__always) private func opens(_ i: Int) -> Bool {
        i + 1 < t.count && openings.contains(t[i], t[i + 1])
    }

    /// The mentions of a text in `language` (none for English: the English scan reads it).
    static func mentions(_ t: Bytes, language: Language) -> [Mention] {
        if language == .zh { var s = ChineseScan(t: t); s.run(); return s.mentions }
        guard let table = LanguagesLexicon.table(language) else { return [] }
        var s = LanguageScan(t: t, table: table, openings: openingsByLanguage[language]!, arabic: language == .ar)
        s.run()
        return s.mentions
    }

    /// English mentions (symbols, mostly) and other-language ones in one document order; an
    /// other-language item that overlaps an English mention is the same citation read twice.
    static func merge(_ english: [Mention], _ other: [Mention]) -> [Mention] {
        guard !other.isEmpty else { return english }
        let taken = english.map(\.range)
        let kept = other.filter { m in !taken.contains { $0.overlaps(m.range) } }
        return (english + kept).enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    mutating func run() {
        var i = 0
        let n = t.count
        while i < n {
            if opens(i), !LanguageText.letterBefore(t, i), let (type, wordEnd, anaphoric) = form(at: i) {
                i = trigger(type, at: i, wordEnd: wordEnd, anaphoric: anaphoric) ?? wordEnd
                continue
            }
            i += 1
        }
    }

    /// The trigger form at `i`: its type, where the word ends, and whether a possessive ending makes it
    /// "its resolution" (Arabic قرارها).
    private func form(at i: Int) -> (SymbolType, Int, Bool)? {
        var end = -1
        for f in table.forms {
            for p in f.prefixes where t.matches(p, at: i) && t.matches(f.stem, at: i + p.count) {
                if end < 0 {
                    // The word's letters: a number may be glued on ("القرار70/1").
                    end = i
                    while end < t.count, !t[end].isDigit, LanguageText.isWordChar(t, end) { end += LanguageText.width(t[end]) }
                    end = min(end, t.count)
                }
                let s = i + p.count + f.stem.count
                guard s <= end else { continue }
                let ending = arabic ? LanguageText.spelling(t, s..<end) : Array(t[s..<end])
                if f.endings.contains(ending) {
                    // Arabic "ـه" / "ـها" at the end: "its".
                    let possessive = arabic && (ending.suffix(2) == [0xD9, 0x87] || ending.suffix(4) == [0xD9, 0x87, 0xD8, 0xA7])
                    return (f.type, end, possessive)
                }
            }
        }
        return nil
    }

    /// The trigger word at `i`..`wordEnd` and the list after it; returns the offset after the list.
    private mutating func trigger(_ type: SymbolType, at i: Int, wordEnd: Int, anaphoric: Bool) -> Int? {
        var trigger = Trigger(type: type, phraseStart: i)
        var j = LanguageText.skipGap(t, wordEnd)
        // "las resoluciones del Consejo de Derechos Humanos 27/22", "قرار مجلس الأمن 497 (1981)".
        if let (body, e) = organ(at: j, leads: true) ?? organAfterAdjective(j) { trigger.named = body; j = LanguageText.skipGap(t, e) }
        var (items, end) = list(at: j)
        if items.isEmpty {
            // "resolutions of the Human Rights Council, in particular resolutions 7/34": the body carries on.
            if let body = trigger.named { lastNamed = (body, j) }
            // "резолюции по Ираку, в частности 1500 (2003), ...": the items come later in the clause.
            guard let k = laterStart(after: j, like: nil) else { return nil }
            (items, end) = list(at: k)
            guard !items.isEmpty else { return nil }
            trigger.phraseStart = items[0].range.lowerBound
        }
        // The list goes on after words about an item: "74/270 … بشأن التضامن … و 74/274".
        var more: [CitationItem] = []
        var after = end.after, lastEnd = end.last
        while let k = laterStart(after: after, like: items[0]) {
            let (next, e) = list(at: k)
            guard !next.isEmpty else { break }
            more += next
            after = e.after; lastEnd = e.last
        }
        if trigger.named == nil {
            if anaphoric || possessiveBefore(i) {
                trigger.anaphoric = true
                trigger.subject = subject(before: i) ?? subject(after: lastEnd)
            } else if let (body, _) = organ(at: LanguageText.skipGap(t, end.last), leads: true) ?? organAfterComma(end.last)
                        ?? (lastEnd > end.last ? organ(at: LanguageText.skipGap(t, lastEnd), leads: true) ?? organAfterComma(lastEnd) : nil) {
                // "la résolution 497 (1981) du Conseil de sécurité"; "les résolutions 23/17 du 13 juin 2013, …
                // et 57/23 du 10 octobre 2024 du Conseil des droits de l’homme": after the list or its resumption.
                trigger.named = body
            } else if let last = lastNamed, last.end <= i, i - last.end < 160,
                      !(last.end..<i).contains(where: { t[$0] == UInt8(ascii: ".") || t[$0] == UInt8(ascii: ";") || t[$0] == 0x0A }) {
                trigger.named = last.body  // carried over from the trigger before, in the same sentence
            }
            if trigger.named == nil, let body = adopter(before: i) { trigger.named = body }
            if trigger.named == nil, case .session(let prefix, let a, _) = items[0].form, prefix.isEmpty, a < 31,
               case .organ(let o)? = subject(before: i), Resolver.plausible(o, session: a) {
                // A number no Assembly resolution has, after the organ that adopted it: "la adopción por la
                // Conferencia de los Estados Partes … de la resolución 9/8".
                trigger.named = .organ(o)
            }
        }
        for (k, item) in (items + more).enumerated() { mentions.append(.item(item, trigger, first: k == 0)) }
        lastNamed = trigger.named.map { ($0, after) }
        return after
    }

    /// Where a list resumes later in the clause: an item of the same kind as `first` after a comma or
    /// a conjunction (any kind, also after "notamment", "в частности", when `first` is nil). Stops at
    /// the clause end and at the next trigger word.
    private func laterStart(after start: Int, like first: CitationItem?) -> Int? {
        var p = start
        let limit = min(t.count, start + 400)
        while p < limit {
            let b = t[p]
            if b == 0x0A || b == UInt8(ascii: ";") || (b == UInt8(ascii: ".") && (t.at(p + 1) == 0x20 || t.at(p + 1) == 0x0A) && !abbreviation(before: p)) { return nil }
            if b == 0xD8, t.at(p + 1) == 0x9B { return nil }  // ؛
            if opens(p), !LanguageText.letterBefore(t, p), form(at: p) != nil { return nil }
            if b.isDigit || b == UInt8(ascii: "S") || b == 0xD8, !LanguageText.letterBefore(t, p), t.at(p - 1) != UInt8(ascii: "/"),
               t.at(p - 1) != UInt8(ascii: "-"), t.at(p - 1) != UInt8(ascii: "."), let item = item(at: p),
               first.map({ Self.sameKind($0, item) }) ?? true, connected(before: p, loose: first == nil) {
                return p
            }
            if b.isDigit { while p < limit, t[p].isDigit || t[p] == UInt8(ascii: "/") { p += 1 }; continue }
            p += 1
        }
        return nil
    }

    /// The word before the full stop at `p` abbreviates a pinpoint ("secc.", "par.", "п."): the list goes on.
    private func abbreviation(before p: Int) -> Bool {
        let s = LanguageText.wordStart(t, p)
        return s < p && table.abbreviations.contains { $0.elementsEqual(t[s..<p]) }
    }

    /// Whether a comma, a conjunction (Arabic "و", glued or not) or, when `loose`, a word like
    /// "notamment" stands right before `p`.
    private func connected(before p: Int, loose: Bool) -> Bool {
        if arabic, t.at(p - 2) == 0xD9, t.at(p - 1) == 0x88 { return true }  // "و76/106"
        let e = LanguageText.skipGapBack(t, p)
        guard e < p || loose else { return false }
        let last = t.at(e - 1)
        if last == UInt8(ascii: ",") || (t.at(e - 2) == 0xD8 && last == 0x8C) || (loose && last == UInt8(ascii: ":")) { return true }
        let s = LanguageText.wordStart(t, e)
        guard s < e else { return false }
        let word = Array(t[s..<e])
        if table.conjunctions.contains(word) || arabic && word == [0xD9, 0x88] { return true }
        return loose && (table.connectors.contains(word) || e - s <= 4)
    }

    static func sameKind(_ a: CitationItem, _ b: CitationItem) -> Bool {
        switch (a.form, b.form) {
        case (.session(_, let x, _), .session(_, let y, _)): return (x >= 1946) == (y >= 1946)
        case (.yearInParentheses, .yearInParentheses), (.romanSession, .romanSession), (.convention, .convention), (.romanSlash, .romanSlash): return true
        default: return false
        }
    }

    /// Items joined by commas and this language's conjunctions, each with its date.
    private func list(at start: Int) -> ([CitationItem], end: (last: Int, after: Int)) {
        var items: [CitationItem] = []
        var k = start, lastEnd = start
        while var item = item(at: k) {
            var e = item.range.upperBound
            var dated = false
            if let (year, de) = date(at: e) { item.dateYear = year; e = de; dated = true }
            items.append(item)
            lastEnd = e
            // After a date a space alone may separate items: "2014 года 70/56 от 7 декабря 2015 года".
            let next = separator(at: e) ?? (dated && t.at(e) == 0x20 ? LanguageText.skipGap(t, e) : nil)
            guard let next, self.item(at: next) != nil else { break }
            k = next
        }
        return (items, (lastEnd, lastEnd))
    }

    /// One item at `i` ("46/182", "2253 (2015)", "74/550 A"), with Arabic forms ("217 ألف (د-3)",
    /// "دإ-23/2", "1/م أ-21") read here.
    func item(at i: Int) -> CitationItem? {
        let i = LanguageText.skipMarks(t, i)
        if arabic, let item = ArabicItems(t: t).item(at: i) { return item }
        guard var item = CitationScanner(t: t).item(at: i, allowBare: false) ?? gluedNote(at: i) else { return nil }
        // "قراري مجلس الأمن 1267/1988" names two Council resolutions (a committee's), not session 1267: no
        // organ numbers sessions past a hundred, and the year-numbered series start at 1946.
        if case .session(_, let a, _) = item.form, (100..<1946).contains(a) { return nil }
        // Part letters before a date the English reader does not know: "74/550 A du 13 avril 2020",
        // "36/87 A y B, de 9 de diciembre", "40/257 A a C".
        if item.parts.isEmpty, let (parts, pe) = parts(at: item.range.upperBound) {
            item.parts = parts
            item.range = item.range.lowerBound..<pe
        }
        if arabic, let (parts, pe) = ArabicItems(t: t).parts(at: item.range.upperBound), item.parts.isEmpty {
            item.parts = parts; item.range = item.range.lowerBound..<pe
        }
        return item
    }

    /// A date after an item: lead word ("du", "de", "от", "المؤرخ"), day, month words, year ("года").
    func date(at i: Int) -> (Int, Int)? {
        var j = i
        if t.at(j) == UInt8(ascii: ",") { j += 1 }
        j = LanguageText.skipGap(t, j)
        var leadEnd = j
        if arabic {
            // "المـــؤرخ": the lead may be drawn out with tatweel.
            let e = LanguageText.wordEnd(t, j)
            guard table.dateLeads.contains(LanguageText.spelling(t, j..<e)) else { return nil }
            leadEnd = e
        } else {
            guard let lead = table.dateLeads.first(where: { LanguageText.word($0, at: j, in: t) }) else { return nil }
            leadEnd = j + lead.count
        }
        j = LanguageText.skipGap(t, leadEnd)
        guard let (_, d) = t.number(at: j, maxDigits: 2) else { return nil }
        // Month words (and Spanish "de") up to the year; Arabic doubles the month: "كانون الأول/ديسمبر".
        var k = d
        while k < t.count, !t[k].isDigit, k - d < 60 {
            if t[k] == 0x0A || t[k] == UInt8(ascii: ",") || t[k] == UInt8(ascii: "(") || t[k] == UInt8(ascii: ";") { return nil }
            k += 1
        }
        guard k > d + 1, let (year, e) = fourDigits(at: k) else { return nil }
        var end = e
        // Russian "1991 года".
        for word in ["года", "г."] where t.at(end) == 0x20 && t.matches(word, at: end + 1) { end += 1 + word.utf8.count }
        return (year, skipGluedNote(end))
    }

    /// A year, and a footnote mark the text rendering glued to it: "de 20164, 36/13" is 2016 and note 4.
    private func fourDigits(at k: Int) -> (Int, Int)? {
        var year = 0
        for d in 0..<4 { guard t.at(k + d).isDigit else { return nil }; year = year * 10 + Int(t[k + d] - 0x30) }
        return (year, skipGluedNote(k + 4))
    }

    /// Up to two digits glued after a word or year, when a comma, space, ";" or the line end follows.
    private func skipGluedNote(_ i: Int) -> Int {
        var j = i
        while t.at(j).isDigit, j - i < 2 { j += 1 }
        let after = t.at(j)
        return j > i && !after.isDigit && (after == 0x20 || after == UInt8(ascii: ",") || after == UInt8(ascii: ";") || after == 0x0A || after == 0) ? j : i
    }

    /// "76/20416": a number with a footnote mark glued on, too long for the English item reader; the
    /// Resolver drops the digits no organ's numbering reaches.
    private func gluedNote(at i: Int) -> CitationItem? {
        var prefix = ""
        var j = i
        if t.matches("S-", at: j) { prefix = "S-"; j += 2 }
        guard let (a, e) = t.number(at: j, maxDigits: 2), t.at(e) == UInt8(ascii: "/"),
              let (b, e2) = t.number(at: e + 1, maxDigits: 6), e2 - e - 1 >= 5, !t.at(e2).isAlnum, t.at(e2) != UInt8(ascii: "/") else { return nil }
        return CitationItem(form: .session(prefix: prefix, a, b), range: i..<e2)
    }

    /// " A", " A y B", " A a C", " A à C", " A-C", " A, B et C" after an item, when a date, list or
    /// clause end follows (not "A" opening a sentence).
    private func parts(at i: Int) -> ([String], Int)? {
        /// A capital standing alone, Latin or its Cyrillic look-alike ("43/78 Н"): the Latin letter and its width.
        func letter(_ k: Int) -> (UInt8, Int)? {
            var (b, w) = (t.at(k), 1)
            if b == 0xD0, let latin = Self.cyrillicCapitals[t.at(k + 1)] { (b, w) = (latin, 2) }
            let next = t.at(k + w)
            return b.isUpper && !next.isAlnum && next != UInt8(ascii: "/") && next != UInt8(ascii: ".") && !LanguageText.isWordChar(t, k + w) ? (b, w) : nil
        }
        guard t.at(i) == 0x20, let (first, width) = letter(i + 1) else { return nil }
        var parts = [first], k = i + 1 + width
        while true {
            var j = k, range = false
            if t.at(j) == UInt8(ascii: "-") { j += 1; range = true }
            else if t.at(j) == UInt8(ascii: ","), t.at(j + 1) == 0x20 { j += 2 }
            else if t.at(j) == 0x20, let w = table.conjunctions.first(where: { LanguageText.word($0, at: j + 1, in: t) }), t.at(j + 1 + w.count) == 0x20 {
                j += w.count + 2
            } else if t.at(j) == 0x20, let w = Self.rangeWords.first(where: { LanguageText.word($0, at: j + 1, in: t) }), t.at(j + 1 + w.count) == 0x20 {
                range = true; j += w.count + 2
            } else { break }
            guard let (next, w) = letter(j) else { break }
            if range, let last = parts.last, last < next { parts += Array((last + 1)...next) } else { parts.append(next) }
            k = j + w
        }
        let after = t.at(k)
        guard after == UInt8(ascii: ",") || after == UInt8(ascii: ";") || after == UInt8(ascii: ")") || after == 0x0A || after == 0
              || after == 0x20 && (date(at: k) != nil || separator(at: k) != nil || t.at(k + 1) == UInt8(ascii: "(")) else { return nil }
        return (parts.map { String(UnicodeScalar($0)) }, k)
    }

    /// Cyrillic capitals (second UTF-8 byte after D0) typed for the Latin part letters they look like.
    private static let cyrillicCapitals: [UInt8: UInt8] = [0x90: 0x41, 0x92: 0x42, 0xA1: 0x43, 0x95: 0x45, 0x9D: 0x48, 0x9C: 0x4D,
                                                           0x9A: 0x4B, 0xA2: 0x54, 0x9E: 0x4F, 0xA0: 0x50, 0xA5: 0x58]
    private static let rangeWords: [[UInt8]] = ["a", "à", "до", "to"].map { Array($0.utf8) }

    /// After an item: a comma (Arabic "،") and/or a conjunction, then the next item's offset.
    func separator(at i: Int) -> Int? {
        var j = i
        if arabic { j = ArabicItems.skipNoteMark(t, j) }
        // A footnote mark the markup set apart reads as a space: "du 19 juin 2020⁴, 44/20" is "2020 , 44/20".
        if t.at(j) == 0x20, case let g = LanguageText.skipGap(t, j), t.at(g) == UInt8(ascii: ",") || t.at(g) == 0xD8 && t.at(g + 1) == 0x8C { j = g }
        var comma = false
        if t.at(j) == UInt8(ascii: ",") || t.at(j) == UInt8(ascii: ";") { j += 1; comma = true }
        else if t.at(j) == 0xD8, t.at(j + 1) == 0x8C || t.at(j + 1) == 0x9B { j += 2; comma = true }  // ، ؛
        if comma {
            // A footnote mark glued after the comma: "de 2014,4 32/21".
            var d = j
            while t.at(d).isDigit, d - j < 2 { d += 1 }
            if d > j, t.at(d) == 0x20 { j = d }
        }
        let gap = LanguageText.skipGap(t, j)
        if let conj = table.conjunctions.first(where: { LanguageText.word($0, at: gap, in: t) }) {
            return LanguageText.skipGap(t, gap + conj.count)
        }
        // Arabic "و" stands before every item after the first, apart or glued: "و 60/266", "و76/106".
        if arabic, t.at(gap) == 0xD9, t.at(gap + 1) == 0x88 { return LanguageText.skipGap(t, gap + 2) }
        return comma ? gap : nil
    }
}

extension Mention {
    var range: Range<Int> {
        switch self {
        case .symbol(let s): s.range
        case .item(let item, _, _): item.range
        }
    }
}
