/// A clause's verb and addressee, and whether it is a mandate (reference/mandates.md §1): a directive verb
/// ("requests", "decides", "authorizes", "invites", "entrusts") to a UN organ, body, entity or official,
/// or a decision that the organ itself acts (an agenda item, a meeting, a renewed mandate).
struct ClauseReading {
    var verb: String
    var party: ClauseParty?
    var mandate: Bool
    var fields = ClauseFields()
    /// "Requests the Secretary-General:" — the clause goes on in the sub-paragraphs.
    var leadIn = false
}

extension ClauseState {
    static let articles: ClauseWordSet = ["the", "a", "an", "all", "its", "their", "this", "that", "these", "those", "his", "her", "each", "any"]
    static let mandateTypes: Set<MandateClause.AddresseeType> = [.secretariat, .entity, .body, .official]

    /// "to" opening an infinitive: "to submit", not "to the General Assembly".
    static func isInfinitive(_ w: [ClauseWord], _ i: Int) -> Bool {
        w[i].text == "to" && i + 1 < w.count && w[i + 1].isWord && !w[i + 1].capital && !articles.contains(w[i + 1])
            && !w[i + 1].text.first!.isNumber
    }

    mutating func read(_ w: [ClauseWord], verb: ClauseLexicon.Verb, from: Int, to end: Int) -> ClauseReading {
        if verb.verb == "decides" { return decides(w, from: from, to: end) }
        var i = from
        let subjunctive = i < end && w[i].text == "that"
        if subjunctive { i += 1 }
        if i < end, w[i].text == ":" { return ClauseReading(verb: verb.verb, party: nil, mandate: false, leadIn: true) }
        var party = ClauseParties.party(w, i, limit: end, organ: organ, state: self) ?? (verb.force == .directive ? pronoun(w, i, to: end) : nil)
        var body = party?.end ?? i
        // The addressee's qualifiers ("the Special Rapporteur on ..., within existing resources,") up to its verb.
        while body < end, !Self.isInfinitive(w, body), w[body].text != ":", !(verb.verb == "entrusts" && w[body].text == "with") { body += 1 }
        // "authorizes the use of the trust fund … by the Secretary-General to reimburse …": the agent just before the verb.
        // Not past a pronoun object: "invites them to submit …, including comments on the recommendation by the Commission to …".
        if party == nil, i < end, !["them", "it", "him", "her"].contains(w[i].text) {
            for b in i..<end where w[b].text == "by" {
                if let p = ClauseParties.party(w, b + 1, limit: end, organ: organ, state: self), p.end < end, Self.isInfinitive(w, p.end) {
                    party = p; body = p.end; break
                }
            }
        }
        // "requests that the Secretary-General provide …": the verb follows the subject, with no "to".
        if subjunctive, body == end, let p = party, p.end < end { body = p.end }
        if body < end, w[body].text == ":" { return ClauseReading(verb: verb.verb, party: party, mandate: false, leadIn: true) }
        return finish(w, verb: verb, party: party, body: body, to: end)
    }

    mutating func finish(_ w: [ClauseWord], verb: ClauseLexicon.Verb, party: ClauseParty?, body: Int, to end: Int) -> ClauseReading {
        let mandate = verb.force == .directive && party.map { Self.mandateTypes.contains($0.type) } == true
        if let p = party, [.secretariat, .official, .entity].contains(p.type) { lastOfficial = p }
        var reading = ClauseReading(verb: verb.verb, party: party, mandate: mandate)
        if mandate { reading.fields = fields(w, from: body, to: end, addressee: party) }
        return reading
    }

    /// A sub-paragraph under a lead-in: "(a) To send ..." under "Requests the Secretary-General:", or
    /// "(b) To request the Secretary-General to submit ..." under "Decides:".
    mutating func inherit(_ w: [ClauseWord], lead: Lead, from: Int, to end: Int) -> ClauseReading {
        let i = from
        if i < end, w[i].text == "to", i + 1 < end, let (v, e) = Self.infinitive(w, i + 1) {
            return read(w, verb: v, from: e, to: end)
        }
        if lead.verb.verb == "decides" {
            if i < end, w[i].text != "to", w[i].text != "that" { return decides(w, from: i, to: end, infinitive: true) }
            return decides(w, from: i, to: end)
        }
        return finish(w, verb: lead.verb, party: lead.party, body: i, to: end)
    }

