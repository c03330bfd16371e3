/// The relation of a citation to the text citing it (DESIGN §2 step 6, §4).
///
/// Rules, in order:
/// 1. Only the clause holding the citation is read: back to the previous sentence end, `;`, or the
///    block start (after its paragraph number); never the whole block.
/// 2. The nearest `before` cue governs if it still reaches the citation: between the cue and the
///    citation there may be organ names, "its resolution", "paragraph 4 of", dates, list commas and
///    other citations, but not more than four other lower-case words, and no comma followed by a new
///    phrase ("In accordance with resolution 73/187, UNODC prepared a report ... (A/74/130)" leaves
///    A/74/130 ungoverned).
/// 3. Else the clause's opening words govern every citation in the clause ("Recalling its resolutions
///    67/123, 68/85 and 74/91"). A comma or "and" followed by a new verb ("..., and requests",
///    "..., reaffirming") opens a new clause.
/// 4. Else an `after` cue right behind the citation ("In its resolution 74/177, the Assembly requested").
/// 5. Else `mentions`.
/// Cues inside parentheses ("(see A/74/130)") and inside relative clauses ("resolution 60/251, by which
/// the Assembly decided to establish ...") stop at the closing parenthesis or comma: they describe the
/// cited text, not the citing one. Words in quotation marks (titles) are never cues.
public enum Relations {
    /// `leadIn` is the block whose closing colon introduces the list this citation's block belongs to
    /// ("The Assembly took note of the following resolutions and decisions:", then one item a block).
    /// `atMarker`: `start..<end` is a footnote's marker, and the relation sought is the clause's to the noted thing.
    public static func classify(_ text: [UInt8], block: Block, start: Int, end: Int, leadIn: Block? = nil, atMarker: Bool = false) -> Relation {
        text.withUnsafeBufferPointer { classify($0, block: block, start: start, end: end, leadIn: leadIn, atMarker: atMarker) }
    }

    static func classify(_ t: UnsafeBufferPointer<UInt8>, block: Block, start: Int, end: Int, leadIn: Block? = nil,
                         atMarker: Bool = false) -> Relation {
        var start = max(0, min(start, t.count))
        let end = max(start, min(end, t.count))
        let floor = max(0, min(block.range.lowerBound, start))
        // A note marker glued after the clause's closing punctuation ("... of the Organization;10") belongs
        // to the clause that punctuation closes, not to the empty one after it.
        if start > floor, t[start - 1] == 0x3B || t[start - 1] == 0x2E { start -= 1 }
        let ceiling = min(t.count, max(block.range.upperBound, end))
        let clause = clauseStart(t, start, floor: floor)
        var scan = ClauseScan()
        scan.atMarker = atMarker
        scan.run(t, clause, start)
        if let r = scan.current.inline ?? scan.current.opener { return r }
        // An item of a list after a colon takes the cue that governs the colon: "took note of the following
        // documents: (a) ... (A/1); (b) ... (A/2)" in one block, or one item a block after the lead-in.
        if let colon = ListLeadIn.colon(t, clause: clause, floor: floor), let r = governing(t, colon, floor: floor) { return r }
        if let lead = leadIn, ByteText.unitStart(t, clause, floor: floor, semicolons: false) <= ByteText.skipLabel(t, floor, clause),
           let colon = ListLeadIn.lastColon(t, lead.range),
           let r = governing(t, colon, floor: lead.range.lowerBound) { return r }
        return afterCue(t, end, ceiling: ceiling, floor: floor) ?? .mentions
    }

    /// The start of the clause holding `pos`: a semicolon inside parentheses does not end a clause
    /// ("(see A/70/470, para. 8; A/70/PV.67)": both are `see`).
    static func clauseStart(_ t: UnsafeBufferPointer<UInt8>, _ pos: Int, floor: Int) -> Int {
        var clause = ByteText.unitStart(t, pos, floor: floor, semicolons: true)
        let sentence = ByteText.unitStart(t, pos, floor: floor, semicolons: false)
        while clause > sentence, let semicolon = ListLeadIn.semicolon(before: clause, t, floor: sentence),
              ListLeadIn.depth(t, sentence, semicolon) > 0 {
            clause = ByteText.unitStart(t, semicolon, floor: floor, semicolons: true)
        }
        return clause
    }

