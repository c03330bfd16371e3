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
    /// "including", "in particular": a list of a body's resolutions named just before goes on.
    static let including: [[UInt8]] = ["包括", "尤其是", "特别是"].map { Array($0.utf8) }
    static let separators: [[UInt8]] = ["、", "和", "及", "以及", "，", ","].map { Array($0.utf8) }
    /// Bodies named before the date and 第, longest first where they nest.
    static let organs: [([UInt8], Lexicon.BodyName)] = ([
        ("安全理事会", .organ(.sc)), ("安理会", .organ(.sc)), ("经济及社会理事会", .organ(.ecosoc)), ("经社理事会", .organ(.ecosoc)),
        ("人权理事会", .organ(.hrc)), ("人权委员会", .organ(.chr)), ("麻醉药品委员会", .organ(.cnd)),
        ("联合国打击跨国有组织犯罪公约缔约方会议", .organ(.untocCOP)), ("联合国反腐败公约缔约国会议", .organ(.uncacCOSP)),
        ("预防犯罪和刑事司法委员会", .organ(.ccpcj)), ("妇女地位委员会", .organ(.csw)),
        ("《联合国打击跨国有组织犯罪公约》缔约方会议", .organ(.untocCOP)),
        ("联合国打击跨国有组织犯罪公约缔约方大会", .organ(.untocCOP)), ("《联合国反腐败公约》缔约国会议", .organ(.uncacCOSP)),
        ("统计委员会", .organ(.statcom)), ("联合国环境大会", .organ(.unea)), ("联合国环境规划署大会", .organ(.unea)), ("大会", .organ(.ga)),
    ] as [(String, Lexicon.BodyName)]).map { (Array($0.0.utf8), $0.1) }

    static let examples: [(sentence: String, key: String)] = [
        ("的第1267(1999)、1989(2011)和2253(2015)号决议所设委员会", "S/RES/1989 (2011)"),
        ("重申大会1991年12月19日第46/182号决议及其附件", "A/RES/46/182"),
        ("人权理事会2014年9月26日第27/22号、4 2016年7月1日第32/21号决议", "A/HRC/RES/32/21"),
        ("还回顾2020年4月13日第74/550 A号决定", "A/DEC/74/550"),
        ("第2200 A(XXI)号决议", "A/RES/2200 (XXI)"),
        ("欢迎《联合国反腐败公约》缔约国会议2019年12月20日第8/10号决议，", "UNCAC-COSP res 8/10"),
        ("并在这方面注意到统计委员会2022年3月11日第53/113号决定(d)段", "StatCom dec 53/113"),
        ("以按照联合国环境大会2022年3月2日题为“加强循环经济”的第5/11号决议", "UNEP/EA.5/Res.11"),
        // Footnote marks the markup sets apart read as spaces: "号 和" continues the chain.
        ("回顾人权理事会2016年7月1日第32/18号、 2017年9月28日第36/13号、 2020年6月19日第43/13号  和2023年4月3日第52/12号决议", "A/HRC/RES/36/13"),
        ("并回顾人权理事会关于该议题的各项决议，包括2022年10月6日第51/13号决议", "A/HRC/RES/51/13"),
        ("注意到通过了麻醉药品委员会2022年3月18日题为“加强国际合作，处理非法药物贩运与非法枪支贩运之间的联系”的第65/2号决议", "CND res 65/2"),
        ("欢迎联合国环境规划署大会第五届会议续会2022年3月2日第5/14号决议", "UNEP/EA.5/Res.14"),
        ("1993年12月23日第48/226 A号、1994年7月29日第48/226 C号、1995年7月20日49/250号和1996年6月7日第50/221 B号决议", "A/RES/48/226"),
    ]

    mutating func run() {
        var i = 0
        while i < t.count {
            let b = t[i]
            if b == 0xE7, t.matches(Self.di, at: i), let end = chain(at: i) { i = end; continue }
            // Without 第: "S-19/2号决议", "2004年7月20日ES-10/15号和…号决议".
            if b.isDigit || b == UInt8(ascii: "S") || b == UInt8(ascii: "E"), !t.at(i - 1).isAlnum, t.at(i - 1) != UInt8(ascii: "/"),
               t.at(i - 1) != UInt8(ascii: "-"), t.at(i - 1) != UInt8(ascii: "."), let end = chain(at: i) { i = end; continue }
            if b.isAlnum { while i < t.count, t[i].isAlnum || t[i] == UInt8(ascii: "/") { i += 1 }; continue }
            i += 1
        }
    }

    /// The chain of 第…号 groups from `first`; nil unless it ends in 决议 or 决定.
    private mutating func chain(at first: Int) -> Int? {
        var items: [CitationItem] = []
        var k = first
        while true {
            var j = t.matches(Self.di, at: k) ? LanguageText.skipGap(t, k + Self.di.count) : k
            var closed = false
            while true {
                guard let item = item(at: j) else {
                    // A misprinted number ("25853(2021)") is passed over, not allowed to end the list.
                    guard let e = misprint(at: j), let s = separator(at: e) else { break }
                    j = skipDi(LanguageText.skipGap(t, s))
                    continue
                }
                items.append(item)
                let e = LanguageText.skipGap(t, item.range.upperBound)
                if t.matches(Self.hao, at: e) { k = e + Self.hao.count; closed = true; break }
                guard let s = separator(at: e) else { return nil }
                j = skipDi(LanguageText.skipGap(t, s))  // "第58/268和第58/269号"
            }
            guard closed else { return nil }
            let type: SymbolType? = t.matches(Self.resolution, at: k) ? .resolution : t.matches(Self.decision, at: k) ? .decision : nil
            if let type {
                emit(items, type: type, first: first)
                return k + Self.resolution.count
            }
            // Another group: "号、4 2016年7月1日第32/21号": a footnote mark, a separator, a date.
            var m = LanguageText.skipGap(t, skipNote(k))
            guard let s = separator(at: m) else { return nil }
            // "第76/274号以及其他相关决议": the word comes after "and other relevant".
            if item(at: skipDi(skipDate(skipNote(LanguageText.skipGap(t, s))))) == nil, let (type, end) = wordAhead(s) {
                emit(items, type: type, first: first)
                return end
            }
            m = skipDate(skipNote(LanguageText.skipGap(t, s)))
            k = LanguageText.skipGap(t, m)
        }
    }

    private mutating func emit(_ items: [CitationItem], type: SymbolType, first: Int) {
        let trigger = Trigger(type: type, phraseStart: first, named: organ(before: first))
        for (n, item) in items.enumerated() { mentions.append(.item(item, trigger, first: n == 0)) }
    }

    private func skipDi(_ i: Int) -> Int { t.matches(Self.di, at: i) ? LanguageText.skipGap(t, i + Self.di.count) : i }

    /// Digits with an optional "(year)" that no item reading accepts: the offset after them.
    private func misprint(at i: Int) -> Int? {
        var e = i
        while t.at(e).isDigit { e += 1 }
        guard e > i else { return nil }
        if t.at(e) == UInt8(ascii: "("), let (_, c) = t.number(at: e + 1, maxDigits: 4), t.at(c) == UInt8(ascii: ")") { e = c + 1 }
        return e
    }

    /// 决议 or 决定 a few words ahead, before the clause ends: the type and the offset after the word.
    private func wordAhead(_ i: Int) -> (SymbolType, Int)? {
        var j = i
        while j < t.count, j - i < 30 {
            if t[j] == 0x0A || t.matches("，", at: j) || t.matches("。", at: j) || t.matches("；", at: j) { return nil }
            if t.matches(Self.resolution, at: j) { return (.resolution, j + 6) }
            if t.matches(Self.decision, at: j) { return (.decision, j + 6) }
            j += 1
        }
        return nil
    }

    private func item(at i: Int) -> CitationItem? {
        let i = LanguageText.skipMarks(t, i)
        if var item = CitationScanner(t: t).item(at: i, allowBare: false) {
            // "第40/257 A至C号": a range of parts.
            let e = item.range.upperBound
            if let last = item.parts.last, t.matches("至", at: e), t.at(e + 3).isUpper, let l = last.utf8.first, l < t[e + 3] {
                item.parts += Recognizer.letterRange(l, t[e + 3]).dropFirst()
                item.range = item.range.lowerBound..<(e + 4)
            }
            // "第36/87 A和B号": a second part letter.
            let f = item.range.upperBound
            if !item.parts.isEmpty, t.matches("和", at: f), t.at(f + 3).isUpper, !t.at(f + 4).isAlnum {
                item.parts.append(String(UnicodeScalar(t[f + 3])))
                item.range = item.range.lowerBound..<(f + 4)
            }
            return item
        }
        // "第217A (III)号": the part letter glued to the number.
        guard let (n, e) = t.number(at: i, maxDigits: 4), t.at(e).isUpper, !t.at(e + 1).isAlnum else { return nil }
        var o = e + 1
        if t.at(o) == 0x20 { o += 1 }
        guard t.at(o) == UInt8(ascii: "(") else { return nil }
        var c = o + 1
        while t.at(c).isUpper, c - o < 8 { c += 1 }
        guard t.at(c) == UInt8(ascii: ")"), let v = Roman.value(t, (o + 1)..<c) else { return nil }
        return CitationItem(form: .romanSession(n, session: t.string((o + 1)..<c), value: v), range: i..<(c + 1),
                            parts: [String(UnicodeScalar(t[e]))])
    }

    private func separator(at i: Int) -> Int? {
        for s in Self.separators where t.matches(s, at: i) { return i + s.count }
        return nil
    }

    /// A footnote mark glued after 号 or before a date: "号5 、", "、4 2016年".
    private func skipNote(_ i: Int) -> Int {
        var j = i
        while t.at(j).isDigit, j - i < 2 { j += 1 }
        guard j > i, t.at(j) == 0x20 || separator(at: j) != nil else { return i }
        return LanguageText.skipGap(t, j)
    }

    /// "2016年6月17日" at `i` (also "1982年12月21" without 日, and full-width digits "４").
    private func skipDate(_ i: Int) -> Int {
        guard let (_, y) = t.number(at: i, maxDigits: 4), t.matches("年", at: y) else { return i }
        var j = y
        while j < t.count {
            if t[j].isDigit || t[j] == 0x20 { j += 1; continue }
            if t[j] == 0xEF, t.at(j + 1) == 0xBC, (0x90...0x99).contains(t.at(j + 2)) { j += 3; continue }
            if t.matches("年", at: j) || t.matches("月", at: j) { j += 3; continue }
            // The day ends the date: "1995年7月20日49/250号" has no 第 before the number.
            if t.matches("日", at: j) { return j + 3 }
            break
        }
        return j
    }

    /// The body named before the date and 第 in the same clause, the nearest one:
    /// "安全理事会1981年12月17日第497(1981)号决议", "人权理事会关于数字时代隐私权的2015年3月26日第28/16号".
    private func organ(before i: Int) -> Lexicon.BodyName? {
        var e = i
        while e > 0, i - e < 240 {
            let b = t[e - 1]
            if b == 0x0A || b == UInt8(ascii: ";") { return nil }
            // A title in quotes between body and number: "麻醉药品委员会…题为“加强国际合作，处理…”的第65/2号决议".
            if e >= 3, t.matches("”", at: e - 3) {
                var q = e - 3
                while q >= 3, i - q < 400, !t.matches("“", at: q - 3), t[q - 1] != 0x0A { q -= 1 }
                if q >= 3, t.matches("“", at: q - 3) { e = q - 3; continue }
            }
            // "人权理事会关于该议题的各项决议，包括…第51/13号决议": the resolutions named before "，包括" are the body's.
            if e >= 9, t.matches("，", at: e - 3), t.matches(Self.resolution, at: e - 9), Self.including.contains(where: { t.matches($0, at: e) }) {
                e -= 3; continue
            }
            if e >= 3, t.matches("，", at: e - 3) || t.matches("。", at: e - 3) || t.matches("；", at: e - 3) { return nil }
            for (name, body) in Self.organs where e >= name.count && t.matches(name, at: e - name.count) && !isTopic(e - name.count) { return body }
            e -= 1
        }
        return nil
    }

    /// Whether the name at `s` stands in "关于…" (about …) not yet closed by "的": "关于设立人权理事会的第60/251号决议"
    /// is the Assembly's resolution on the Council, not the Council's.
    private func isTopic(_ s: Int) -> Bool {
        var k = s
        while k >= 3, s - k < 120 {
            if t.matches("的", at: k - 3) || t.matches("，", at: k - 3) || t[k - 1] == 0x0A { return false }
            if k >= 6, t.matches("关于", at: k - 6) { return true }
            k -= 1
        }
        return false
    }
}
