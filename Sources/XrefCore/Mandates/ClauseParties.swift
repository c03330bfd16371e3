/// Who a clause addresses or reports to: a phrase read against `ClauseLexicon.parties`, else its capitalized
/// words and head noun. "its" sessions and "the Council" need the document's organ: `ClauseOrgan`.
struct ClauseParty: Sendable, Hashable {
    var name: String
    var type: MandateClause.AddresseeType
    /// The short form dues use ("GA", "CCPCJ"), when the lexicon knows one.
    var session: String?
    /// Index after the phrase.
    var end: Int
}

/// The organ whose document is read: what "its", "the Council" and "the Assembly" mean.
struct ClauseOrgan: Sendable {
    var name: String
    var session: String
    /// The document's own session, for "its next session" (79 for A/RES/79/135).
    var number: Int?

    init(_ organ: Organ?, symbol: String) {
        switch organ {
        case .sc: name = "Security Council"; session = "SC"
        case .ecosoc: name = "Economic and Social Council"; session = "ECOSOC"
        case .hrc: name = "Human Rights Council"; session = "HRC"
        case .ga, nil: name = "General Assembly"; session = "GA"
        case let o?: name = o.rawValue; session = o.rawValue
        }
        let pieces = symbol.split(separator: "/")
        number = pieces.count >= 3 && (pieces[1] == "RES" || pieces[1] == "DEC") ? Int(pieces[2]) : (pieces.count >= 4 ? Int(pieces[3]) : nil)
    }

    var party: ClauseParty { ClauseParty(name: name, type: .self, session: session, end: 0) }
}

enum ClauseParties {
    /// The lexicon's phrases as words, longest first, so "office of the high commissioner" wins over "office".
    static let table: [(words: [String], party: ClauseLexicon.Party)] = ClauseLexicon.parties
        .map { (ClauseWords.words(of: $0.phrase), $0) }
        .sorted { $0.words.count > $1.words.count }

    static let tableFirstWords = ClauseWordSet(table.map { $0.words[0] })
    static let tableKeys: [[UInt64]] = table.map { ClauseWords.keys(of: $0.words) }
    static let leading: ClauseWordSet = ["the", "all", "relevant", "its", "their", "concerned", "competent", "other", "a", "an", "each",
                                       "newly", "established", "new", "said", "aforementioned", "above-mentioned"]
    /// Lower-case words that go on a capitalized name: "the United Nations development system and its entities".
    static let systemWords: ClauseWordSet = ["development", "system", "entities", "agencies", "funds", "programmes", "organizations", "bodies", "country", "teams"]
    /// Not "to": "the report of the Group of Governmental Experts to the General Assembly" names two parties.
    static let connectors: ClauseWordSet = ["of", "the", "and", "for", "on", "in", "against"]

