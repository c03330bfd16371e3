/// Reads the operative paragraphs of a resolution or decision into clauses (DESIGN §9): where each clause
/// starts (the paragraph's opening verb, and each further "..., and requests ..."), its verb and addressee,
/// and through `ClauseFields` its deliverables, recipients, dues and recurrence. Lettered sub-paragraphs
/// under a lead-in ("Requests the Secretary-General:", "Decides:") inherit its verb and addressee.
public enum ClauseReader {
    /// `language`: English, or a language `ClauseLanguage` has words for (French, Spanish); others give none.
    public static func read(_ text: [UInt8], blocks: [Block], organ: Organ?, symbol: String, language: Language = .en) -> [MandateClause] {
        read(text, blocks: blocks, organ: organ, symbol: symbol, language: language, mandatesOnly: false).clauses
    }

    /// Only the mandate clauses, and whether the document has operative clauses at all (a resolution or
    /// decision): what `graph` keeps. Every clause is still read, a clause's reading depending on those
    /// before it, but only mandates are put on one line: the evidence of the others was a seventh of the reader.
    public static func mandates(_ text: [UInt8], blocks: [Block], organ: Organ?, symbol: String,
                                language: Language = .en) -> (clauses: [MandateClause], anyClause: Bool) {
        let (clauses, read) = read(text, blocks: blocks, organ: organ, symbol: symbol, language: language, mandatesOnly: true)
        return (clauses, read > 0)
    }

    /// The clauses kept, each with its line and evidence, and how many were read.
    static func read(_ text: [UInt8], blocks: [Block], organ: Organ?, symbol: String, language: Language,
                     mandatesOnly: Bool) -> (clauses: [MandateClause], read: Int) {
        let lexicon = language == .en ? nil : ClauseLanguage.of(language)
        guard blocks.contains(where: { $0.kind == .operative }), language == .en || lexicon != nil else { return ([], 0) }
        return text.withUnsafeBufferPointer { t in
            var lines = LineCounter()
            var out: [MandateClause] = []
            var read = 0
            let each = { (c: MandateClause) in
                read += 1
                guard c.mandate || !mandatesOnly else { return }
                var c = c
                c.line = lines.line(at: c.start, in: t)
                c.evidence = t.oneLine(c.start..<c.end)
                out.append(c)
            }
            if let lexicon {
                readRomance(t, blocks: blocks, lexicon: lexicon, organ: organ, symbol: symbol, each)
            } else {
                readEnglish(t, blocks: blocks, organ: organ, symbol: symbol, each)
            }
            return (out, read)
        }
    }

    /// Each clause of an English resolution in order, its line and evidence not yet filled in.
    static func readEnglish(_ t: UnsafeBufferPointer<UInt8>, blocks: [Block], organ: Organ?, symbol: String, _ each: (MandateClause) -> Void) {
        var state = ClauseState(organ: ClauseOrgan(organ, symbol: symbol), symbol: symbol)
        var k = 0
        while k < blocks.count {
            let block = blocks[k]
            // Commissions named anywhere before ("the Commission" in a later paragraph means the last one named).
            guard block.kind == .operative else {
                if block.kind == .preamble, ClauseReader.namesACommission(t, block.range) { state.noteCommissions(ClauseWords.words(t, block.range)) }
                k += 1; continue
            }
            var words = ClauseWords.words(t, block.range)
            while k + 1 < blocks.count, blocks[k + 1].id == block.id { k += 1; words += ClauseWords.words(t, blocks[k].range) }
            k += 1
            state.paragraph(id: block.id, words: words).forEach(each)
        }
    }
}

extension ClauseReader {
    static let commission = Array("Commission ".utf8)

    /// Whether a preambular paragraph names a commission at all: only then is it cut into words.
    static func namesACommission(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        let end = min(r.upperBound, t.count)
        while i + commission.count <= end {
            if t[i] == 0x43, t.matches(commission, at: i) { return true }
            i += 1
        }
        return false
    }
}

/// What the reader carries from paragraph to paragraph.
struct ClauseState {
    struct Lead { var verb: ClauseLexicon.Verb; var party: ClauseParty? }
    let organ: ClauseOrgan
    let symbol: String
    var lastOfficial: ClauseParty?
    var lastCommission: ClauseParty?
    /// Paragraphs that asked for a report, with their dues and recipients: "the aforementioned report".
    var reports: [(paragraph: String, due: [String], recipients: [String])] = []
    var leads: [String: Lead] = [:]

    static let verbTable: [(words: [String], verb: ClauseLexicon.Verb)] = ClauseLexicon.verbs
        .map { (ClauseWords.words(of: $0.phrase), $0) }.sorted { $0.words.count > $1.words.count }

