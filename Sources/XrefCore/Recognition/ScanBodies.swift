/// Whose citations a trigger word opens, read back from the words before it: an organ named there, the
/// sentence's subject for "its resolution", the annual report the resolution is printed in, a body that
/// "adopted" it, a Council named nearby, or an institution no UN key scheme covers.
extension Scan {
    /// Skips adjectives back from the trigger word; says whether "its"/"their" governs it.
    func wordsBefore(_ i: Int) -> (start: Int, anaphoric: Bool) {
        var e = t.skipSpacesBack(i)
        while let adjective = adjectives.first(where: { t.endsWord($0, at: e) }) { e = t.skipSpacesBack(e - adjective.count) }
        for pronoun in ["its", "their", "Its", "Their"] where t.endsWord(pronoun, at: e) { return (e, true) }
        return (e, false)
    }

    /// An acronym or an institution's head noun that no UN key scheme covers.
    func foreignInstitution(endingAt end: Int) -> Bool {
        let e = t.skipSpacesBack(end)
        var s = e
        while s > 0, t[s - 1].isLetter { s -= 1 }
        guard e - s >= 2 else { return false }
        let word = Bytes(rebasing: t[s..<e])
        // An acronym ("UNESCO resolution"), unless the whole phrase is in capitals ("COUNCIL RESOLUTION 5/1").
        if word.allSatisfy({ $0.isUpper }), !t.at(end + 1).isUpper || !t.at(t.skipSpaces(end) + 1).isUpper { return true }
        return Self.institutionNouns.contains { t.endsWord($0, at: e) }
    }

    static let institutionNouns: [[UInt8]] = ["Union", "Organization", "Organisation", "Agency", "Fund", "Bank",
                                                      "Forum", "Court", "Tribunal", "Parliament"].map { Array($0.utf8) }

    /// The body whose name ends at `end` (allowing a possessive), and where the name starts.
    func body(endingAt end: Int) -> (Lexicon.BodyName, Int)? {
        var e = t.skipSpacesBack(end)
        if t.at(e - 1) == UInt8(ascii: "s"), t.at(e - 2) == UInt8(ascii: "'") { e -= 2 }
        if t.at(e - 1) == UInt8(ascii: "s"), t.at(e - 2) == 0x99, t.at(e - 3) == 0x80, t.at(e - 4) == 0xE2 { e -= 4 }
        let last = t.at(e - 1)
        guard last.isLetter, Lexicon.bodyNameEnds.contains(t.at(e - 2), last) else { return nil }
        for (name, body) in Lexicon.bodyNamesByLastByte[Int(last)] where t.endsWord(name, at: e) { return (body, e - name.count) }
        return nil
    }

    /// The nearest body named earlier in the same sentence: the subject of "in its resolution". Only
    /// organs named in full count: a bare "Commission" there is as likely the object as the subject.
    func subject(before i: Int, within reach: Int = 400) -> (body: Lexicon.BodyName, end: Int)? {
        var e = i
        let limit = max(0, i - reach)
        while e > limit {
            let b = t[e - 1]
            if b == 0x0A, t.at(e - 2) == 0x0A || t.at(t.skipSpaces(e - 1)) == 0x0A && t.skipSpaces(e - 1) > e - 1 { return nil }  // a blank line
            if b == UInt8(ascii: "."), t.at(e) == 0x20, t.at(e + 1).isUpper, !t.at(e - 2).isDigit { return nil }
            if b.isLetter, !t.at(e).isLetter, let (body, _) = body(endingAt: e), case .organ = body { return (body, e) }
            e -= 1
        }
        return nil
    }

    /// "the Council in its resolution", "the Conference, in its decision": a name right before "in its".
    func genericSubject(before i: Int) -> Lexicon.BodyName? {
        var e = i
        while e > 0, t[e - 1].isLetter { e -= 1 }  // the pronoun itself
        e = t.skipSpacesBack(e)
        guard let preposition = ["in", "by", "through", "under"].first(where: { t.endsWord($0, at: e) }) else { return nil }
        e = t.skipSpacesBack(e - preposition.utf8.count)
        if t.at(e - 1) == UInt8(ascii: ",") { e = t.skipSpacesBack(e - 1) }
        return body(endingAt: e)?.0
    }

