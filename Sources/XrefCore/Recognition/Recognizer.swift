/// Step 4 of the pipeline: one forward pass over normalized bytes that finds document symbols and
/// trigger-word citations, then hands them to the `Resolver` for organs and canonical keys.
public enum Recognizer {
    /// Citations in `text` (already normalized), with offsets into `text`. Relations, lines and paragraph
    /// ids are left for later stages.
    /// With a `limit`, recognition stops once more than `limit` citations that are not the document's own
    /// symbol are found (the scan itself after twice as many mentions): a list of a million citations costs
    /// what its first `limit` do, not a million relations and a million strings.
    public static func recognize(_ text: [UInt8], document: DocumentContext = DocumentContext(), limit: Int = .max) -> [Citation] {
        text.withUnsafeBufferPointer { buffer in
            var scan = Scan(t: buffer, documentOrgan: document.organ)
            scan.limit = limit > Int.max / 2 ? .max : 2 * limit
            scan.run()
            let mentions = document.language == .en ? scan.mentions
                : LanguageScan.merge(scan.mentions, LanguageScan.mentions(buffer, language: document.language))
            var resolver = Resolver(t: buffer, document: document)
            var citations: [Citation] = []
            citations.reserveCapacity(mentions.count)
            var counted = 0, own = 0  // own: citations of the document's own symbol among the first `counted`
            for m in mentions {
                resolver.resolve(m, into: &citations)
                guard citations.count - own > limit else { continue }
                own += citations[counted...].filter(document.isSelf).count
                counted = citations.count
                if counted - own > limit { break }
            }
            return citations
        }
    }

    /// Convenience for callers holding raw input (tests, library users): normalizes, recognizes and maps
    /// offsets back to `input`.
    public static func recognize(raw input: String, document: DocumentContext = DocumentContext()) -> [Citation] {
        let normalized = NormalizedText(Array(input.utf8))
        return recognize(normalized.bytes, document: document).map { c in
            var c = c
            c.start = normalized.origin(c.start); c.end = normalized.origin(c.end)
            return c
        }
    }

    /// `A`...`C` for a range of part letters.
    static func letterRange(_ a: UInt8, _ b: UInt8) -> [String] {
        guard a <= b, b - a < 26 else { return [String(UnicodeScalar(a))] }
        return (a...b).map { String(UnicodeScalar($0)) }
    }
}

/// What governs a list of citation items: the trigger word and the body named with it.
struct Trigger {
    var type: SymbolType
    /// Where the citation's surface begins: the organ name when it stands before the trigger word.
    var phraseStart: Int
    var named: Lexicon.BodyName?
    /// "its resolution", "their decisions": the body is the sentence's subject.
    var anaphoric = false
    var subject: Lexicon.BodyName?
}

enum Mention {
    case symbol(FoundSymbol)
    case item(CitationItem, Trigger, first: Bool)

    var start: Int {
        switch self {
        case .symbol(let s): s.range.lowerBound
        case .item(let item, let trigger, let first): first ? min(trigger.phraseStart, item.range.lowerBound) : item.range.lowerBound
        }
    }
}

private let triggerWords: [(word: [UInt8], type: SymbolType)] = [
    (Array("resolution".utf8), .resolution), (Array("decision".utf8), .decision),
]
/// Words that may stand between "its" and the trigger ("its previous resolutions").
let adjectives: [[UInt8]] = ["relevant", "previous", "subsequent", "earlier", "recent", "latest", "related",
                                     "own", "other", "various", "following", "first", "last", "above-mentioned",
                                     "aforementioned", "pertinent", "later", "prior", "past", "successive", "many",
                                     "annual", "two", "three", "several", "all", "also"].map { Array($0.utf8) }

struct Scan {
    let t: Bytes
    var mentions: [Mention] = []
    /// The scan stops once it has more mentions than this.
    var limit = Int.max
    /// The table heading in force; `mixed` for "resolutions and decisions".
    private var heading: (body: Lexicon.BodyName, type: SymbolType, mixed: Bool)?
    private var headingPatience = 0
    /// Set when a list crossed a page break and the break is read after it.
    private var outOfOrder = false
    /// The body named by the previous trigger and where its list ended.
    private var lastTrigger: (named: Lexicon.BodyName?, end: Int)?