    /// The cue governing the words just before `colon`: the clause's inline cue, else its opener.
    static func governing(_ t: UnsafeBufferPointer<UInt8>, _ colon: Int, floor: Int) -> Relation? {
        var scan = ClauseScan()
        scan.run(t, clauseStart(t, colon, floor: floor), colon)
        return scan.current.inline ?? scan.current.opener
    }

    /// Rule 4: an `after` cue among the few words following the citation (dates, organ names, "which").
    static func afterCue(_ t: UnsafeBufferPointer<UInt8>, _ end: Int, ceiling: Int, floor: Int) -> Relation? {
        let stop = ByteText.sentenceEnd(t, end, limit: ceiling, floor: floor, semicolons: true)
        var i = end, words = 0
        while i < stop, words < 10 {
            let b = t[i]
            if b.isLetter {
                let e = ByteText.wordEnd(t, i, stop)
                let h = ByteText.hash(t, i, e)
                if let cues = CueIndex.shared.after[h] {
                    for cue in cues { if ByteText.match(t, i, stop, cue.bytes) != nil { return cue.relation } }
                }
                guard CueIndex.shared.afterGap.contains(h) else { return nil }
                words += 1; i = e
            } else if b.isDigit {
                while i < stop, !t[i].isSpace, t[i] != 0x2C, t[i] != 0x29 { i += 1 }
            } else { i += 1 }
        }
        return nil
    }
}

/// The forward pass over one clause, up to the citation.
struct ClauseScan {
    struct State {
        var opener: Relation?
        var inline: Relation?
        var content = 0           // lower-case words outside the citation vocabulary since `inline`
        var pendingComma = false  // a comma since the last token: the next word must continue a list
        var tentative = false     // after ", General Assembly ...": a list only if a citation word follows
        var reached = false       // a citation-like token since `inline`: later commas may separate list items
        var listHead: Relation?   // the inline cue before a colon: it governs each item after it, one a line
        var joined = false        // "," or "and" since the last citation-like token: a new list item may start
        var sweeping = false      // `inline` is a `.sentence` cue: nothing in the sentence ends its reach
    }
    var current = State()
    var saved: [(kind: UInt8, state: State)] = []  // "(" or "r" (relative clause)
    var previousWord: UInt64 = 0                   // the hash of the last word `word` saw
    var atMarker = false                           // reading up to a note's marker at the clause's end

