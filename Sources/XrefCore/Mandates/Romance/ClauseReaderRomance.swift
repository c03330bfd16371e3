/// The clause reader for French and Spanish resolutions (DESIGN §9), driven by `ClauseLanguage`: the same
/// rows as the English reader (verb and addressee normalized to English names, so an edition's mandates line
/// up with the English edition's), read with less grammar. A clause opens at the paragraph's verb and at each
/// lexicon verb after "et"/"y", "," or ";"; its addressee follows the verb ("Prie le Secrétaire général",
/// "Solicita al Secretario General"); its deliverable, recipient, due session and recurrence are read from
/// its words. Not read here (the English reader reads them): "the aforementioned report" (`refers_to`),
/// pronoun addressees, "Décide que …" with a subject.
struct RomanceClauseReader {
    struct Word {
        var text: String
        var capital: Bool
        var range: Range<Int>
        var isWord: Bool
        /// Printed in capitals ("MINUSS", "UNISFA"): a mission or office.
        var acronym: Bool
    }

    let lexicon: ClauseLanguage
    let organ: ClauseOrgan
    let symbol: String
    var leads: [String: (verb: ClauseLexicon.Verb, party: ClauseParty?)] = [:]
    /// The lexicon's phrases as words, longest first: cut once a document. (Cut again for every party looked
    /// up, they were a seventh of `graph`'s time on the whole shared corpus.)
    let verbTable: [(words: [String], verb: ClauseLexicon.Verb)]
    let partyTable: [(words: [String], party: ClauseLexicon.Party)]

    init(lexicon: ClauseLanguage, organ: ClauseOrgan, symbol: String) {
        self.lexicon = lexicon; self.organ = organ; self.symbol = symbol
        verbTable = lexicon.verbs.map { (Self.phrase($0.phrase), $0) }.sorted { $0.words.count > $1.words.count }
        partyTable = lexicon.parties.map { (Self.phrase($0.phrase), $0) }.sorted { $0.words.count > $1.words.count }
    }

    /// Elided articles and prepositions are dropped: "l’Assemblée" is "assemblée", "d’inscrire" is "inscrire".
    static let elisions = ["l'", "d'", "qu'", "s'", "n'", "jusqu'", "lorsqu'", "puisqu'"]

    static func words(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Word] {
        ClauseWords.words(t, range).map { w in
            // The printed form keeps curly apostrophes and non-breaking hyphens ("l’Instance", "Haut‑Commissariat").
            var original = w.original
            if original.utf8.contains(0xE2) {
                original = String(original.map { $0 == "\u{2019}" ? "'" : ("\u{2010}"..."\u{2014}").contains($0) ? "-" : $0 })
            }
            // The English reader's lower case is ASCII's: the same as `lowercased()` for an ASCII word, which
            // is most words, and far cheaper.
            var text = w.text.utf8.allSatisfy { $0 < 0x80 } ? w.text : original.lowercased()
            if let e = elisions.first(where: { text.hasPrefix($0) && text.count > $0.count }) {
                text = String(text.dropFirst(e.count)); original = String(original.dropFirst(e.count))
            }
            return Word(text: text, capital: original.first?.isUppercase ?? false, range: w.range, isWord: w.isWord,
                        acronym: original.count >= 3 && original.allSatisfy { $0.isUppercase || $0 == "-" })
        }
    }

    /// A lexicon phrase as the words the reader compares.
    static func phrase(_ p: String) -> [String] {
        let bytes = Array(p.utf8)
        return bytes.withUnsafeBufferPointer { words($0, 0..<$0.count).map(\.text) }
    }

    static func match(_ w: [Word], _ i: Int, _ phrase: [String], limit: Int) -> Int? {
        guard i + phrase.count <= limit else { return nil }
        for (k, p) in phrase.enumerated() where w[i + k].text != p { return nil }
        return i + phrase.count
    }

    func verb(_ w: [Word], _ i: Int, _ table: [(words: [String], verb: ClauseLexicon.Verb)], limit: Int) -> (ClauseLexicon.Verb, Int)? {
        for (words, v) in table { if let e = Self.match(w, i, words, limit: limit) { return (v, e) } }
        return nil
    }

