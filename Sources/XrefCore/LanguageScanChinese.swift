/// Chinese citations (un-symbols-languages.md §2-3): the list stands inside 第…号 and the word comes
/// last: "第1267(1999)、1989(2011)和2253(2015)号决议"; with dates each item has its own 第…号:
/// "2015年6月25日第69/307号、2016年6月17日第70/286号和2022年6月29日第76/274号决议". The body and the
/// date stand before 第: "安全理事会1981年12月17日第497(1981)号决议". 第 also numbers meetings and
/// sessions ("第15次全体会议") and 决定 is also the verb "decides": only a chain of 第 item 号 that ends
/// in 决议 or 决定 is a citation.
struct ChineseScan {
    let t: Bytes
    var mentions: [Mention] = []

    static let di = Array("第".utf8), hao = Array("号".utf8), resolution = Array("决议".utf8), decision = Array("决定".utf8)
    /// Between items inside one 第…号, and between 第…号 groups.
    static let separators: [[UInt8]] = ["、", "和", "及", "以及", "，", ","].map { Array($0.utf8) }
    /// Bodies named before the date and 第, longest first where they nest.
    static let organs: [([UInt8], Lexicon.BodyName)] = ([
        ("安全理事会", .organ(.sc)), ("安理会", .organ(.sc)), ("经济及社会理事会", .organ(.ecosoc)), ("经社理事会", .organ(.ecosoc)),
        ("人权理事会", .organ(.hrc)), ("人权委员会", .organ(.chr)), ("麻醉药品委员会", .organ(.cnd)),
        ("预防犯罪和刑事司法委员会", .organ(.ccpcj)), ("妇女地位委员会", .organ(.csw)), ("大会", .organ(.ga)),
    ] as [(String, Lexicon.BodyName)]).map { (Array($0.0.utf8), $0.1) }

    static let examples: [(sentence: String, key: String)] = [
        ("的第1267(1999)、1989(2011)和2253(2015)号决议所设委员会", "S/RES/1989 (2011)"),
        ("重申大会1991年12月19日第46/182号决议及其附件", "A/RES/46/182"),
        ("人权理事会2014年9月26日第27/22号、4 2016年7月1日第32/21号决议", "A/HRC/RES/32/21"),
        ("还回顾2020年4月13日第74/550 A号决定", "A/DEC/74/550"),
        ("第2200 A(XXI)号决议", "A/RES/2200 (XXI)"),
    ]

    mutating func run() {
        var i = 0
        while i < t.count {
            if t[i] == 0xE7, t.matches(Self.di, at: i), let end = chain(at: i) { i = end; continue }
            i += 1
        }
    }

    /// The chain of 第…号 groups from `first`; nil unless it ends in 决议 or 决定.
    private mutating func chain(at first: Int) -> Int? {
        var items: [CitationItem] = []
        var k = first
        while t.matches(Self.di, at: k) {
            var j = LanguageText.skipGap(t, k + Self.di.count)
            var closed = false
            while let item = item(at: j) {
                items.append(item)
                let e = LanguageText.skipGap(t, item.range.upperBound)
                if t.matches(Self.hao, at: e) { k = e + Self.hao.count; closed = true; break }
                guard let s = separator(at: e) else { return nil }
                j = LanguageText.skipGap(t, s)
            }
            guard closed else { return nil }
            let type: SymbolType? = t.matches(Self.resolution, at: k) ? .resolution : t.matches(Self.decision, at: k) ? .decision : nil
            if let type {
                let trigger = Trigger(type: type, phraseStart: first, named: organ(before: first))
                for (n, item) in items.enumerated() { mentions.append(.item(item, trigger, first: n == 0)) }
                return k + Self.resolution.count
            }
            // Another group: "号、4 2016年7月1日第32/21号": a footnote mark, a separator, a date.
            var m = skipNote(k)
            guard let s = separator(at: m) else { return nil }
            m = skipDate(skipNote(LanguageText.skipGap(t, s)))
            k = LanguageText.skipGap(t, m)
        }
        return nil
    }

    private func item(at i: Int) -> CitationItem? {
        CitationScanner(t: t).item(at: LanguageText.skipMarks(t, i), allowBare: false)
    }

    private func separator(at i: Int) -> Int? {
        for s in Self.separators where t.matches(s, at: i) { return i + s.count }
        return nil
    }

    /// A footnote mark glued after 号 or before a date: "号5 、", "、4 2016年".
    private func skipNote(_ i: Int) -> Int {
        var j = i
        while t.at(j).isDigit, j - i < 2 { j += 1 }
        guard j > i, t.at(j) == 0x20 || t.matches(Self.separators[0], at: j) else { return i }
        return LanguageText.skipGap(t, j)
    }

    /// "2016年6月17日" at `i`.
    private func skipDate(_ i: Int) -> Int {
        var j = i
        for unit in ["年", "月", "日"] {
            guard let (_, e) = t.number(at: j, maxDigits: 4), t.matches(unit, at: e) else { return unit == "年" ? i : j }
            j = e + 3
        }
        return j
    }

    /// The body named right before the date and 第: "安全理事会1981年12月17日第".
    private func organ(before i: Int) -> Lexicon.BodyName? {
        var e = i
        // Back over a date: digits and 年, 月, 日.
        while e >= 1 {
            if t[e - 1].isDigit { e -= 1; continue }
            if e >= 3, t.matches("年", at: e - 3) || t.matches("月", at: e - 3) || t.matches("日", at: e - 3) { e -= 3; continue }
            break
        }
        e = LanguageText.skipGapBack(t, e)
        for (name, body) in Self.organs where e >= name.count && t.matches(name, at: e - name.count) { return body }
        return nil
    }
}