    mutating func run(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let index = CueIndex.shared
        var i = from
        var atStart = true      // the next word opens the clause
        var afterJoin = false   // after "," or "and": a verb here opens a coordinated clause
        var inQuote = false
        while i < to {
            let b = t[i]
            if b.isLetter {
                let e = ByteText.wordEnd(t, i, to)
                if e < to, t[e] == 0x2F || t[e].isDigit {  // "A/74/130", "CAC/COSP/IRG/2020/3"
                    i = symbolEnd(t, e, to); numeric(); afterJoin = false; continue
                }
                if inQuote { i = e; continue }
                let h = ByteText.hash(t, i, e)
                // "..., and requests the Secretary-General" opens a clause; "decisions and requests of the
                // General Assembly" is a noun.
                // ", to 15 July 2025" is a date, not a new "to ..." clause.
                // "... to Ending the AIDS Epidemic": a capital after "to" is a title's word; ", to the extent not
                // superseded": an article after "to" makes it a preposition, not a "to ..." clause.
                let opens = atStart || afterJoin && index.clauseVerbs.contains(h) && !followedByOf(t, e, to)
                    && !(h == CueIndex.to && prepositionalTo(t, e, to))
                if opens, !atStart {
                    // "Welcomes the decision ... to call upon States ..., and to ensure ...;21": a note marked at the
                    // end of a further "to ..." clause stays under the clause's opener (a citation inside that
                    // clause belongs to it: "Noting the work ..., to consider ..., on the basis of document CD/1299").
                    let opener = h == CueIndex.to && atMarker ? current.opener : nil
                    current = State(); current.opener = opener
                }
                if !(opens || atStart) && inName(t, i) {
                    // "the Special Committee on the Situation with regard to the Implementation of the
                    // Declaration": a capital inside a clause is part of a name, not a cue.
                } else if let (cue, cueEnd) = index.match(t, i, to, h, opening: opens),
                          !(atMarker && cue.relation == .implements && titleOfNotedThing(t, i, from)) {
                    if cue.position == .clauseOpening { current = State(); current.opener = cue.relation }
                    else {
                        current.inline = cue.relation; current.content = 0; current.pendingComma = false; current.reached = false
                        current.sweeping = cue.position == .sentence
                    }
                    i = cueEnd; atStart = false; afterJoin = false
                    continue
                }
                if atStart, index.adverbs.contains(h) { i = e; continue }
                atStart = false
                word(t, i, h)
                if index.relatives.contains(h) { saved.append((0x72, current)) }
                // "..., and in this regard notes the ongoing work": the set phrase keeps the join open.
                afterJoin = h == CueIndex.and || afterJoin && index.regardWords.contains(h)
                i = e
                continue
            }
            switch b {
            case 0x30...0x39:
                i = symbolEnd(t, i, to); numeric(); afterJoin = false; continue
            case 0x2C:  // a relative clause ends at the next comma
                if let last = saved.last, last.kind == 0x72 { current = last.state; saved.removeLast() }
                current.pendingComma = true; current.joined = true; afterJoin = true
            case 0x28:
                saved.append((0x28, current)); afterJoin = false
                // "reports on the implementation of resolution 1701 (2006) (S/2024/817 and S/2025/153)": the
                // reports are named beside the governed citation, not governed by its cue.
                if current.inline != nil, current.inline != .see, current.reached, afterCitation(t, i, from),
                   parenthesisHoldsSymbol(t, i + 1, t.count) {
                    current.inline = nil
                }
            case 0x3A where !inQuote:
                if current.inline != nil { current.listHead = current.inline }
            case 0x0A:
                if let head = current.listHead {
                    current.inline = head; current.content = 0; current.pendingComma = false
                    current.tentative = false; current.reached = false
                }
            case 0x29:
                if let k = saved.lastIndex(where: { $0.kind == 0x28 }) { current = saved[k].state; saved.removeSubrange(k...) }
            case 0x22:
                inQuote.toggle()
            case 0xE2 where i + 2 < to && t[i + 1] == 0x80:
                if t[i + 2] == 0x9C { inQuote = true } else if t[i + 2] == 0x9D { inQuote = false }
                i += 3; continue
            default: break
            }
            i += 1
        }
    }

    /// A word between an inline cue and the citation: does the cue still reach?
    mutating func word(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ h: UInt64) {
        defer { previousWord = h }
        // "See also the reports ... (A/65/184 ...) and the reports ... (A/68/94, ...)": a reference governs
        // everything after it in its clause.
        guard current.inline != nil, current.inline != .see, !current.sweeping else { return }
        let index = CueIndex.shared
        let upper = t[i].isUpper
        if h == CueIndex.and { current.joined = true }
        if current.reached, current.joined, index.passingNouns.contains(h), previousWord != CueIndex.presidential {
            // "pursuant to paragraph 2 of resolution 431 (1978) and his report (S/12869)": a report or letter
            // after the governed citation is mentioned beside it.
            current.inline = nil; return
        }
        if current.pendingComma, !current.reached, !index.frameWords.contains(h) {
            // "implementation of the Madrid Plan of Action, and its resolutions 60/135": the cue's object
            // ended before any citation; only "..., in its resolution" keeps the cue's frame.
            current.inline = nil; return
        }
        if current.pendingComma, !index.listWords.contains(h) {
            // "resolution 73/190, General Assembly resolution 74/1" continues a list; ", UNODC prepared" does not.
            guard upper else { current.inline = nil; return }
            current.tentative = true
        }
        current.pendingComma = false
        if current.tentative {
            if index.citationWords.contains(h) { current.tentative = false }
            else if !upper, !index.connectors.contains(h) { current.inline = nil; current.tentative = false }
            return
        }
        if t[i].isLower, !index.gapWords.contains(h) {
            current.content += 1
            if current.content > 4 { current.inline = nil }
        }
    }