    /// The document's own organ, for "its resolutions 2712 and 2728" in a Council resolution.
    let documentOrgan: Organ?

    init(t: Bytes, documentOrgan: Organ? = nil) { self.t = t; self.documentOrgan = documentOrgan }

    mutating func run() {
        let symbols = SymbolScanner(t: t)
        var i = 0
        let n = t.count
        if n > 0 { paragraphStart(0) }
        guard let base = t.baseAddress else { return }
        Self.pairs.withUnsafeBufferPointer { pairs in
        while i < n, mentions.count <= limit {
            // Skip what cannot start anything, judging each byte with the one after it: "re"/"de" may open
            // "resolution"/"decision", a capital before a capital or a slash may open a symbol root. Lower-case
            // r and d inside words and capitals opening ordinary words do not stop the loop (about 4 % of bytes
            // stop). The last byte has no successor: it is looked up as if a NUL followed.
            let raw = UnsafeRawPointer(base)
            var admitted = false
            while ByteLanes.fits(i, n) {
                if let k = ByteLanes.first(Self.mayOpen(ByteLanes(raw, i))) { i += k; admitted = true; break }
                i += 16
            }
            if !admitted {  // the first byte and the last few, where a block does not fit
                while i + 1 < n, pairs[Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)))] == 0 { i += 1 }
                if i + 1 == n, pairs[Int(base[i])] == 0 { break }
                guard i < n else { break }
            }
            let b = base[i]
            if b == 0x0A {
                if t.at(i + 1) == 0x0A || (t.at(i + 1) == 0x0D && t.at(i + 2) == 0x0A) { i = paragraphStart(i + 1) } else { i += 1 }
                continue
            }
            if b.isUpper {
                // A root is upper case up to its slash: "The", "United" fail on the second byte.
                let next = t.at(i + 1)
                if next.isUpper || next == UInt8(ascii: "/"), symbols.mayStart(at: i), let (found, end) = symbols.scan(at: i) {
                    mentions += found.map { .symbol($0) }
                    i = end
                    continue
                }
                if b != UInt8(ascii: "R") && b != UInt8(ascii: "D") {
                    i += 1
                    while i < n, base[i].isUpper { i += 1 }
                    continue
                }
            }
            // "resolution", "decision": both have 'e' second.
            // "resolution" and "decision": 'e' second, 's' or 'c' third, at a word start.
            let third = t.at(i + 2) | 0x20
            if i == 0 || !base[i - 1].isLetter, t.at(i + 1) | 0x20 == UInt8(ascii: "e"),
               third == (b | 0x20 == UInt8(ascii: "r") ? UInt8(ascii: "s") : UInt8(ascii: "c")), let end = trigger(at: i) {
                i = end
                continue
            }
            i += 1
        }
        }
        if outOfOrder { mentions = Self.inDocumentOrder(mentions) }
    }

    private static func inDocumentOrder(_ mentions: [Mention]) -> [Mention] {
        mentions.enumerated().sorted { a, b in
            let (x, y) = (a.element.start, b.element.start)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// Which of the 16 bytes at `i` may open a mention or a paragraph: those `pairs` admits less those the
    /// loop passes over anyway ("re" inside a word or not before "s", a single line break). About four
    /// blocks in five have none.
    @inline(__always)
    static func mayOpen(_ v: ByteLanes) -> ByteLanes.Mask {
        let root = ByteLanes.isUpper(v.this) .& (ByteLanes.isUpper(v.next) .| (v.next .== ByteLanes.all(0x2F)))
        let blankLine = (v.this .== ByteLanes.all(0x0A)) .& ((v.next .== ByteLanes.all(0x0A)) .| (v.next .== ByteLanes.all(0x0D)))
        return (v.triggerLetters .& .!ByteLanes.isLetter(v.before)) .| root .| blankLine
    }

    /// Byte pairs (this byte, the next; index `this | next << 8`) that may open a mention or a paragraph.
    private static let pairs: [UInt8] = (0..<65536).map { v in
        let c = UInt8(v & 0xFF), next = UInt8(v >> 8)
        let e = next | 0x20 == UInt8(ascii: "e")
        if c == 0x0A { return 1 }
        if c | 0x20 == UInt8(ascii: "r") || c | 0x20 == UInt8(ascii: "d") { if e { return 1 } }
        if c.isUpper, next.isUpper || next == UInt8(ascii: "/") { return 1 }
        return 0
    }

    /// At the start of a paragraph: a table heading ("General Assembly resolutions") gives its organ to
    /// the bare rows below it ("74/177", "78/322; 80/146").
    @discardableResult
    private mutating func paragraphStart(_ at: Int) -> Int {
        var i = at
        while i < t.count, t[i].isSpace { i += 1 }
        if let h = tableHeading(at: i) { heading = h; headingPatience = 60; return i }
        guard let h = heading else { return i }
        var paragraphEnd = i
        while paragraphEnd < t.count, !(t[paragraphEnd] == 0x0A && t.at(paragraphEnd + 1) == 0x0A), paragraphEnd - i < 400 { paragraphEnd += 1 }
        let rows = tableRowItems(i, paragraphEnd)
        if rows.isEmpty {
            headingPatience -= 1
            if headingPatience <= 0 { heading = nil }
            return i
        }
        for row in rows {
            // Under "resolutions and decisions" the number tells: GA decisions run from 400, ECOSOC's from 200.
            var type = h.type
            if h.mixed, case .session(_, let a, let b) = row.form, a >= 1946 ? b >= 200 : b >= 400 { type = .decision }
            mentions.append(.item(row, Trigger(type: type, phraseStart: i, named: h.body), first: false))
        }
        headingPatience = 60
        return rows[0].range.lowerBound == i ? rows.last!.range.upperBound : i
    }

    /// Items that stand as cells in a short paragraph under a table heading: at its start ("74/177",
    /// "79/258, sect. IX", "78/28; decision 77/512"), or between tabs and line ends, where PDF tables put
    /// the cells of a second column ("63/260\tDevelopment-related activities\t75/229"). Bare numbers never
    /// count: budget tables are full of them.
    private func tableRowItems(_ start: Int, _ end: Int) -> [CitationItem] {
        let scanner = CitationScanner(t: t)
        let (first, firstEnd) = scanner.items(at: start, allowBare: false)
        guard end - start < 300 || !first.isEmpty else { return [] }
        // The opening cell ends the line, or a tab ends it (PDF tables keep a row on one line).
        var e = firstEnd
        while e < t.count, t[e] == 0x20 || t[e] == 0x0D { e += 1 }
        let cellEnds = e == t.count || t[e] == 0x0A || t[e] == 0x09
        var found = end - start < 160 || cellEnds ? first : []
        guard end - start < 300 else { return found }
        var p = found.isEmpty ? start : firstEnd
        while p < end {
            let before = t.at(p - 1)
            // Items after "decision"/"resolution" are the trigger scanner's, with their own type.
            if t[p].isDigit, p > start, before == 0x09 || before == 0x0A || before == 0x20,
               !t.endsWord("decision", at: p - 1), !t.endsWord("decisions", at: p - 1),
               !t.endsWord("resolution", at: p - 1), !t.endsWord("resolutions", at: p - 1) {
                let (list, listEnd) = scanner.items(at: p, allowBare: false)
                let after = t.at(listEnd)
                let cellEnds = listEnd >= end || after == 0x09 || after == 0x0A || after == 0x0D || after == 0x20 && t.at(listEnd + 1).isDigit
                if !list.isEmpty, cellEnds {
                    found += list
                    p = listEnd
                    continue
                }
            }
            p += 1
        }
        return found
    }

    private func tableHeading(at i: Int) -> (body: Lexicon.BodyName, type: SymbolType, mixed: Bool)? {
        guard t.at(i).isUpper, Lexicon.bodyNameStarts.contains(t[i], t.at(i + 1)) else { return nil }
        // A heading is one short line ending in "resolutions" or "decisions" (or "... and decisions"); the
        // line is measured only once a body's name opens it, which few paragraphs do.
        var shortLine: Bool {
            var e = i
            while e < t.count, t[e] != 0x0A, e - i < 120 { e += 1 }
            while e > i, t[e - 1].isSpace { e -= 1 }
            return t.at(e - 1) | 0x20 == UInt8(ascii: "s") || t.at(e - 1) == UInt8(ascii: "n")
        }
        for (name, body) in Lexicon.bodyNamesByFirstByte[Int(t[i])] where t.matches(name, at: i) {
            var j = i + name.count
            guard t.at(j) == 0x20 else { continue }
            j += 1
            for (word, type) in triggerWords where t.matches(word, at: j) {
                var e = j + word.count
                if t.at(e) == UInt8(ascii: "s") { e += 1 }
                var mixed = false
                for more in [" and decisions", " and decision", " and resolutions"] where t.matches(more, at: e) { e += more.utf8.count; mixed = true }
                while t.at(e) == 0x20 || t.at(e) == 0x09 || t.at(e) == 0x0D { e += 1 }
                if e == t.count || t.at(e) == 0x0A { return shortLine ? (body, type, mixed) : nil }
            }
            return nil
        }
        return nil
    }

    /// A trigger word at `i` and the items after it; returns the offset after the list.
    private mutating func trigger(at i: Int) -> Int? {
        var found = triggerWords.first { t.matches($0.word, at: i, caseless: true) }.map { ($0.type, i + $0.word.count) }
        // "reso-\nlutions": a trigger word split over a line break.
        for w in triggerWords where found == nil { if let e = t.matchesHyphenated(w.word, at: i) { found = (w.type, e) } }
        guard let (type, wordEnd) = found else { return nil }
        var j = wordEnd
        if t.at(j) == UInt8(ascii: "s") { j += 1 }
        guard t.at(j) == 0x20 || t.at(j) == 0x0A else { return nil }
        // "as declared in its resolutions\n[footnotes, running head]\n1653 (XVI) of ...": the list may start on the next page.
        var start = CitationScanner(t: t).resume(j, pageBreakOnly: true) ?? t.skipSpaces(j)
        // "the relevant resolution [2131(XX)]": verbatim records bracket what the speaker read out.
        if t.at(start) == UInt8(ascii: "["), t.at(start + 1).isDigit { start += 1 }
        var trigger = Trigger(type: type, phraseStart: i)
        let before = wordsBefore(i)
        // The sentence's named organ matters only for "its", a carried-over body, or numbers no default
        // organ fits; finding it means walking back through the sentence, so only then.
        let needsSubject = before.anaphoric || lastTrigger.map { $0.end <= i && i - $0.end < 90 } == true || !gaPlausible(at: start)
        let nearest = needsSubject ? subject(before: before.start) : nil
        trigger.subject = nearest?.body
        if before.anaphoric {
            trigger.anaphoric = true
            // "mandated by the Council in its resolution 51/30": a generic name just before "its" is the subject.
            if let near = genericSubject(before: before.start) { trigger.subject = near }
        } else if let (body, bodyStart) = body(endingAt: before.start) {
            trigger.named = body
            if before.start == t.skipSpacesBack(i) { trigger.phraseStart = bodyStart }
        } else if let organ = reportOrgan(before: before.start) {
            trigger.named = .organ(organ)  // "(A/77/53/Add.1), chap. III, sect. A, resolution 51/4"
        } else if let body = adoptingBody(before: before.start) {
            trigger.named = body  // "ECLAC adopted resolution 782(XL)", "the Commission also adopted decision 2004/1"
        } else if let near = councilNearby(before: before.start, item: start, nearest: nearest) {
            trigger.named = near  // "her report to the Human Rights Council submitted pursuant to resolution 34/24"
        } else if foreignInstitution(endingAt: before.start) {
            trigger.named = .foreign  // "International Telecommunication Union resolution 186", "UNESCO resolution"
        }
        // The body of the list before, carried over: one named after this list overrides it ("decision 14/4 of
        // the Conference of the Parties ... and resolution 3/4 of 30 January 2018 of the Environment Assembly").
        var carried = false
        if trigger.named == nil, !trigger.anaphoric, let last = lastTrigger, last.end <= i, i - last.end < 90,
           !(last.end..<i).contains(where: { t[$0] == UInt8(ascii: ".") || t[$0] == UInt8(ascii: ";") || t[$0] == 0x0A }) {
            // ... unless another organ is named in between: "and of the General Assembly, including resolution 73/264".
            if let n = nearest, n.end > last.end { trigger.named = n.body } else { trigger.named = last.named }
            carried = true
        }
        let scanner = CitationScanner(t: t)
        // Bare numbers are SC resolutions only where the Council is the body: named, the document's own
        // organ behind "its", or a list whose other items carry SC years ("2712, 2720 (2023) and 2728").
        let councilSpeaks = trigger.named == .organ(.sc) || trigger.anaphoric && trigger.subject == nil && documentOrgan == .sc
        let withBare = scanner.items(at: start, allowBare: true)
        var (items, end) = withBare
        if items.contains(where: { $0.isBare }), !councilSpeaks, !items.contains(where: { $0.hasYear }),
           !councilsOwnNumbers(items, trigger) {
            (items, end) = scanner.items(at: start, allowBare: false)
            // "resolution 1808 of 15 April 2008": a bare number is an SC citation when a date follows.
            if items.isEmpty, let item = scanner.item(at: start, allowBare: true),
               scanner.date(at: item.range.upperBound) != nil {
                (items, end) = withBare
            }
        }
        if items.isEmpty {
            // "its relevant resolutions on Iraq, including 660 (1990), ...": items later in the clause.
            items = scanner.laterItems(after: j, like: nil)
            guard let last = items.last else {
                // "resolutions of the Human Rights Council, including resolution 39/2": the body carries on.
                if let body = body(after: j, lead: " of the ") { lastTrigger = (body, j) }
                return nil
            }
            trigger.phraseStart = items[0].range.lowerBound
            end = last.range.upperBound
            for item in items { mentions.append(.item(item, trigger, first: false)) }
            return end
        }
        // A body named after the list: "resolution 9/1 of the Conference of the Parties to ...".
        if trigger.named == nil || carried, let body = body(after: end, lead: " of the ") ?? meetingBody(after: end) {
            trigger.named = body; trigger.anaphoric = false; carried = false
        }
        if trigger.anaphoric, trigger.subject == nil, let body = body(after: end, lead: ", the ") { trigger.subject = body }
        if !trigger.anaphoric, trigger.named == nil || carried, let last = lastItemEnd(end), let body = body(after: last, lead: " of the ") { trigger.named = body }
        defer { lastTrigger = (trigger.named, end) }
        for (k, item) in items.enumerated() { mentions.append(.item(item, trigger, first: k == 0)) }
        for item in scanner.laterItems(after: end, like: items[0]) {
            mentions.append(.item(item, trigger, first: false))
            end = max(end, item.range.upperBound)
        }
        return rescanPoint(items, after: j, end: end)
    }

    /// Where the main loop goes on after a list: its end, or the end of the item before a page break the
    /// list crossed, so that the footnotes and headers in the break are still read. Their mentions then
    /// come after the list's in `mentions`, which `run` puts back in document order.
    private mutating func rescanPoint(_ items: [CitationItem], after word: Int, end: Int) -> Int {
        var gap = word
        for item in items {
            var breaks = 0
            for p in gap..<max(gap, item.range.lowerBound) where t[p] == 0x0A { breaks += 1 }
            if breaks >= 2 { outOfOrder = true; return gap }
            gap = item.range.upperBound
        }
        return end
    }

    /// Whether the item at `i` is a session/number a General Assembly resolution can have (31-81).
    /// In the Security Council's own documents and its members' letters a bare resolution number in the
    /// Council's range is the Council's ("recalling resolutions 2688 and 2690"): no other body is named
    /// and every bare number has its year in the table.
    private func councilsOwnNumbers(_ items: [CitationItem], _ trigger: Trigger) -> Bool {
        guard documentOrgan == .sc, trigger.named == nil, !trigger.anaphoric, trigger.type == .resolution else { return false }
        return items.allSatisfy { item in
            guard case .bare(let n) = item.form else { return true }
            return n >= 100 && SecurityCouncil.year(of: n) != nil && item.dateYear.map { SecurityCouncil.fits(n, year: $0) } ?? true
        }
    }

    private func gaPlausible(at i: Int) -> Bool {
        guard let (a, e) = t.number(at: i, maxDigits: 4), t.at(e) == UInt8(ascii: "/") else { return true }
        return (31...81).contains(a) || a >= 1946
    }

    /// After a list whose last item carries a date: "resolution 10/7 of 15 December 2023, of the Conference".
    private func lastItemEnd(_ end: Int) -> Int? {
        var e = end
        if t.at(e) == UInt8(ascii: ",") { e += 1 }
        while t.at(e).isDigit, e - end < 3 { e += 1 }  // a footnote mark glued after the date
        return e == end ? nil : e
    }
}
