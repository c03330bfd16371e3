/// Whose citations an other-language trigger opens: an organ named at a point, after the list's comma or an
/// adjective, the subject before "dans sa résolution" or after its comma, a body that adopted it.
extension LanguageScan {
    /// An organ name at `i`, optionally after a lead word ("du", "del"): the body and the offset after it.
    func organ(at i: Int, leads: Bool) -> (Lexicon.BodyName, Int)? {
        var starts = [i]
        if leads {
            for lead in table.organLeads where t.matches(lead, at: i) {
                let after = lead.last == 0x99 || lead.last == UInt8(ascii: "'") ? i + lead.count : LanguageText.skipGap(t, i + lead.count)
                if after > i + lead.count || lead.last == 0x99 || lead.last == UInt8(ascii: "'") { starts.append(after) }
            }
        }
        for s in starts {
            for name in table.organs { if let e = LanguageText.matchName(name, at: s, in: t) { return (name.body, e) } }
        }
        return nil
    }

    /// ", du Conseil des droits de l’homme", ", принятую Конференцией": a body named after a comma that
    /// ends the list, only with a lead word ("du", "принятую", "الصادر عن") before it.
    func organAfterComma(_ i: Int) -> (Lexicon.BodyName, Int)? {
        var j = LanguageText.skipGap(t, i)
        if t.at(j) == UInt8(ascii: ",") { j += 1 } else if arabic, t.at(j) == 0xD8, t.at(j + 1) == 0x8C { j += 2 } else { return nil }
        j = LanguageText.skipGap(t, j)
        guard table.organLeads.contains(where: { t.matches($0, at: j) }), let hit = organ(at: j, leads: true), hit.1 > j else { return nil }
        return hit
    }

    /// "les résolutions pertinentes du Conseil", "las resoluciones pertinentes del Consejo": one word, then
    /// a lead word and the body.
    func organAfterAdjective(_ j: Int) -> (Lexicon.BodyName, Int)? {
        let w = LanguageText.wordEnd(t, j)
        guard w > j, !t.at(j).isDigit, case let k = LanguageText.skipGap(t, w), k > w,
              table.organLeads.contains(where: { t.matches($0, at: k) }), let hit = organ(at: k, leads: true), hit.1 > k else { return nil }
        return hit
    }

    /// "dans sa résolution 2005/5, la Commission des droits de l’homme a prié": the subject after the comma,
    /// when none stands before.
    func subject(after i: Int) -> Lexicon.BodyName? {
        var j = LanguageText.skipGap(t, i)
        guard t.at(j) == UInt8(ascii: ",") else { return nil }
        j = LanguageText.skipGap(t, j + 1)
        // An article before the name: "la", "el", "le", or "l’" glued to it.
        var starts = [j]
        let w = LanguageText.wordEnd(t, j)
        if w > j, w - j <= 3 { starts.append(LanguageText.skipGap(t, w)) }
        for a in ["l’", "l'"] where t.matches(a, at: j) { starts.append(j + a.utf8.count) }
        for s in starts { if let (body, _) = organ(at: s, leads: false) { return body } }
        return nil
    }

    /// "sa résolution", "sus resoluciones", "свою резолюцию", allowing an adjective between.
    func possessiveBefore(_ i: Int) -> Bool {
        var e = i
        for _ in 0..<2 {
            e = LanguageText.skipGapBack(t, e)
            let s = LanguageText.wordStart(t, e)
            guard s < e else { return false }
            let w = Bytes(rebasing: t[s..<e])
            if table.possessives.contains(where: { $0.elementsEqual(w) }) { return true }
            e = s
        }
        return false
    }

    /// A body that "adopted" the resolution, named earlier in the sentence with a verb of adoption between
    /// it and the trigger word: "le Conseil des droits de l’homme a adopté par consensus la résolution 51/22".
    func adopter(before i: Int) -> Lexicon.BodyName? {
        guard !table.adoptions.isEmpty, let (body, end) = subjectAndEnd(before: i), i - end < 80,
              (end..<i).contains(where: { k in table.adoptions.contains { LanguageText.word($0, at: k, in: t) && !LanguageText.letterBefore(t, k) } }) else { return nil }
        return body
    }

    /// The nearest organ named earlier in the sentence: the subject of "dans sa résolution".
    func subject(before i: Int) -> Lexicon.BodyName? { subjectAndEnd(before: i)?.0 }

    func subjectAndEnd(before i: Int) -> (Lexicon.BodyName, Int)? {
        var s = i
        while s > 0, i - s < 300, t[s - 1] != 0x0A, t[s - 1] != UInt8(ascii: ".") { s -= 1 }
        var found: (Lexicon.BodyName, Int)?
        var k = s
        while k < i {
            if !LanguageText.letterBefore(t, k), t[k] >= 0x80 || t[k].isLetter, let (body, e) = organ(at: k, leads: false) {
                found = (body, e); k = e; continue
            }
            k += 1
        }
        return found
    }
}