    /// "the report on the implementation of its long-term strategic directions,4", "the programme of activities
    /// for the implementation of the International Decade,14": at a note's marker, "implementation" after a report
    /// or programme and "on the" or "for the" names what the noted report or programme is about; the note is that
    /// report, not an act of implementing it ("support ... in the implementation of the Programme of Action, 3" and
    /// "work ... on the implementation of the Guidelines,5" still implement).
    func titleOfNotedThing(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ from: Int) -> Bool {
        var words: [String] = []
        var e = i
        while words.count < 5 {
            while e > from, t[e - 1].isSpace { e -= 1 }
            var s = e
            while s > from, t[s - 1].isLetter { s -= 1 }
            guard s < e else { break }
            words.append(t.string(s..<e).lowercased()); e = s
        }
        guard words.count >= 3, words[0] == "the", words[1] == "on" || words[1] == "for" else { return false }
        return words.dropFirst(2).contains { Self.notedThings.contains($0) }
    }

    /// What a note gives that is named by what it is about ("the report on the implementation of", "the programme
    /// of activities for the implementation of"); "the ongoing work ... on the implementation of the Guidelines" and
    /// "efforts for the implementation of the goals" are acts of implementing.
    static let notedThings: Set<String> = ["report", "reports", "programme", "programmes", "plan", "note", "study", "review", "paper"]

    /// A capitalized word after a word or comma ("the Implementation"), not after "(", "[", ";" or ":"
    /// where a cue may open with a capital ("(See A/70/470").
    func inName(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard t[i].isUpper else { return false }
        var p = i - 1, breaks = 0
        while p >= 0, t[p].isSpace { if t[p] == 0x0A { breaks += 1 }; p -= 1 }
        // After a blank line a capital opens a paragraph the segmenter joined to the one before; after a
        // one-letter label ("a\tSee General Assembly resolution 79/223") it opens a table note.
        guard p >= 0, breaks < 2, !(t[p] == 0x28 || t[p] == 0x5B || t[p] == 0x3B || t[p] == 0x3A || t[p] == 0x2E) else { return false }
        return !(t[p].isLetter && (p == 0 || !t[p - 1].isLetter))
    }

    /// The "(" at `i` follows a citation's closing parenthesis: "resolution 1701 (2006) (S/2024/817".
    func afterCitation(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ from: Int) -> Bool {
        var p = i - 1
        while p > from, t[p].isSpace { p -= 1 }
        return p >= from && t[p] == 0x29
    }

    /// "(S/2024/817": a symbol with a slash opens the parenthesis (not a year, a Roman session or "see").
    func parenthesisHoldsSymbol(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        guard i < to, t[i].isUpper else { return false }
        var j = i
        while j < to, t[j].isAlnum || t[j] == 0x2E || t[j] == 0x2D { j += 1 }
        return j < to && t[j] == 0x2F
    }

    /// "to" ending at `e` is a preposition: a digit, a capital or an article follows ("to 15 July", "to Ending
    /// the AIDS Epidemic", "to the extent").
    func prepositionalTo(_ t: UnsafeBufferPointer<UInt8>, _ e: Int, _ to: Int) -> Bool {
        let n = ByteText.skipBlanks(t, e, to)
        guard n < to else { return false }
        if t[n].isDigit || t[n].isUpper { return true }
        return t[n].isLetter && CueIndex.shared.articles.contains(ByteText.hash(t, n, ByteText.wordEnd(t, n, to)))
    }

    func followedByOf(_ t: UnsafeBufferPointer<UInt8>, _ e: Int, _ to: Int) -> Bool {
        let i = ByteText.skipBlanks(t, e, to)
        return ByteText.match(t, i, to, CueIndex.of) != nil
    }

    mutating func numeric() { current.pendingComma = false; current.tentative = false; current.reached = true; current.joined = false }

    func symbolEnd(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to, t[j].isAlnum || t[j] == 0x2F || t[j] == 0x2D || t[j] == 0x2E && j + 1 < to && t[j + 1].isAlnum { j += 1 }
        return max(j, i + 1)
    }
}