    /// "to request", "to invite", ... as the lexicon's verbs.
    static let infinitives: [String: ClauseLexicon.Verb] = {
        let forms = ["request": "requests", "invite": "invites", "authorize": "authorizes", "entrust": "entrusts",
                     "encourage": "encourages", "urge": "urges", "direct": "directs", "mandate": "mandates"]
        return forms.compactMapValues { v in ClauseLexicon.verbs.first(where: { $0.phrase == v }) }
    }()

    static func infinitive(_ w: [ClauseWord], _ i: Int) -> (ClauseLexicon.Verb, Int)? {
        guard i < w.count, let entry = infinitives[w[i].text] else { return nil }
        return (entry, i + 1)
    }

    /// "Decides that the consideration of chapter IV ... shall be continued at the seventy-eighth session",
    /// "decides that the next session of the Commission shall be held ... 2023": the organ's own agenda, or a
    /// meeting of the body named in the subject.
    mutating func passive(_ w: [ClauseWord], subject: Int, modal: Int, to end: Int) -> ClauseReading? {
        guard modal + 2 < end, w[modal + 1].text == "be" else { return nil }
        let kinds: [String: MandateClause.Deliverable] = ["continued": .agendaItem, "considered": .agendaItem, "resumed": .agendaItem,
                                                          "held": .meeting, "convened": .meeting]
        guard let kind = kinds[w[modal + 2].text] else { return nil }
        var party = organ.party
        if let of = (subject..<modal).first(where: { w[$0].text == "of" }), kind == .meeting,
           let p = ClauseParties.party(w, of + 1, limit: modal, organ: organ, state: self) { party = p }
        var fields = self.fields(w, from: modal + 2, to: end)
        guard !fields.due.isEmpty else { return nil }
        fields.deliverables = [kind]
        return ClauseReading(verb: "decides", party: party, mandate: true, fields: fields)
    }

    /// "Commends the Economic and Social Council …, and requests it to continue …", "…, in consultation with the
    /// Secretary-General, and requests the latter to update …": the addressee named before in the paragraph.
    /// "it" is the first body or entity named (the object of the opening verb, not "the Information Society" in
    /// "Recognizes the role of the Commission on Science and Technology for Development in … the World Summit on the
    /// Information Society, and requests it"); "the latter" the nearest, a person too. Names of no known kind ("the
    /// Russian Federation") are no antecedent.
    func pronoun(_ w: [ClauseWord], _ i: Int, to end: Int) -> ClauseParty? {
        let it = i + 1 < end && w[i].text == "it" && Self.isInfinitive(w, i + 1)
        let latter = i + 2 < end && w[i].text == "the" && w[i + 1].text == "latter" && Self.isInfinitive(w, i + 2)
        guard it || latter else { return nil }
        let kinds: Set<MandateClause.AddresseeType> = latter ? [.body, .entity, .secretariat, .official] : [.body, .entity]
        for j in latter ? Array((0..<i).reversed()) : Array(0..<i) where w[j].text == "the" && j + 1 < i && w[j + 1].capital {
            if let p = ClauseParties.party(w, j, limit: i, organ: organ, state: self), kinds.contains(p.type) {
                return ClauseParty(name: p.name, type: p.type, session: p.session, end: latter ? i + 2 : i + 1)
            }
        }
        return nil
    }

    /// "… the Informal Consultative Process would focus its discussions …, and decides that it will focus …": "it" is
    /// the last body or entity named before in the paragraph ("the X", X capitalized; a name with no head noun the
    /// organ decides on is a body of its making), else the organ itself.
    func antecedent(_ w: [ClauseWord], before i: Int, it: Int) -> ClauseParty {
        var j = i - 1
        while j >= 0 {
            if w[j].text == "the", j + 1 < i, w[j + 1].capital, let p = ClauseParties.party(w, j, limit: i, organ: organ, state: self),
               p.type == .body || p.type == .entity || p.type == .other {
                return ClauseParty(name: p.name, type: p.type == .other ? .body : p.type, session: p.session, end: it + 1)
            }
            j -= 1
        }
        var own = organ.party; own.end = it + 1
        return own
    }

    static let decidedActs: [String: MandateClause.Deliverable] = [
        "include": .agendaItem, "convene": .meeting, "hold": .meeting, "organize": .meeting, "extend": .action,
        "renew": .action, "establish": .action, "create": .action, "continue": .action, "consider": .agendaItem, "give": .agendaItem,
    ]

