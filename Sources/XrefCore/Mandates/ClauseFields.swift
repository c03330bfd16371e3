/// What a mandate clause asks for (DESIGN §9): deliverables in the order named ("action + report"), the
/// bodies that receive them, the sessions or dates they are due, the recurrence, and the earlier paragraph
/// whose report it adds to. The clause is cut into parts at "and to <verb>" ("... to submit an interim
/// report to the Human Rights Council at its fifty-ninth session"): each part has its own deliverable,
/// recipient and due session.
struct ClauseFields: Sendable {
    var deliverables: [MandateClause.Deliverable] = []
    var recipients: [String] = []
    var due: [String] = []
    var recurrence: MandateClause.Recurrence = .oneOff
    var refersTo: String?
}

extension ClauseState {
    static let producing: ClauseWordSet = ["submit", "present", "provide", "prepare", "produce", "transmit", "issue",
                                         "deliver", "give", "compile", "conduct", "undertake", "update"]
    static let reportWords: ClauseWordSet = ["report", "reports", "study", "studies", "review", "compilation", "assessment", "analysis", "material", "summary"]
    static let meetingWords: ClauseWordSet = ["meeting", "meetings", "segment", "dialogue", "debate", "conference", "session", "event",
                                            "forum", "panel", "discussion", "workshop", "summit", "hearing", "commemoration", "consultations"]
    /// What a producing verb's object makes other than a report: "to provide an annual briefing" is an oral report.
    static let otherObjects: [String: MandateClause.Deliverable] = ["note": .note, "information": .information, "update": .information,
                                                                    "briefing": .oralReport, "briefings": .oralReport]
    static let partVerbs: ClauseWordSet = ["report", "submit", "present", "brief", "provide", "inform", "include"]
    static let skipped: ClauseWordSet = ["to", "continue", "also", "further", "duly", "then", "urgently", "regularly", "annually"]
    static let referring: [[String]] = [["aforementioned", "report"], ["above-mentioned", "report"], ["said", "report"],
                                        ["that", "report"], ["same", "report"], ["this", "report"], ["his", "report"],
                                        ["her", "report"], ["next", "report"], ["the", "report"], ["requested", "report"]]
    static let reportKey = ByteText.hash("report")
    static let strongReferences: ClauseWordSet = ["aforementioned", "above-mentioned", "said", "same", "next", "requested"]