    /// The organ whose annual report is cited just before the trigger word, down to its chapter and section:
    /// "Supplement No. 53 (A/77/53/Add.1), chap. III, sect. A, resolution 51/4" is a Human Rights Council
    /// resolution printed in the Council's report.
    func reportOrgan(before i: Int) -> Organ? {
        var e = t.skipSpacesBack(i)
        let limit = max(0, e - 60)
        while e > limit, t[e - 1] != UInt8(ascii: ")") {
            let b = t[e - 1]
            if b == UInt8(ascii: "/") { return meetingReportOrgan(slashAt: e - 1) }
            guard b.isAlnum || b == 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") else { return nil }
            e -= 1
        }
        guard e > limit, t.at(e - 1) == UInt8(ascii: ")") else { return nil }
        var s = e - 1
        while s > max(0, e - 40), t[s - 1] != UInt8(ascii: "(") { s -= 1 }
        guard t.at(s - 1) == UInt8(ascii: "(") else { return nil }
        return Lexicon.reportOrgan(t.string(s..<e - 1))
    }

    /// The Biodiversity Convention's meeting report a decision is printed in, cited bare before it:
    /// "document UNEP/CBD/COP/7/21, annex, decision VII/5", "CBD/COP/15/17, decision 15/4".
    private func meetingReportOrgan(slashAt slash: Int) -> Organ? {
        var s = slash
        while s > max(0, slash - 40), !t[s - 1].isSpace, t[s - 1] != UInt8(ascii: "(") { s -= 1 }
        var e = slash + 1
        while t.at(e).isAlnum || t.at(e) == UInt8(ascii: "/") || t.at(e) == UInt8(ascii: "."), e - s < 60 { e += 1 }
        return Lexicon.organ(ofSeries: t.string(s..<e)) == .cbdCOP ? .cbdCOP : nil
    }

    /// The Human Rights Council named a few words before a bare session/number that only the Council's
    /// numbering fits as well as the Assembly's (session up to 62, number up to 80): "in her report to the
    /// Human Rights Council submitted pursuant to resolution 34/24", "the Council ... as well as resolutions 28/6".
    func councilNearby(before i: Int, item: Int, nearest: (body: Lexicon.BodyName, end: Int)?) -> Lexicon.BodyName? {
        guard let (a, e) = t.number(at: item, maxDigits: 2), t.at(e) == UInt8(ascii: "/"), let (b, _) = t.number(at: e + 1, maxDigits: 3),
              Resolver.plausible(.hrc, session: a), b <= 80 else { return nil }
        guard let near = nearest ?? subject(before: i, within: 120), near.body == .organ(.hrc), i - near.end <= 120 else { return nil }
        return near.body
    }

    /// The body that is the subject of "adopted"/"approved" right before the trigger word.
    func adoptingBody(before i: Int) -> Lexicon.BodyName? {
        guard let verb = Self.adoptingVerbs.first(where: { t.endsWord($0, at: i) }) else { return nil }
        var e = t.skipSpacesBack(i - verb.count)
        while let aux = Self.auxiliaries.first(where: { t.endsWord($0, at: e) }) { e = t.skipSpacesBack(e - aux.count) }
        return body(endingAt: e)?.0
    }

    static let adoptingVerbs: [[UInt8]] = ["adopted", "approved", "passed", "adopts", "approves"].map { Array($0.utf8) }
    static let auxiliaries: [[UInt8]] = ["has", "had", "have", "also", "subsequently", "then", "later"].map { Array($0.utf8) }

    /// The body whose meeting adopted the list: "X/29, adopted at the tenth meeting of the Conference of the
    /// Parties to ...", "X/2 of the tenth meeting of the Conference ...".
    func meetingBody(after i: Int) -> Lexicon.BodyName? {
        guard let ordinal = [", adopted at the ", " adopted at the ", " of the "].lazy.compactMap({ t.matchesWrapped($0.utf8, at: i) }).first
        else { return nil }
        var e = ordinal
        while t.at(e).isAlnum || t.at(e) == UInt8(ascii: "-"), e - ordinal < 24 { e += 1 }
        return e > ordinal ? body(after: e, lead: " meeting of the ") : nil
    }

    /// A body named right after `lead` at `i`, either possibly wrapped across a line.
    func body(after i: Int, lead: String) -> Lexicon.BodyName? {
        guard let j = t.matchesWrapped(lead.utf8, at: i), j < t.count, Lexicon.bodyNameStarts.contains(t[j], t.at(j + 1)) else { return nil }
        for (name, body) in Lexicon.bodyNamesByFirstByte[Int(t[j])] {
            if let e = t.matchesWrapped(name, at: j), !t.at(e).isLetter { return body }
        }
        return nil
    }
}
