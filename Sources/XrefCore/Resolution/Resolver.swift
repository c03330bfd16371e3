/// What the pipeline knows of the document a citation stands in (§2.4 step 3).
public struct DocumentContext: Sendable {
    /// The document's own organ, from its symbol, masthead or file name.
    public var organ: Organ?
    public var ownSymbols: [String] { didSet { comparableOwn = Set(ownSymbols.map(SymbolKey.comparable)) } }
    /// The part a lettered resolution is ("B" of 75/245 B): it cites its sibling parts under the same key.
    public var ownParts: [String]
    /// The language the document is written in (`Language.detect`); other languages add `LanguageScan`.
    public var language: Language = .en
    /// What the heading prints (`DocumentHeading`): a resolution's title line, the first date as ISO.
    public var title: String?
    public var date: String?
    /// `ownSymbols` in comparable form, made once: every citation is checked against them.
    private var comparableOwn: Set<String>

    public init(organ: Organ? = nil, ownSymbols: [String] = [], ownParts: [String] = []) {
        self.organ = organ; self.ownSymbols = ownSymbols; self.ownParts = ownParts
        comparableOwn = Set(ownSymbols.map(SymbolKey.comparable))
    }

    /// Whether a citation names the document itself (masthead, title, running header), which is no citation.
    public func isSelf(_ c: Citation) -> Bool {
        guard comparableOwn.contains(SymbolKey.comparable(c.symbol)) else { return false }
        return ownParts.isEmpty || c.parts == ownParts
    }
}

/// Step 5: gives each mention its organ and canonical key (DESIGN §3), in the order of un-symbols.md §2.4:
/// organ named in the phrase, organ implied by the form, anaphora through the document's organ, carry-over
/// of an earlier citation of the same item, plausibility. What stays ambiguous is flagged, never guessed.
struct Resolver {
    let t: Bytes
    let document: DocumentContext
    /// Items resolved so far in this document ("9/1" -> UNTOC-COP), for bare repeats.
    private var memory: [MemoKey: Organ] = [:]
    private struct MemoKey: Hashable { var type: SymbolType; var form: CitationItem.Form }

    init(t: Bytes, document: DocumentContext) { self.t = t; self.document = document }

    mutating func resolve(_ mention: Mention, into out: inout [Citation]) {
        if let c = resolve(mention) { out.append(c) }
    }

    private mutating func resolve(_ mention: Mention) -> Citation? {
        switch mention {
        case .symbol(let s):
            let key = s.key
            return Citation(symbol: key, organ: Lexicon.organ(ofSeries: key), type: SymbolKey.type(of: key),
                             surface: t.string(s.range), start: s.range.lowerBound, end: s.range.upperBound,
                             parts: s.parts, reissued: s.reissued)
        case .item(let item, let trigger, let first):
            var item = item
            let start = first ? trigger.phraseStart : item.range.lowerBound
            var c = Citation(symbol: "", organ: .unknown, type: trigger.type, surface: t.string(start..<item.range.upperBound),
                             start: start, end: item.range.upperBound, parts: item.parts)
            let memoKey = MemoKey(type: trigger.type, form: item.form)
            let organs = candidates(item, trigger)
            // ITU, ECLAC, a foreign "Council", a form the Trusteeship Council never used: no UN key.
            if organs.isEmpty, trigger.named == .foreign || trigger.named == .organ(.tc) || Self.formIsSC(item) { return nil }
            if organs.count == 1 {
                c.organ = organs[0]
                // Remembered only where a bare repeat could need it: numbers no default organ settles.
                if trigger.named != nil || trigger.anaphoric, Self.needsMemory(item, organs[0]) { memory[memoKey] = organs[0] }
            } else if let remembered = memory[memoKey] {
                c.organ = remembered
            } else {
                c.resolved = false
                c.candidates = organs.compactMap { SymbolKey.key(item, type: trigger.type, organ: $0) }
            }
            if c.resolved, c.organ == .sc, trigger.type == .decision { return nil }  // SC decisions have no symbol
            // A footnote mark goes after the date, never between the number and "of <date>": "62/219 of 22 December 2007".
            if c.resolved, !t.matches(" of ", at: item.range.upperBound), Self.dropGluedFootnote(&item, type: trigger.type, organ: c.organ) {
                c.end = item.range.upperBound
                c.surface = t.string(start..<c.end)
            }
            if c.organ == .unknown || !c.resolved {
                c.organ = .unknown
                c.symbol = SymbolKey.unresolvedKey(item, type: trigger.type)
            } else if let key = SymbolKey.key(item, type: trigger.type, organ: c.organ) {
                c.symbol = key
            } else {
                return nil
            }
            if SymbolKey.isConventionDecision(item) { c.type = .decision }
            return c
        }
    }