/// The cue table compiled for lookup by the hash of a cue's first word, longest phrase first.
struct CueIndex: Sendable {
    struct Cue: Sendable {
        let bytes: [UInt8]
        let relation: Relation
        let position: RelationCue.Position
        let bracket: Bool  // "[on the report of": the "[" must precede
    }
    let before: WordTable<[Cue]>
    let after: WordTable<[Cue]>
    let clauseVerbs: WordSet
    let adverbs: WordSet
    let relatives: WordSet
    let gapWords: WordSet
    let listWords: WordSet
    let afterGap: WordSet
    let citationWords: WordSet
    let connectors: WordSet
    let frameWords: WordSet
    let passingNouns: WordSet
    let regardWords: WordSet
    let articles: WordSet
    static let and = ByteText.hash("and")
    static let to = ByteText.hash("to")
    static let presidential = ByteText.hash("presidential")
    static let of = Array("of".utf8)
    static let shared = CueIndex(RelationCues.all)

    init(_ cues: [RelationCue]) {
        var before: [UInt64: [Cue]] = [:], after: [UInt64: [Cue]] = [:]
        for c in cues {
            var phrase = c.phrase
            let bracket = phrase.hasPrefix("[")
            if bracket { phrase.removeFirst() }
            let first = String(phrase.prefix { $0 != " " })
            let cue = Cue(bytes: Array(phrase.utf8), relation: c.relation, position: c.position, bracket: bracket)
            if c.position == .after { after[ByteText.hash(first), default: []].append(cue) }
            else { before[ByteText.hash(first), default: []].append(cue) }
        }
        // Longest first; at equal length a clause opener before an inline cue (sort is not stable).
        let order = { (a: Cue, b: Cue) in
            a.bytes.count != b.bytes.count ? a.bytes.count > b.bytes.count : a.position == .clauseOpening && b.position != .clauseOpening
        }
        self.before = WordTable(before.map { ($0.key, $0.value.sorted(by: order)) })
        self.after = WordTable(after.map { ($0.key, $0.value.sorted(by: order)) })
        let set = { (words: String) in WordSet(words.split(separator: " ").map { ByteText.hash(String($0)) }) }
        let openers = cues.filter { $0.position == .clauseOpening }.map { String($0.phrase.prefix { $0 != " " }) }
        clauseVerbs = set(openers.joined(separator: " ") + " " + """
            recognizing recognising stressing emphasizing expressing acknowledging underlining reiterating affirming \
            encouraging urging calling inviting requesting deciding having taking requests decides urges calls \
            invites encourages stresses emphasizes underlines recognizes expresses reiterates acknowledges supports \
            commends condemns demands appeals affirms takes authorizes regrets deplores declares proclaims adopts \
            agrees resolves reminds underscores highlights
            """)
        adverbs = set("also further furthermore moreover once again still strongly fully firmly deeply gravely hereby we")
        relatives = set("which whereby wherein whom")
        gapWords = set("""
            the a an its his her their this these those said of in on by to for with and or as well also further at \
            from under including inter alia relevant respective various other all both paragraph paragraphs para \
            paras subparagraph subparagraphs section sections part parts annex annexes chapter chapters article \
            articles operative preambular provisions provision resolution resolutions decision decisions statement \
            statements president presidential report reports document documents letter letters note notes no nos \
            above below mentioned above-mentioned aforementioned subsequent previous recent latest entitled adopted \
            contained set out respectively dated thereto thereof see
            """)
        listWords = set("and or as well including in of by its paragraph paragraphs para paras section part annex resolution resolutions decision decisions respectively")
        citationWords = set("resolution resolutions decision decisions statement statements document documents report reports")
        connectors = set("of the and on for against to in")
        frameWords = set("in by")
        passingNouns = set("report reports letter letters note notes document documents statement statements")
        regardWords = set("in this that regard context respect connection also further")
        articles = set("the a an its their his her this that these those all any each such")
        afterGap = set("""
            of the it its which in by also further has had have and general assembly security council economic social \
            human rights commission conference parties committee board executive states january february march april \
            may june july august september october november december a b c d whereby
            """)
    }

    /// The longest cue starting at `i` and ending before `to`; clause-opening cues only where a clause opens.
    func match(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int, _ h: UInt64, opening: Bool) -> (Cue, Int)? {
        guard let cues = before[h] else { return nil }
        for cue in cues where opening || cue.position != .clauseOpening {
            if cue.bracket, !(i > 0 && t[i - 1] == 0x5B) { continue }
            if let e = ByteText.match(t, i, to, cue.bytes) { return (cue, e) }
        }
        return nil
    }
}