    /// `addressee`: a body asked to act owns the sessions "its" names ("Requests the Commission ... at its
    /// thirty-fourth session").
    func fields(_ w: [ClauseWord], from: Int, to end: Int, addressee: ClauseParty? = nil) -> ClauseFields {
        var f = ClauseFields()
        // The clause's words once, so phrases whose first word is absent are not searched for.
        let present = Set(w[from..<end].map(\.key))
        // Parts: "... and to report thereon", "... and report thereon", "as well as to ...".
        var cuts = [from]
        var i = from + 1
        while i < end {
            if w[i].text == "and" || w[i].text == "as" && ClauseWords.match(w, i, ["as", "well", "as"]) != nil {
                let j = w[i].text == "and" ? i + 1 : i + 3
                if j < end, Self.isInfinitive(w, j) || Self.partVerbs.contains(w[j]) && (j + 1 >= end || !w[j + 1].capital) { cuts.append(j) }
            }
            i += 1
        }
        cuts.append(end)
        var owner: ClauseParty? = addressee.flatMap { $0.session != nil ? $0 : nil }
        for n in 0..<(cuts.count - 1) {
            let (s, e) = (cuts[n], cuts[n + 1])
            var h = s
            while h < e, Self.skipped.contains(w[h]) { h += 1 }
            guard h < e else { continue }
            let head = w[h].text
            // Capitalized words are names ("the Review Conference"), not what is asked for.
            let part = w[h..<e].map { $0.capital ? "" : $0.text }
            var kind: MandateClause.Deliverable = .action
            if part.contains("agenda"), head == "include" || part.contains("include") { kind = .agendaItem }
            else if head == "include", part.contains(where: { Self.reportWords.contains($0) }) { kind = .information }
            else if ClauseWords.find(w, ["advisory", "opinion"], from: h, to: e) != nil { kind = .other }
            else if head == "brief" || ["report", "update", "briefing"].contains(where: { ClauseWords.find(w, ["oral", $0], from: h, to: e) != nil }) { kind = .oralReport }
            else if head == "report" { kind = part.contains("orally") ? .oralReport : .report }
            else if Self.producing.contains(head) || head == "continue" {
                // "update the compilation": the object right after the verb; "submit ... a report": anywhere.
                let object = head == "update" ? part.dropFirst().prefix(4) : part.dropFirst()
                if let k = object.firstIndex(where: { Self.reportWords.contains($0) || Self.otherObjects[$0] != nil }) {
                    kind = Self.otherObjects[part[k]] ?? .report
                } else if part.contains(where: Self.meetingWords.contains), ["conduct", "organize"].contains(head) { kind = .meeting }
            }
            else if ["convene", "hold", "organize", "host"].contains(head), part.contains(where: Self.meetingWords.contains) { kind = .meeting }
            else if head == "inform" || head == "keep" && part.contains("informed") { kind = .information }
            // "to consider including in her reports information", "indicating in its annual report any issues".
            else if Self.inAReport(w, h, e) { kind = .information }
            if !f.deliverables.contains(kind) { f.deliverables.append(kind) }
            // Recipients and sessions: "to the General Assembly", "through the Commission ... at its thirty-fourth session".
            var k = h
            while k < e {
                let word = w[k].text
                if (word == "to" || word == "through") && kind != .action && kind != .meeting && kind != .agendaItem
                    || (word == "of" || word == "with") && k + 1 < e && w[k + 1].text == "the" || word == "brief" {
                    if let p = ClauseParties.party(w, k + 1, limit: e, organ: organ, state: self),
                       p.type == .body || p.type == .self || p.type == .entity && word == "to" {
                        if word != "through", word != "of", word != "with", !f.recipients.contains(p.name) { f.recipients.append(p.name) }
                        owner = p; k = p.end; continue
                    }
                }
                if let (dues, after) = sessions(w, k, e, owner: owner) { for d in dues where !f.due.contains(d) { f.due.append(d) }; k = after; continue }
                k += 1
            }
            if f.recipients.isEmpty, [.report, .oralReport, .information, .note].contains(kind) { f.recipients.append(organ.name) }
        }
        f.recurrence = recurrence(w, from, end, dues: f.due, present: present)
        // "the aforementioned report" always points back; "his report", "the report" only when the clause adds to it.
        if present.contains(Self.reportKey), let r = Self.referring.first(where: { present.contains(ByteText.hash($0[0])) && ClauseWords.find(w, $0, from: from, to: end) != nil }),
           Self.strongReferences.contains(r[0] as String) || f.deliverables.first == .information, let last = reports.last {
            f.refersTo = last.paragraph
            if f.due.isEmpty { f.due = last.due }
            if f.deliverables.first == .information { f.recipients = last.recipients }
        }
        return f
    }

    static let sessionLeads: ClauseWordSet = ["at", "of", "before", "during", "until", "by"]
    static let dateLeads: ClauseWordSet = ["until", "by", "before", "on", "from"]
    /// Every word a due can start with: others are passed over at once.
    static let timeWords: ClauseWordSet = ["at", "of", "before", "during", "until", "by", "on", "from", "in"]

    /// "in her reports", "in its annual report": what a clause asks to be put into a report.
    static func inAReport(_ w: [ClauseWord], _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i + 2 < to {
            if w[i].text == "in", ["its", "his", "her", "their", "the"].contains(w[i + 1].text) {
                var k = i + 2
                if k < to, ["annual", "next", "regular", "future"].contains(w[k].text) { k += 1 }
                if k < to, w[k].text == "report" || w[k].text == "reports" { return true }
            }
            i += 1
        }
        return false
    }