    /// The organs the item may belong to, most specific rule first; one element when settled.
    private func candidates(_ item: CitationItem, _ trigger: Trigger) -> [Organ] {
        if trigger.named == .foreign { return [] }
        // 2. The form alone settles some.
        switch item.form {
        case .convention(_, let body, _): return [body == "COP" ? .unccd : .unfccc]
        case .romanSlash(let roman, _, _) where roman.hasPrefix("SS."):
            return [.unepGC]  // only UNEP's Governing Council numbers "SS.VI/1"; a decision under any heading
        case .romanSlash:
            // Only the Biodiversity Convention numbers decisions so; it must be named, or be the document's organ.
            // ("United Nations Environment Assembly resolution V/11" is the Assembly's 5/11 typed in Roman.)
            guard case .organ(let o)? = trigger.named ?? trigger.subject ?? document.bodyName, o == .cbdCOP || o == .unea else { return [] }
            return [o]
        case .yearInParentheses(let n, let year):
            // Another body's numbering ("ITU Council Resolution 1299 (2008)") shows when number and year
            // disagree with the Council's own sequence.
            if trigger.named != .organ(.sc), let known = SecurityCouncil.year(of: n), known != year { return [] }
            return [.sc]
        case .bare(let n):
            if case .organ(let o)? = trigger.named, o != .sc { return [] }
            // "resolutions 263 of 5 November 2013" (African Commission): the Council's numbers were far higher then.
            if let year = item.dateYear, !SecurityCouncil.fits(n, year: year) { return [] }
            return n <= 3000 ? [.sc] : []
        case .romanSession(_, let session, let value):
            if session.hasPrefix("ORG-") { return [.ecosoc] }
            if case .organ(.ecosoc)? = trigger.named { return [.ecosoc] }
            // Regional commissions number their resolutions with the Roman session: "ECLAC ... 782 (XL)".
            if case .organ(let o)? = trigger.named ?? (trigger.anaphoric ? trigger.subject : nil), o.isPseudoKeyed { return [o] }
            if trigger.named == .generic(.council) || document.organ == .ecosoc && trigger.named == nil { return [.ecosoc] }
            return value > 30 && !session.hasPrefix("S-") && !session.hasPrefix("ES-") ? [.ecosoc] : [.ga]
        case .session(let prefix, let a, _):
            if prefix == "ES-" { return [.ga] }
            var body = trigger.named ?? (trigger.anaphoric ? trigger.subject ?? document.bodyName : nil)
            // "its resolution 62/141" after the Human Rights Council was named: no Council resolution runs that high.
            if trigger.named == nil, case .organ(let o)? = body, trigger.type == .resolution, let b = item.number,
               let limit = Self.maxNumber(o), b > limit { body = document.bodyName }
            if case .organ(.tc)? = body { return [] }  // the Trusteeship Council numbered only "2164 (LII)"
            if case .organ(let o)? = body {
                // A named organ stands unless the number cannot be its own ("its resolution 9/1" in a GA report).
                // Special sessions ("S-8/2") are the Assembly's and the Human Rights Council's only.
                if prefix == "S-" ? o == .ga || o == .hrc : Self.plausible(o, session: a) || Lexicon.sessionRange(o) == nil && a >= 1946 { return [o] }
                body = nil
            }
            if case .foreign? = body { return [] }
            let isYear = a >= 1946 && prefix.isEmpty
            let documentOrgan = document.organ
            if case .generic(let g)? = body {
                return genericBody(g, a: a, isYear: isYear)
            }
            // No body named: carry-over, then the document's organ, then plausibility.
            if isYear {
                if let o = documentOrgan, [.ecosoc, .chr, .undpEB, .unwEB, .unicefEB].contains(o) { return [o] }
                if trigger.type == .decision, let n = item.number, n < 100 { return [.undpEB, .unwEB, .unicefEB] }
                return [.ecosoc]
            }
            if prefix == "S-" {
                if let o = documentOrgan, o == .ga || o == .hrc { return [o] }
                if let year = item.dateYear, year < 2006 { return [.ga] }  // the Council first met in 2006
                return [.ga, .hrc]
            }
            // "resolution 36/8 of 21 March 2017" cannot be the Assembly's thirty-sixth session (1981-1982): a date
            // that contradicts one organ's session years and fits the Human Rights Council's settles it. Not
            // for decisions: "Governing Council of the United Nations Environment Programme decision 27/2 of
            // 22 February 2013" is UNEP's.
            if trigger.type == .resolution, let year = item.dateYear, !Self.fits(documentOrgan ?? .ga, session: a, year: year),
               Self.plausible(.hrc, session: a), Self.fits(.hrc, session: a, year: year) { return [.hrc] }
            if let o = documentOrgan, Self.plausible(o, session: a) { return [o] }
            // An organ the sentence names in full settles what the number alone cannot
            // ("the adoption by the Conference of the States Parties ... of resolution 9/8").
            if case .organ(let o)? = trigger.subject, Self.plausible(o, session: a), !Self.plausible(.ga, session: a) { return [o] }
            if Self.plausible(.ga, session: a) { return [.ga] }
            return trigger.type == .decision ? [.hrc, .untocCOP, .uncacCOSP] : [.hrc, .untocCOP, .uncacCOSP, .ccpcj, .cnd]
        }
    }