    static let decidesAdverbs: ClauseWordSet = ["also", "further", "furthermore", "therefore"]
    /// "Decides that the Working Group shall ...": where the subject ends.
    static let modals: ClauseWordSet = ["shall", "should", "will", "is", "are", "must", "may"]

    /// "Decides to include in the provisional agenda ...", "Decides to extend the mandate of UNMISS until ...",
    /// "Decides that the Working Group shall ...", "Decides to proclaim ..." (self-executing: no mandate).
    mutating func decides(_ w: [ClauseWord], from: Int, to end: Int, infinitive: Bool = false) -> ClauseReading {
        var i = from
        while i < end, Self.decidesAdverbs.contains(w[i]) { i += 1 }
        // "Decides, in accordance with Article 96 of the Charter, to request ...": past the aside.
        if i < end, w[i].text == ",", let j = (i + 1..<end).first(where: { w[$0].text == "," && $0 + 1 < end && ["to", "that"].contains(w[$0 + 1].text) }) { i = j + 1 }
        if i < end, w[i].text == ":" { return ClauseReading(verb: "decides", party: nil, mandate: false, leadIn: true) }
        let decides = ClauseLexicon.verbs.first { $0.phrase == "decides" }!
        if i < end, w[i].text == "that" {
            let party = i + 2 < end && w[i + 1].text == "it" && Self.modals.contains(w[i + 2]) ? antecedent(w, before: i, it: i + 1)
                : ClauseParties.party(w, i + 1, limit: end, organ: organ, state: self)
            var modal = party?.end ?? i + 1
            while modal < end, !Self.modals.contains(w[modal]) { modal += 1 }
            // "decides that it shall henceforth be known as …": past an adverb to the verb.
            if modal + 2 < end, ["henceforth", "hereafter", "thereafter", "also"].contains(w[modal + 1].text) { modal += 1 }
            guard let party, modal + 1 < end, !["be", "consist", "remain", "comprise", "have", "apply"].contains(w[modal + 1].text) else {
                return passive(w, subject: i + 1, modal: modal, to: end) ?? ClauseReading(verb: "decides", party: party, mandate: false)
            }
            var reading = finish(w, verb: decides, party: party, body: modal + 1, to: end)
            if party.type == .self { reading.mandate = [.meeting, .agendaItem].contains(reading.fields.deliverables.first) ; if !reading.mandate { reading.fields = ClauseFields() } }
            return reading
        }
        if !infinitive { guard i < end, w[i].text == "to" else { return ClauseReading(verb: "decides", party: organ.party, mandate: false) }; i += 1 }
        if let (v, e) = Self.infinitive(w, i) { return read(w, verb: v, from: e, to: end) }
        guard i < end else { return ClauseReading(verb: "decides", party: organ.party, mandate: false) }
        var act = w[i].text, from = i
        if act == "continue", i + 2 < end, w[i + 1].text == "to" { act = w[i + 2].text }
        // "To continue its consideration of the question at its eightieth session": its own agenda, as "consider".
        else if act == "continue", i + 2 < end, w[i + 2].text == "consideration" { act = "consider"; from = i + 1 }
        var party = organ.party
        var fields = self.fields(w, from: from, to: end)
        guard let kind = Self.decidedActs[act] else { return ClauseReading(verb: "decides", party: party, mandate: false) }
        // "continue its consideration" and "consider" make an agenda item only with a session named.
        if kind == .agendaItem, act != "include", fields.due.isEmpty { return ClauseReading(verb: "decides", party: party, mandate: false) }
        if act == "continue", Self.decidedActs[w[min(i + 2, end - 1)].text] == nil { return ClauseReading(verb: "decides", party: party, mandate: false) }
        // "to give its full consideration to the subject at its eightieth session".
        if act == "give", ClauseWords.find(w, ["consideration"], from: i, to: min(end, i + 5)) == nil { return ClauseReading(verb: "decides", party: party, mandate: false) }
        if act == "extend" || act == "renew", let m = ClauseWords.find(w, ["mandate", "of"], from: i, to: min(end, i + 6)),
           let p = ClauseParties.party(w, m + 2, limit: end, organ: organ, state: self) { party = p; lastOfficial = p }
        fields.deliverables = [kind] + fields.deliverables.filter { $0 != kind && $0 != .action && $0 != .meeting && $0 != .agendaItem }
        return ClauseReading(verb: "decides", party: party, mandate: true, fields: fields)
    }
}