    /// "at its eighty-first session", "at its sixty-eighth and sixty-ninth sessions", "of its eightieth
    /// session", "at the fifty-ninth session of the Human Rights Council", "in 2025, 2026 and 2027",
    /// "until 30 April 2025".
    func sessions(_ w: [ClauseWord], _ i: Int, _ end: Int, owner: ClauseParty?) -> ([String], Int)? {
        let word = w[i].text
        guard Self.timeWords.contains(word) else { return nil }
        // "before the end of June 2024", "by the end of April 2026": the month.
        if word == "by" || word == "before", i + 5 < end, w[i + 1].text == "the", w[i + 2].text == "end", w[i + 3].text == "of",
           let month = Dates.month(w[i + 4].text), let year = Int(w[i + 5].text), year > 1900 {
            return ([String(Dates.iso(year, month, 1).prefix(7))], i + 6)
        }
        if Self.sessionLeads.contains(word), i + 1 < end, w[i + 1].text == "its" || w[i + 1].text == "the" {
            var k = i + 2
            var numbers: [Int] = []
            var next = false
            while k < end {
                if let n = ClauseTimes.ordinal(w[k].text) { numbers.append(n) }
                else if w[k].text == "next" { next = true }
                else if !["and", ","].contains(w[k].text) { break }
                k += 1
            }
            guard k < end, w[k].text == "session" || w[k].text == "sessions", !numbers.isEmpty || next else { return nil }
            var body = w[i + 1].text == "its" ? (owner ?? organ.party) : organ.party
            var after = k + 1
            if w[i + 1].text == "the", after + 1 < end, w[after].text == "of",
               let p = ClauseParties.party(w, after + 1, limit: end, organ: organ, state: self) { body = p; after = p.end }
            let name = body.session ?? body.name
            // "the debates held at the sixty-second, …, and eightieth sessions" (A/RES/80/165): a session before the
            // document's own is the past, and a list with one is a record, not a due.
            if body.session == organ.session, let own = organ.number, numbers.contains(where: { $0 < own }) { return ([], after) }
            if numbers.isEmpty, let own = organ.number, body.session == organ.session { numbers = [own + 1] }
            return (numbers.isEmpty ? ["\(name) next"] : numbers.map { "\(name) \($0)" }, after)
        }
        if Self.dateLeads.contains(word), i + 3 < end, let day = Int(w[i + 1].text), day <= 31 {
            // "on 2 and 3 June 2022", "from 24 April to 2 June and from 3 July to 4 August 2023": the first day.
            var m = i + 2
            while m + 1 < end, w[m].text == "and" || w[m].text == "," || w[m].text == "to", Int(w[m + 1].text) != nil { m += 2 }
            if m < end, let month = Dates.month(w[m].text) {
                var y = m + 1
                while y < min(end, m + 12), Int(w[y].text).map({ $0 > 1900 }) != true, ![";", "."].contains(w[y].text) { y += 1 }
                if y < end, let year = Int(w[y].text), year > 1900 {
                    return ([Dates.iso(year, month, day)], y + 1)
                }
            }
        }
        if word == "in", i + 1 < end, w[i + 1].text.count == 4, let first = Int(w[i + 1].text), first >= 1990, first < 2100 {
            var years = [first]
            var k = i + 2
            while k + 1 < end, [",", "and"].contains(w[k].text), w[k + 1].text.count == 4, let y = Int(w[k + 1].text), y >= 1990 { years.append(y); k += 2 }
            return (years.map(String.init), k)
        }
        return nil
    }

    func recurrence(_ w: [ClauseWord], _ from: Int, _ end: Int, dues: [String], present: Set<UInt64>) -> MandateClause.Recurrence {
        for (cue, words) in ClauseTimes.recurrenceWords where present.contains(ByteText.hash(words[0])) {
            guard let at = ClauseWords.find(w, words, from: from, to: end) else { continue }
            // "every" only before a span of time: "every 90 days", "every six months".
            if cue.phrase == "every", !(at + 2 < end && ["days", "weeks", "months", "years"].contains(w[at + 2].text)) { continue }
            return cue.recurrence
        }
        let bodies = Set(dues.map { $0.split(separator: " ").dropLast().joined(separator: " ") })
        return dues.count > 1 && bodies.count == 1 ? .explicitYears : .oneOff
    }
}