    /// "the Council", "the Commission", "the Conference": the document's own organ when it is such a body,
    /// else what the form allows.
    private func genericBody(_ g: Lexicon.Generic, a: Int, isYear: Bool) -> [Organ] {
        let own = document.organ
        switch g {
        case .assembly:
            return own == .unea ? [.unea] : [.ga]
        case .council:
            // Of the councils only ECOSOC numbers by year and only the HRC by session.
            if isYear { return [.ecosoc] }
            return Self.plausible(.hrc, session: a) ? [.hrc] : []
        case .commission:
            if let o = own, [.cnd, .ccpcj, .chr, .csw, .escap, .eca, .eclac, .ece, .escwa, .cpd, .csocd, .statcom].contains(o) { return [o] }
            if isYear { return [.chr] }
            return [.cnd, .ccpcj, .csw, .escap].filter { Self.plausible($0, session: a) }
        case .conference:
            if let o = own, [.untocCOP, .uncacCOSP, .unfccc, .unccd].contains(o) { return [o] }
            return [.untocCOP, .uncacCOSP].filter { Self.plausible($0, session: a) }
        case .board:
            if let o = own, [.undpEB, .unwEB, .unicefEB].contains(o) { return [o] }
            return [.undpEB, .unwEB, .unicefEB]
        }
    }

    /// Highest resolution number an organ reaches in one session (decisions may run higher).
    static func maxNumber(_ o: Organ) -> Int? {
        switch o {
        case .ga: 600
        case .hrc: 80
        case .unea: 30
        case .cnd, .ccpcj, .untocCOP, .uncacCOSP, .escap, .csw: 20
        case .ecosoc: 200
        case .cbdCOP: 50
        default: nil
        }
    }

    /// "resolutions 5/725" in extracted text is resolution 5/7 with footnote 25 glued on: when the number
    /// is beyond what the named organ ever reached, the trailing digits are the footnote.
    static func dropGluedFootnote(_ item: inout CitationItem, type: SymbolType, organ o: Organ) -> Bool {
        // Decisions run higher than resolutions, except the Biodiversity Convention's ("decision VII/1114": VII/11, note 14).
        guard type == .resolution || o == .cbdCOP, item.parts.isEmpty, let limit = maxNumber(o) else { return false }
        func cut(_ number: Int) -> (Int, dropped: Int) {
            var b = number, dropped = 0
            while b > limit, b >= 10 { b /= 10; dropped += 1 }
            return (b, dropped)
        }
        let dropped: Int
        switch item.form {
        case .session(let prefix, let a, let b) where b > limit:
            let (kept, d) = cut(b); item.form = .session(prefix: prefix, a, kept); dropped = d
        case .romanSlash(let roman, let session, let b) where b > limit:
            let (kept, d) = cut(b); item.form = .romanSlash(roman, session: session, number: kept); dropped = d
        default: return false
        }
        item.range = item.range.lowerBound..<item.range.upperBound - dropped
        return true
    }

    /// Whether a bare repeat of the item would resolve differently without memory: the form and the
    /// default organ (GA for sessions, ECOSOC for years) do not give `organ`.
    static func needsMemory(_ item: CitationItem, _ organ: Organ) -> Bool {
        if case .romanSlash = item.form { return true }  // no default organ: "implement decision IX/16 C" after it was named
        guard case .session(let prefix, let a, _) = item.form else { return false }
        if prefix == "S-" || !(plausible(.ga, session: a) || a >= 1946) { return true }
        return organ != (a >= 1946 ? .ecosoc : .ga)
    }

    static func formIsSC(_ item: CitationItem) -> Bool {
        switch item.form { case .yearInParentheses, .bare: true; default: false }
    }

    static func plausible(_ organ: Organ, session: Int) -> Bool {
        Lexicon.sessionRange(organ)?.contains(session) ?? false
    }

    /// Whether a resolution of `session` may bear a date in `year`; true where the organ's calendar is not known.
    static func fits(_ organ: Organ, session: Int, year: Int) -> Bool {
        Lexicon.sessionYears(organ, session)?.contains(year) ?? true
    }
}

private extension DocumentContext {
    /// "its resolution" with no subject in the sentence: the document's own organ.
    var bodyName: Lexicon.BodyName? {
        if let o = organ, o != .other, o != .unknown, o != .secretariat { return .organ(o) }
        return nil
    }
}

extension CitationItem {
    var number: Int? { if case .session(_, _, let b) = form { b } else { nil } }
}