    /// The party named at `i` ("the Secretary-General", "the Commission on Narcotic Drugs", "UNMISS", "him").
    static func party(_ w: [ClauseWord], _ i: Int, limit: Int, organ: ClauseOrgan, state: ClauseState) -> ClauseParty? {
        var k = i
        while k < limit, leading.contains(w[k]) { k += 1 }
        guard k < limit, w[k].isWord else { return nil }
        if w[k].text == "him" || w[k].text == "her" {
            let last = state.lastOfficial ?? ClauseParty(name: "Secretary-General", type: .secretariat, end: 0)
            return ClauseParty(name: last.name, type: last.type, session: last.session, end: k + 1)
        }
        // The document's own organ named in its own words: "the Assembly", "the Council".
        if w[k].text == "assembly" || w[k].text == "council" && organ.session != "GA" {
            var p = organ.party; p.end = k + 1; p.type = .self
            return p
        }
        if w[k].text == "commission", let c = state.lastCommission, k + 1 >= limit || w[k + 1].text != "on" && w[k + 1].text != "for" {
            var p = c; p.end = k + 1
            return p
        }
        // "the secretariat of the United Nations Framework Convention …", "the secretariats of relevant United Nations
        // specialized agencies": the secretariat of an entity is that entity, not the UN Secretariat (a committee's
        // secretariat is the Secretariat's, read as before).
        if !w[k].capital, w[k].text == "secretariat" || w[k].text == "secretariats", k + 1 < limit, w[k + 1].text == "of",
           let inner = party(w, k + 2, limit: limit, organ: organ, state: state), inner.type == .entity { return inner }
        // "the specialized agencies and other organizations and institutions of the United Nations system": the whole
        // list, before its first kind alone ("specialized agencies") is read from the table.
        if let group = unitedNationsGroup(w, k, limit: limit) { return group }
        // By index: taking each row of the table as a tuple copied its arrays and Strings for every word read.
        if tableFirstWords.contains(w[k]) {
            for n in table.indices where ClauseWords.match(w, k, keys: tableKeys[n]) != nil && k + tableKeys[n].count <= limit {
                let entry = table[n].party
                return ClauseParty(name: entry.name, type: entry.session == organ.session ? .self : entry.type, session: entry.session,
                                   end: k + tableKeys[n].count)
            }
        }
        // Unknown: the capitalized words ("the African Union", "UNMISS", "the Peacebuilding Support Office").
        guard w[k].capital else {
            if let t = ClauseLexicon.headTypes.first(where: { $0.word == w[k].text }), t.type == .states {
                return ClauseParty(name: w[k].text, type: .states, end: k + 1)
            }
            return nil
        }
        var end = k
        var type: MandateClause.AddresseeType = .other
        var sawOf = false
        while end < limit, w[end].isWord, w[end].capital || connectors.contains(w[end]) && end + 1 < limit && (w[end + 1].capital || w[end + 1].text == "the")
                || end > k && systemWords.contains(w[end]) {
            // The head noun before "of" names the kind: "the Chair of the Group" is an official.
            // "Chair-designate" (now one word where a line broke after "Chair-") is a Chair.
            let head = w[end].text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? w[end].text
            if !sawOf, let t = ClauseLexicon.headTypes.first(where: { $0.word == w[end].text || $0.word == head }) { type = t.type }
            if w[end].text == "of", type != .other { sawOf = true }
            end += 1
        }
        while end > k + 1, connectors.contains(w[end - 1]) { end -= 1 }
        let words = w[k..<end]
        let name = words.map { $0.original }.joined(separator: " ")
        if type == .other, words.contains(where: { $0.text.hasPrefix("united") }) || isAcronym(w[k]) || isUNName(w[k]) { type = .entity }
        if words.count == 1, w[k].text == "africa" || w[k].text.count < 3 { type = .other }
        return ClauseParty(name: name, type: type, end: end)
    }

    /// Lower-case kinds of UN bodies listed before "of the United Nations (system)".
    static let groupWords: ClauseWordSet = ["organs", "bodies", "entities", "agencies", "funds", "programmes", "organizations",
                                            "mechanisms", "offices", "departments", "institutions", "specialized", "relevant", "other"]
    static let ofTheUnitedNations = ClauseWords.keys(of: ["of", "the", "united", "nations"])
    static let withinTheUnitedNations = ClauseWords.keys(of: ["within", "the", "united", "nations"])

    /// "all relevant organs, bodies, entities, organizations and mechanisms of the United Nations system" (or
    /// "… bodies within the United Nations system"): a lower-case list of kinds that belongs to the United Nations
    /// is the UN system.
    static func unitedNationsGroup(_ w: [ClauseWord], _ k: Int, limit: Int) -> ClauseParty? {
        var end = k
        while end < limit, groupWords.contains(w[end]) || end > k && (w[end].text == "," || w[end].text == "and") { end += 1 }
        guard end > k, let after = ClauseWords.match(w, end, keys: ofTheUnitedNations) ?? ClauseWords.match(w, end, keys: withinTheUnitedNations),
              after <= limit else { return nil }
        let close = after < limit && w[after].text == "system" ? after + 1 : after
        return ClauseParty(name: "United Nations system", type: .entity, end: close)
    }

    /// "UN-Oceans", "UN-Water": a name built on the United Nations' acronym.
    static func isUNName(_ w: ClauseWord) -> Bool {
        w.original.hasPrefix("UN-") && w.original.count > 4
    }

    static func isAcronym(_ w: ClauseWord) -> Bool {
        w.original.count >= 3 && w.original.allSatisfy { $0.isUppercase || $0 == "-" }
    }
}

extension ClauseWords {
    /// The lexicon's own phrases as words.
    static func words(of phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }
}
