/// The part of a cited document the text names (DESIGN §9): "paragraph 81 of resolution 69/245" ->
/// "para. 81", "paragraph 21 of section XIII of its resolution 76/246 A" -> "sect. XIII, para. 21",
/// "Resolution 69/313, annex, para. 46." -> "annex, para. 46", "(E/2009/28), chap. I, sect. C." ->
/// "chap. I, sect. C"; and the footnote mark glued after a citation ("resolution 78/79,3" -> 3).
enum Pinpoints {
    static let window = 90

    /// The pinpoint of a citation at `start..<end` inside `floor..<ceiling`.
    static func pinpoint(_ t: UnsafeBufferPointer<UInt8>, start: Int, end: Int, floor: Int, ceiling: Int) -> String? {
        before(t, start: start, floor: floor) ?? after(t, end: end, ceiling: ceiling)
    }

    /// "paragraph 81 of", "paragraphs 3 and 4 of", "paragraph 21 of section XIII of its", "section II of".
    static func before(_ t: UnsafeBufferPointer<UInt8>, start: Int, floor: Int) -> String? {
        let from = max(floor, start - window)
        guard from < start, mentionsAPart(t, from, start) else { return nil }
        var words = t.string(from..<start).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).map(String.init)
        while let last = words.last, ["its", "the", "General", "Assembly", "Security", "Council", "Economic", "and", "Social", "Human", "Rights"].contains(last) { words.removeLast() }
        var parts: [String] = []
        while words.count >= 3, words.last == "of" {
            let noun = words[words.count - 3].lowercased(), value = words[words.count - 2]
            if (noun == "paragraph" || noun == "paragraphs"), value.first?.isNumber == true { parts.append("para. " + value); words.removeLast(3) }
            else if noun == "section", value.allSatisfy({ $0.isUppercase || $0.isNumber }) { parts.append("sect. " + value); words.removeLast(3) }
            else if noun == "annex" || value == "annex" { parts.append("annex"); words.removeLast(value == "annex" ? 2 : 3) }
            else if words.count >= 5, (words[words.count - 5].lowercased() == "paragraphs"), words[words.count - 3] == "and" {
                parts.append("paras. " + words[words.count - 4] + " and " + value); words.removeLast(5)
            } else { break }
        }
        if parts.isEmpty, let last = words.last, last == "annex" || last == "annex to" { return "annex" }
        // Read backwards from the citation: the part nearest it ("section XIII of") is the largest.
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    static let partWords: [[UInt8]] = ["aragraph", "ection", "nnex"].map { Array($0.utf8) }

    /// A cheap look before building strings: most citations have no "paragraph", "section" or "annex" before them.
    static func mentionsAPart(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            if t[i] == 0x61 || t[i] == 0x65 || t[i] == 0x6E {
                for w in partWords where w[0] == t[i] && i + w.count <= to && t.matches(w, at: i) { return true }
            }
            i += 1
        }
        return false
    }

    static let afterParts: [(String, String)] = [("annex", "annex"), ("para.", "para."), ("paras.", "paras."), ("sect.", "sect."),
                                                  ("chap.", "chap."), ("art.", "art."), ("appendix", "appendix"), ("part", "part")]

    /// ", annex", ", para. 46", ", sect. II", ", chap. I, sect. C" after the citation (past a closing bracket).
    static func after(_ t: UnsafeBufferPointer<UInt8>, end: Int, ceiling: Int) -> String? {
        var i = end
        // The second half of a double symbol: "A/75/345-S/2020/898, sect. II".
        if i < ceiling, t[i] == 0x2D { while i < ceiling, t[i] != 0x2C, !t[i].isSpace { i += 1 } }
        if i < ceiling, t[i] == 0x29 { i += 1 }
        var parts: [String] = []
        while i + 2 < ceiling, t[i] == 0x2C, t[i + 1] == 0x20 {
            let s = i + 2
            guard let (word, _) = afterParts.first(where: { t.matches($0.0, at: s) }) else { break }
            var e = s + word.count
            if word != "annex" && word != "appendix" || e + 1 < ceiling && t[e] == 0x20 && (t[e + 1].isUpper || t[e + 1].isDigit) {
                guard e < ceiling, t[e] == 0x20 else { break }
                var v = e + 1
                while v < ceiling, t[v].isAlnum || t[v] == 0x2D { v += 1 }
                guard v > e + 1 else { break }
                e = v
            }
            parts.append(t.string(s..<e))
            i = e
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A footnote mark glued to the citation: "74/91;2", "77/19,1", "A/79/303.4" -> the note's number.
    static func footnoteMark(_ t: UnsafeBufferPointer<UInt8>, end: Int, ceiling: Int) -> Int? {
        var i = end
        if i < ceiling, t[i] == 0x29 { i += 1 }
        if i < ceiling, t[i] == 0x2C || t[i] == 0x3B || t[i] == 0x2E || t[i] == 0x3A { i += 1 }
        let s = i
        while i < ceiling, i - s < 3, t[i].isDigit { i += 1 }
        guard i > s, i == ceiling || !t[i].isAlnum && t[i] != 0x2F else { return nil }
        return Int(t.string(s..<i))
    }
}