    /// The party named at `i`, past articles: a lexicon phrase, else capitalized words ("Comité spécial",
    /// "MINUSS"), typed by their head noun.
    func party(_ w: [Word], _ i: Int, limit: Int) -> ClauseParty? {
        var k = i
        while k < limit, lexicon.articles.contains(w[k].text) { k += 1 }
        guard k < limit, w[k].isWord else { return nil }
        for n in partyTable.indices {
            guard let end = Self.match(w, k, partyTable[n].words, limit: limit) else { continue }
            let entry = partyTable[n].party
            let type: MandateClause.AddresseeType = entry.session == organ.session ? .self : entry.type
            return ClauseParty(name: entry.name, type: type, session: entry.session, end: end)
        }
        guard w[k].capital else { return nil }
        var end = k + 1
        // Capitalized words and the small words between them: "Organización de las Naciones Unidas para la Educación".
        func joins(_ j: Int) -> Bool { j < limit && Self.nameConnectors.contains(w[j].text) && (j + 1 < limit && w[j + 1].capital || joins(j + 1)) }
        while end < limit, w[end].isWord, w[end].capital || joins(end) { end += 1 }
        let name = w[k..<end].map(\.text).joined(separator: " ")
        // The head noun: "Présidente-Rapporteuse" is a "présidente", the "Sixième Commission" a commission.
        var head = String(w[k].text.split(separator: "-").first ?? "")
        if ClauseTimes.frenchOrdinal(w[k].text) != nil || ClauseTimes.spanishTens[w[k].text] != nil || ClauseTimes.spanishUnits[w[k].text] != nil,
           k + 1 < end { head = w[k + 1].text }
        var type: MandateClause.AddresseeType = .other
        if let t = ClauseLexicon.headTypes.first(where: { $0.word == Self.englishHead[head] }) { type = t.type }
        else if w[k].acronym { type = .entity }
        if type == .other, name.contains("nations unies") || name.contains("naciones unidas") { type = .entity }
        return ClauseParty(name: name, type: type, end: end)
    }

    static let nameConnectors: Set<String> = ["de", "des", "du", "la", "le", "les", "del", "las", "los", "el", "et", "y", "pour", "para", "sur", "sobre", "contre", "contra", "aux"]

    /// French and Spanish head nouns as the English ones `ClauseLexicon.headTypes` types.
    static let englishHead: [String: String] = [
        "comité": "committee", "instance": "forum", "foro": "forum", "commission": "commission", "comisión": "commission", "conseil": "council", "consejo": "council",
        "groupe": "group", "grupo": "group", "conférence": "conference", "conferencia": "conference", "bureau": "bureau", "mesa": "bureau",
        "rapporteur": "rapporteur", "rapporteuse": "rapporteur", "relator": "rapporteur", "relatora": "rapporteur",
        "président": "president", "présidente": "president", "presidente": "president", "presidencia": "president",
        "office": "office", "oficina": "office", "département": "department", "departamento": "department",
        "programme": "programme", "programa": "programme", "fonds": "fund", "fondo": "fund", "mission": "mission", "misión": "mission",
        "force": "force", "fuerza": "force", "institut": "institute", "instituto": "institute", "université": "university", "universidad": "university",
        "entité": "entity", "entidad": "entity", "organismes": "agencies", "organismos": "agencies", "envoyé": "envoy", "enviado": "envoy",
        "représentant": "representative", "representante": "representative", "coordonnateur": "coordinator", "coordinador": "coordinator",
    ]
}

extension ClauseReader {
    /// Clauses of a French or Spanish resolution: `RomanceClauseReader`.
    static func readRomance(_ t: UnsafeBufferPointer<UInt8>, blocks: [Block], lexicon: ClauseLanguage, organ: Organ?, symbol: String,
                            _ each: (MandateClause) -> Void) {
        var reader = RomanceClauseReader(lexicon: lexicon, organ: ClauseOrgan(organ, symbol: symbol), symbol: symbol)
        let verbs = reader.verbTable
        var k = 0
        while k < blocks.count {
            let block = blocks[k]
            guard block.kind == .operative else { k += 1; continue }
            var words = RomanceClauseReader.words(t, block.range)
            while k + 1 < blocks.count, blocks[k + 1].id == block.id { k += 1; words += RomanceClauseReader.words(t, blocks[k].range) }
            k += 1
            reader.paragraph(id: block.id, words: words, verbs: verbs).forEach(each)
        }
    }
}