    /// The first words of the lexicon's verbs: most words are none of them, and are passed over at once.
    static let verbFirstWords = ClauseWordSet(verbTable.map { $0.words[0] })
    static let verbKeys: [[UInt64]] = verbTable.map { ClauseWords.keys(of: $0.words) }

    static func verb(_ w: [ClauseWord], _ i: Int) -> (ClauseLexicon.Verb, Int)? {
        guard i < w.count, verbFirstWords.contains(w[i]) else { return nil }
        for (n, keys) in verbKeys.enumerated() { if let e = ClauseWords.match(w, i, keys: keys) { return (verbTable[n].verb, e) } }
        return nil
    }

    mutating func noteCommissions(_ w: [ClauseWord]) {
        var i = 0
        while i < w.count {
            if w[i].text == "commission", i + 1 < w.count, w[i + 1].text == "on" || w[i + 1].text == "for",
               let p = ClauseParties.party(w, i, limit: w.count, organ: organ, state: self), p.session != nil { lastCommission = p }
            i += 1
        }
    }

    /// The clauses of one operative paragraph (or sub-paragraph), without their line and evidence.
    mutating func paragraph(id: String, words w: [ClauseWord]) -> [MandateClause] {
        noteCommissions(w)
        var first = 0
        // The printed label: "12.", "(a)", "(iii)".
        while first < w.count, first < 5, w[first].text == "(" || w[first].text == ")" || w[first].text == "."
                || w[first].text.allSatisfy(\.isNumber) || (first > 0 && w[first - 1].text == "(") { first += 1 }
        // Clause starts: the opening, then each lexicon verb after "and", "," or ";" (adverbs between).
        var starts: [(at: Int, verb: ClauseLexicon.Verb?, end: Int)] = []
        var open = first
        while open < w.count, open - first < 5, ClauseLexicon.verbAdverbs.contains(w[open]) || w[open].adverbial && Self.verb(w, open) == nil { open += 1 }
        if let (v, e) = Self.verb(w, open) { starts.append((first, v, e)) } else { starts.append((first, nil, min(w.count, open + 1))) }
        var i = starts[0].end
        while i < w.count {
            if let (v, e) = Self.verb(w, i) {
                var b = i - 1
                while b > starts.last!.end, ClauseLexicon.verbAdverbs.contains(w[b]) || w[b].adverbial { b -= 1 }
                if b >= 0, w[b].text == "and" || w[b].text == "," || w[b].text == ";" {
                    starts.append((b + 1, v, e)); i = e; continue
                }
            }
            i += 1
        }
        let base = String(id.split(separator: "(").first ?? Substring(id))
        var out: [MandateClause] = []
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].at : w.count
            guard s.at < end else { continue }
            var reading: ClauseReading
            if let v = s.verb {
                reading = read(w, verb: v, from: s.end, to: end)
            } else if id != base, let lead = leads[base], n == 0 {
                reading = inherit(w, lead: lead, from: s.at, to: end)
            } else {
                let words = w[min(open, end - 1)..<min(end, open + ((w.count > open + 1 && ["note", "upon"].contains(w[open + 1].text)) ? 2 : 1))]
                reading = ClauseReading(verb: words.map(\.text).joined(separator: " "), party: nil, mandate: false)
            }
            // "requests United Nations agencies … and invites regional organizations … to cooperate with …": a clause
            // with no infinitive of its own shares the next clause's.
            if reading.mandate, reading.fields.deliverables.isEmpty, let j = (end..<w.count).first(where: { Self.isInfinitive(w, $0) }) {
                reading.fields = fields(w, from: j, to: starts.first(where: { $0.at > j })?.at ?? w.count, addressee: reading.party)
            }
            if reading.leadIn, let v = s.verb { leads[base] = Lead(verb: v, party: reading.party); continue }
            var clauseEnd = end
            while clauseEnd > s.at + 1, !w[clauseEnd - 1].isWord && w[clauseEnd - 1].text != ")" { clauseEnd -= 1 }
            let range = w[s.at].range.lowerBound..<w[clauseEnd - 1].range.upperBound
            let clause = MandateClause(symbol: symbol, paragraph: id, clause: out.count + 1, verb: reading.verb,
                                       addressee: reading.party?.name ?? "", addresseeType: reading.party?.type ?? .other,
                                       deliverables: reading.fields.deliverables, recipients: reading.fields.recipients,
                                       due: reading.fields.due, recurrence: reading.fields.recurrence,
                                       refersTo: reading.fields.refersTo, mandate: reading.mandate,
                                       start: range.lowerBound, end: range.upperBound, evidence: "")
            if reading.mandate, clause.deliverables.contains(where: { $0 == .report || $0 == .oralReport }) {
                reports.append((id, clause.due, clause.recipients))
            }
            out.append(clause)
        }
        return out
    }
}
