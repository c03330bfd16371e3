/// A French or Spanish clause's reading: where clauses start, what a decision does to the organ, and what a
/// mandate asks for, for whom and by when (the English reader's `ClauseFields`, with less grammar).
extension RomanceClauseReader {
    static let mandateTypes: Set<MandateClause.AddresseeType> = [.secretariat, .entity, .body, .official]
    /// Words after the addressee before what it is asked to do: "de lui présenter", "que le presente".
    static let leadWords: Set<String> = ["de", "d", "à", "a", "que", "lui", "le", "la", "les", "continuer", "seguir", "siga", "sigan", "poursuivre", "continúe"]
    static let producing: Set<String> = ["présenter", "soumettre", "établir", "élaborer", "rédiger", "faire", "rendre", "fournir", "communiquer", "transmettre",
                                         "presente", "presentar", "prepare", "preparar", "elabore", "elaborar", "informe", "transmita", "proporcione", "presentando"]

    mutating func paragraph(id: String, words w: [Word], verbs: [(words: [String], verb: ClauseLexicon.Verb)]) -> [MandateClause] {
        var first = 0
        while first < w.count, first < 5, !w[first].isWord || w[first].text.allSatisfy(\.isNumber) || (first > 0 && w[first - 1].text == "(") { first += 1 }
        guard first < w.count else { return [] }
        var starts: [(at: Int, verb: ClauseLexicon.Verb?, end: Int)] = []
        if let (v, e) = verb(w, first, verbs, limit: w.count) { starts.append((first, v, e)) } else { starts.append((first, nil, first + 1)) }
        var i = starts[0].end
        while i < w.count {
            if lexicon.conjunctions.contains(w[i - 1].text), let (v, e) = verb(w, i, verbs, limit: w.count) { starts.append((i, v, e)); i = e; continue }
            i += 1
        }
        let base = String(id.split(separator: "(").first ?? Substring(id))
        var out: [MandateClause] = []
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].at : w.count
            var verbName = w[s.at].text, addressee: ClauseParty?, mandate = false, fields = ClauseFields()
            if let v = s.verb {
                var k = s.end
                while k < end, lexicon.adverbs.contains(w[k].text), !(k + 1 < end && party(w, k, limit: end) != nil && lexicon.articles.contains(w[k].text)) { k += 1 }
                verbName = v.verb
                if v.verb == "decides" {
                    var asked: String?
                    (asked, addressee, mandate, fields) = decides(w, from: k, to: end)
                    if let asked { verbName = asked }
                } else {
                    // "Solicita que la Representante Especial … realicen", "Reitera la solicitud que formuló al Secretario General".
                    if k < end, w[k].text == "que" { k += 1 }
                    if k + 1 < end, w[k].text == "formuló" { k += 1 }
                    addressee = party(w, k, limit: end)
                    if let p = addressee, p.end < end, w[p.end].text == ":" { leads[base] = (v, p); continue }
                    mandate = v.force == .directive && addressee.map { Self.mandateTypes.contains($0.type) } == true
                    if mandate { fields = self.fields(w, from: addressee!.end, to: end, addressee: addressee) }
                }
            } else if id != base, n == 0, let lead = leads[base] {
                verbName = lead.verb.verb; addressee = lead.party
                mandate = lead.verb.force == .directive && addressee.map { Self.mandateTypes.contains($0.type) } == true
                if mandate { fields = self.fields(w, from: s.at, to: end, addressee: addressee) }
            }
            var clauseEnd = end
            while clauseEnd > s.at + 1, !w[clauseEnd - 1].isWord && w[clauseEnd - 1].text != ")" { clauseEnd -= 1 }
            let range = w[s.at].range.lowerBound..<w[clauseEnd - 1].range.upperBound
            out.append(MandateClause(symbol: symbol, paragraph: id, clause: out.count + 1, verb: verbName, addressee: addressee?.name ?? "",
                                     addresseeType: addressee?.type ?? .other, deliverables: fields.deliverables, recipients: fields.recipients,
                                     due: fields.due, recurrence: fields.recurrence, mandate: mandate,
                                     start: range.lowerBound, end: range.upperBound, evidence: ""))
        }
        return out
    }

    /// "Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingt-unième session …", "Decide prorrogar el
    /// mandato de la UNISFA hasta el 15 de noviembre de 2023", "Décide de prier le Secrétaire général de …".
    func decides(_ w: [Word], from: Int, to end: Int) -> (String?, ClauseParty?, Bool, ClauseFields) {
        var i = from
        while i < end, ["de", "d", ","].contains(w[i].text) { i += 1 }
        guard i < end else { return (nil, organ.party, false, ClauseFields()) }
        // "Décide que le Comité spécial poursuivra …", "Decide que el Comité Especial celebre su próximo período de sesiones …".
        if w[i].text == "que" {
            guard let p = party(w, i + 1, limit: end), Self.mandateTypes.contains(p.type) else { return (nil, nil, false, ClauseFields()) }
            return (nil, p, true, fields(w, from: p.end, to: end, addressee: p))
        }
        if let v = lexicon.infinitives[w[i].text], let p = party(w, i + 1, limit: end) {
            let mandate = Self.mandateTypes.contains(p.type)
            return (v, p, mandate, mandate ? fields(w, from: p.end, to: end, addressee: p) : ClauseFields())
        }
        guard let kind = lexicon.decidedActs[w[i].text] else { return (nil, organ.party, false, ClauseFields()) }
        var fields = self.fields(w, from: i, to: end, addressee: nil)
        var party = organ.party
        // "poursuivre l’examen", "seguir examinando": an agenda item only with a session named.
        if kind == .agendaItem, !["inscrire", "incluir"].contains(w[i].text), fields.due.isEmpty { return (nil, party, false, ClauseFields()) }
        if kind == .action, let m = (i..<min(end, i + 16)).first(where: { ["mandat", "mandato"].contains(w[$0].text) }),
           let p = self.party(w, m + 2, limit: end) { party = p }
        else if kind == .action, !["créer", "établir", "crear", "establecer"].contains(w[i].text) { return (nil, party, false, ClauseFields()) }
        fields.deliverables = [kind] + fields.deliverables.filter { $0 != kind && $0 != .action && $0 != .meeting && $0 != .agendaItem }
        return (nil, party, true, fields)
    }

    func fields(_ w: [Word], from: Int, to end: Int, addressee: ClauseParty?) -> ClauseFields {
        var f = ClauseFields()
        let texts = w[from..<end].map { $0.capital ? "" : $0.text }
        var h = 0
        while h < texts.count, Self.leadWords.contains(texts[h]) { h += 1 }
        let head = h < texts.count ? texts[h] : ""
        let report = texts.firstIndex(where: lexicon.reports.contains)
            ?? texts.firstIndex { $0 == "compilation" || $0 == "compilación" }
        let oral = report.map { r in texts[max(0, r - 3)..<min(texts.count, r + 3)].contains(where: lexicon.oral.contains) } ?? false
        if texts.contains(where: lexicon.agenda.contains), ["inscrire", "incluir"].contains(head) { f.deliverables = [.agendaItem] }
        else if let r = report, let inf = texts.firstIndex(where: lexicon.informs.contains), inf < r { f.deliverables = [.information] }
        // "d’inclure, dans le rapport …, une section", "que incluya en su informe información".
        else if report != nil, ["inclure", "incluya", "incluir"].contains(head) { f.deliverables = [.information] }
        else if let r = report {
            let kind: MandateClause.Deliverable = oral ? .oralReport : .report
            // "de renforcer …, et de lui présenter un rapport": an action, then a report.
            let second = texts[min(h, r)..<r].contains { lexicon.conjunctions.contains($0) && $0 != "," && $0 != ";" }
            f.deliverables = Self.producing.contains(head) || lexicon.reports.contains(head) || !second ? [kind] : [.action, kind]
        } else if texts.contains(where: lexicon.informs.contains) { f.deliverables = [.information] }
        else if texts.contains(where: lexicon.meetings.contains), ["convoquer", "organiser", "tenir", "convocar", "organizar", "celebrar"].contains(head) { f.deliverables = [.meeting] }
        else { f.deliverables = [.action] }
        var owner: ClauseParty? = addressee.flatMap { $0.session != nil ? $0 : nil }
        var k = from
        while k < end {
            let word = w[k].text
            // "à l’Assemblée générale", "au Conseil", "a la Asamblea General", "por conducto de la Comisión".
            if ["à", "au", "aux", "a", "al"].contains(word), let p = party(w, k + 1, limit: end), p.type == .body || p.type == .self {
                if f.deliverables.contains(where: { [.report, .oralReport, .information, .note].contains($0) }), !f.recipients.contains(p.name) { f.recipients.append(p.name) }
                owner = p; k = p.end; continue
            }
            if let (dues, after) = sessions(w, k, end, owner: owner) { for d in dues where !f.due.contains(d) { f.due.append(d) }; k = after; continue }
            k += 1
        }
        if f.recipients.isEmpty, f.deliverables.contains(where: { [.report, .oralReport, .information, .note].contains($0) }) { f.recipients.append(organ.name) }
        f.recurrence = .oneOff
        for cue in lexicon.recurrences {
            let words = Self.phrase(cue.phrase)
            if (from..<end).contains(where: { Self.match(w, $0, words, limit: end) != nil }) { f.recurrence = cue.recurrence; break }
        }
        if f.recurrence == .oneOff, f.due.count > 1, Set(f.due.map { $0.split(separator: " ").dropLast().joined() }).count == 1 { f.recurrence = .explicitYears }
        return f
    }

    /// "à sa soixante-dix-neuvième session", "à ses soixante-dix-huitième et soixante-dix-neuvième sessions",
    /// "en su octogésimo primer período de sesiones", "à la cinquante-neuvième session du Conseil des droits de
    /// l’homme", "jusqu’au 30 juin 2023", "hasta el 15 de noviembre de 2023", "en 2025, 2026 et 2027".
    func sessions(_ w: [Word], _ i: Int, _ end: Int, owner: ClauseParty?) -> ([String], Int)? {
        let word = w[i].text
        var k = i + 1
        var own = false
        if lexicon.possessives.contains(word) || word == "ses" || word == "sus" { own = true; k = i + 1 }
        else if ["la", "el"].contains(word) { k = i + 1 } else { k = -1 }
        if k > 0 {
            var numbers: [Int] = [], next = false
            while k < end {
                if lexicon.language == .fr, let n = ClauseTimes.frenchOrdinal(w[k].text) { numbers.append(n); k += 1; continue }
                if lexicon.language == .es, let (n, used) = ClauseTimes.spanishOrdinal(w[k].text, next: k + 1 < end ? w[k + 1].text : "") { numbers.append(n); k += used; continue }
                if ["prochaine", "próximo"].contains(w[k].text) { next = true; k += 1; continue }
                if ["et", "y", ","].contains(w[k].text), !numbers.isEmpty { k += 1; continue }
                break
            }
            if k < end, lexicon.sessionWords.contains(w[k].text), !numbers.isEmpty || next {
                var after = k + 1
                if lexicon.language == .es, after + 1 < end, w[after].text == "de", w[after + 1].text == "sesiones" { after += 2 }
                var body = own ? (owner ?? organ.party) : organ.party
                if !own, after < end, ["du", "de", "del"].contains(w[after].text), let p = party(w, after + 1, limit: end) { body = p; after = p.end }
                else if !own { return nil }
                if numbers.isEmpty, let n = organ.number, body.session == organ.session { numbers = [n + 1] }
                let name = body.session ?? body.name
                return (numbers.isEmpty ? ["\(name) next"] : numbers.map { "\(name) \($0)" }, after)
            }
        }
        let d = i + 1 < end && ["le", "el"].contains(w[i + 1].text) ? i + 2 : i + 1
        if ["au", "le", "el", "hasta", "avant", "antes"].contains(word), d + 1 < end, let day = Int(w[d].text), day <= 31 {
            var m = d + 1
            if m < end, w[m].text == "de" { m += 1 }
            if m < end, let month = Dates.month(w[m].text) {
                var y = m + 1
                if y < end, w[y].text == "de" { y += 1 }
                if y < end, let year = Int(w[y].text), year > 1900 { return ([Dates.iso(year, month, day)], y + 1) }
            }
        }
        if word == "en", i + 1 < end, w[i + 1].text.count == 4, let first = Int(w[i + 1].text), first >= 1990, first < 2100 {
            var years = [first], k = i + 2
            while k + 1 < end, [",", "et", "y"].contains(w[k].text), w[k + 1].text.count == 4, let y = Int(w[k + 1].text), y >= 1990 { years.append(y); k += 2 }
            return (years.map(String.init), k)
        }
        return nil
    }
}
