/// Splits a document's text into blocks with stable ids (DESIGN §2 step 3).
///
/// Units are runs of non-blank lines; a run is split further where a line starts the next numbered
/// paragraph, the next sub-paragraph or a footnote separator (PDF text keeps paragraphs apart by
/// single line breaks). Each unit is then classified by a small state machine:
/// masthead -> (contents) -> summary -> body for reports; title -> preamble -> operative -> closing
/// for resolutions (repeated per lettered part, `B.pp1`, `B.3`); annexes number as `annex.1`.
/// A paragraph broken by a page break (text resuming in lower case, or after a paragraph that ends
/// without punctuation) keeps its id: the block is extended when only blank space separates the two
/// pieces, otherwise (footnotes or page furniture in between) a second block with the same id is
/// emitted, so blocks never overlap and every byte is in one block or in blank space between blocks.
public enum Segmenter {
    public static func segment(_ text: [UInt8]) -> [Block] {
        text.withUnsafeBufferPointer { buf in
            var machine = SegmentMachine(buf)
            machine.run()
            return machine.blocks
        }
    }
}

struct SegmentMachine {
    enum Phase { case top, contents, summary, body, title, preamble, operative, closing, annex }

    let t: UnsafeBufferPointer<UInt8>
    var blocks: [Block] = []
    var phase = Phase.top
    var isResolution = false
    var prefix = ""               // "B." in part B of a resolution, "annex." in an annex
    var last: [Int]? = nil        // the last numbered paragraph's label, [57] or [10, 3]
    var restarts = 0
    var para: String? = nil       // the paragraph sub-paragraphs hang from
    var subLetter: UInt8? = nil
    var subRoman = 0
    var pp = 0, op = 0, headings = 0
    var lastContent: Int? = nil   // index of the block a page-broken paragraph would continue
    var footnoteMode = false      // after a "____" separator or a resolution's closing line
    var lastFootnote = 0
    var starMarker = false        // the masthead carries a "*" footnote mark
    var mastheadUnits = 0
    var mastheadOver = false      // body content seen at the top: no more masthead (see `endsMasthead`)

    init(_ t: UnsafeBufferPointer<UInt8>) { self.t = t }

    // MARK: lines

    struct Line { var start: Int; var end: Int }  // end excludes the line break

    func lines() -> [Line] {
        var out: [Line] = []
        var i = 0
        while i < t.count {
            var e = i
            while e < t.count, t[e] != 0x0A { e += 1 }
            var ce = e
            if ce > i, t[ce - 1] == 0x0D { ce -= 1 }
            out.append(Line(start: i, end: ce))
            i = e + 1
        }
        return out
    }

    func isBlankLine(_ l: Line) -> Bool { ByteText.skipBlanks(t, l.start, l.end) == l.end }

    /// The line without leading and trailing blanks.
    func trim(_ l: Line) -> Line {
        var s = ByteText.skipBlanks(t, l.start, l.end), e = l.end
        while e > s, t[e - 1].isSpace || (e - 2 >= s && t[e - 2] == 0xC2 && t[e - 1] == 0xA0) {
            e -= t[e - 1] == 0xA0 ? 2 : 1
        }
        return Line(start: s, end: e)
    }

    mutating func run() {
        let ls = lines()
        var k = 0
        while k < ls.count {
            if isBlankLine(ls[k]) { k += 1; continue }
            var b = k
            while b < ls.count, !isBlankLine(ls[b]) { b += 1 }
            var u = k
            for j in (k + 1)..<max(b, k + 1) where startsUnit(ls[j], pending: ls[u]) {
                process(Array(ls[u..<j]))
                u = j
            }
            process(Array(ls[u..<b]))
            k = b
        }
    }

    /// Whether line `l` inside a run starts a new unit, given the unit still pending.
    func startsUnit(_ l: Line, pending: Line) -> Bool {
        let x = trim(l)
        if LineShape.isSeparator(t, x) { return true }
        if let n = LineShape.number(t, x) {
            let base = LineShape.number(t, trim(pending)).flatMap { accepts($0.parts, paragraphLike: true) ? $0.parts : nil } ?? last
            if let base { return LineShape.succeeds(n.parts, base) }
            return n.parts == [1]
        }
        if footnoteMode, let f = LineShape.footnoteNumber(t, x) {
            return f == (LineShape.footnoteNumber(t, trim(pending)) ?? lastFootnote) + 1
        }
        if para != nil, let s = LineShape.sub(t, x) { return subKind(s) != nil }
        return false
    }

    // MARK: classification

    mutating func process(_ unit: [Line]) {
        guard let first = unit.first.map(trim) else { return }
        let range = first.start..<trim(unit[unit.count - 1]).end
        guard !range.isEmpty else { return }
        let multiLine = unit.count > 1

        if LineShape.isSeparator(t, first) {
            emit("b\(blocks.count)", .other, range); footnoteMode = true; return
        }
        if phase != .top, LineShape.isFurniture(t, unit.map(trim)) {
            emit("b\(blocks.count)", .other, range); footnoteMode = false; return
        }
        if let f = footnote(first) {
            emit(f, .footnote, range); return
        }
        if phase == .top || phase == .title || phase == .closing, let title = titleLine(first, multiLine: multiLine) {
            emit(title, .title, range); lastContent = nil; return
        }
        if phase == .preamble || phase == .operative, LineShape.isClosing(t, first) || LineShape.isOtherLanguageClosing(t, first) {
            emit("b\(blocks.count)", .other, range)
            phase = .closing; footnoteMode = true; lastContent = nil; para = nil
            return
        }

        let word = LineShape.firstWord(t, first)
        let number = LineShape.number(t, first)
        let paragraphLike = LineShape.endsTerminal(t, range) && range.count >= 60 || multiLine && range.count >= 100
        let bare = number.map { ByteText.skipBlanks(t, $0.label.upperBound + 1, first.end) >= first.end && !multiLine } ?? false
        let accepted = !bare && (number.map { accepts($0.parts, paragraphLike: paragraphLike) } ?? false)
        let sub = para == nil ? nil : LineShape.sub(t, first).flatMap { s in subKind(s).map { (s, $0) } }
        let labelled = LineShape.isRomanOrLetterHeading(t, first) || (number != nil && !accepted)
        let special = word == "Summary" && range.count < 12 || word == "Contents" && range.count < 12
            || word.hasPrefix("Annex") && !multiLine && phase != .contents && phase != .top && LineShape.isAnnexHeading(t, first)
        let structural = accepted || sub != nil || labelled || special

        if !structural, continues(first, range) { return }

        if special {
            switch word {
            case "Summary":
                emit("summary", .heading, range); phase = .summary
            case "Contents":
                emit("b\(blocks.count)", .other, range); phase = .contents
            default:
                headings += 1
                emit("h\(headings)", .heading, range)
                let label = LineShape.annexLabel(t, first)
                prefix = "annex\(label)."; last = nil; para = nil
                phase = .annex; footnoteMode = false
            }
            lastContent = nil
            return
        }
        if let number, accepted, !(unit.count == 1 && !LineShape.endsTerminal(t, range) && range.count < 150) {
            last = number.parts
            let id = prefix + t.string(number.label)
            let kind: Block.Kind = phase == .preamble || phase == .operative ? .operative : .paragraph
            if phase == .preamble { phase = .operative }
            if phase == .top || phase == .summary || phase == .contents { phase = .body }
            para = id; subLetter = nil; subRoman = 0
            emit(id, kind, range); lastContent = blocks.count - 1
            return
        }
        if let number, !accepted, number.parts == [1], paragraphLike, last != nil {
            // A numbering that starts again with 1 outside a lettered part: a new sequence.
            restarts += 1
            if prefix.isEmpty { prefix = phase == .closing ? "annex." : "s\(restarts + 1)." }
            last = nil
            process(unit)
            return
        }
        if let (s, kind) = sub, let parent = para {
            let id: String
            switch kind {
            case .letter(let c):
                subLetter = c; subRoman = 0
                id = parent + "(" + String(UnicodeScalar(c)) + ")"
            case .roman(let v):
                subRoman = v
                id = parent + (subLetter.map { "(" + String(UnicodeScalar($0)) + ")" } ?? "") + "(" + t.string(s) + ")"
            }
            let kind = blocks.last(where: { $0.id == parent })?.kind ?? .paragraph
            emit(id, kind, range); lastContent = blocks.count - 1
            return
        }
        if labelled || number != nil {
            heading(range)
            if phase == .top || phase == .summary || phase == .contents { phase = .body }
            return
        }
        switch phase {
        case .top:
            if paragraphLike, range.count >= 300 {
                phase = .body
                emit("b\(blocks.count)", .other, range); lastContent = blocks.count - 1
            } else if mastheadOver || endsMasthead(first, range) {
                // Still before any title, summary or numbered paragraph, but no longer masthead.
                mastheadOver = true
                emit("b\(blocks.count)", .other, range); lastContent = blocks.count - 1
            } else {
                if LineShape.hasStarMark(t, range) { starMarker = true }
                mastheadUnits += 1
                emit("masthead", .masthead, range)
            }
        case .contents:
            emit("b\(blocks.count)", .other, range)
        case .summary:
            emit("summary", .summary, range); lastContent = blocks.count - 1
        case .title, .preamble:
            if LineShape.looksLikeHeading(t, range, multiLine: multiLine) {
                heading(range)
            } else if LineShape.isOperativeVerb(t, first) {
                phase = .operative
                unnumberedOperative(range)
            } else {
                phase = .preamble
                pp += 1
                para = prefix + "pp\(pp)"; subLetter = nil; subRoman = 0
                emit(prefix + "pp\(pp)", .preamble, range); lastContent = blocks.count - 1
            }
        case .operative:
            if LineShape.looksLikeHeading(t, range, multiLine: multiLine) { heading(range) }
            else if LineShape.isOperativeVerb(t, first) { unnumberedOperative(range) }
            else if last == nil, LineShape.opensPreamble(t, first) {
                // "Recalls that ..." amid participles: the preamble was not over.
                reviseTentativeOperatives()
                phase = .preamble
                process(unit)
            } else { emit("b\(blocks.count)", .other, range); lastContent = blocks.count - 1 }
        case .body, .annex, .closing:
            if LineShape.looksLikeHeading(t, range, multiLine: multiLine) { heading(range) }
            else { emit("b\(blocks.count)", .other, range); lastContent = blocks.count - 1 }
        }
    }

    /// The masthead is the short lines at the top (symbol, organ, distribution, session, agenda item,
    /// document title). It ends for good at the first unit that is body content: a table row (the HTML
    /// reader joins cells with " | "), a sentence of at least 80 characters ending in `. ; : ? !` (a
    /// letter's "I have the honour to ..."; footnotes to the masthead, opening with "*" or a mark, do
    /// not count), or the 31st unit: the masthead never has more than 30 units.
    func endsMasthead(_ first: Line, _ range: Range<Int>) -> Bool {
        if mastheadUnits >= 30 { return true }
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            if t[i] == 0x20, t[i + 1] == 0x7C, t[i + 2] == 0x20 { return true }
            i += 1
        }
        var m = first.start  // a footnote mark: "*", "¹", "a\t", "1 "
        while m < first.end, t[m].isDigit, m - first.start < 3 { m += 1 }
        if m == first.start, t[m].isLower { m += 1 }
        let marked = t[first.start] == 0x2A || ByteText.superscript(t, first.start) != nil
            || m > first.start && m < first.end && t[m].isSpace
        guard range.count >= 80, !marked, LineShape.endsTerminal(t, range) else { return false }
        var e = range.upperBound
        while e > range.lowerBound, !t[e - 1].isLetter, t[e - 1] != 0x2C, !LineShape.isTerminal(t[e - 1]) { e -= 1 }
        return e > range.lowerBound && t[e - 1] != 0x2C  // a comma ends a clause, not a sentence
    }

    mutating func heading(_ range: Range<Int>) {
        headings += 1
        emit("h\(headings)", .heading, range)
        lastContent = nil; para = nil
    }

    mutating func emit(_ id: String, _ kind: Block.Kind, _ range: Range<Int>) {
        blocks.append(Block(id: id, kind: kind, range: range))
    }

    /// Whether a paragraph label continues the numbering (`20` after `19`, `10.4` after `10.3`),
    /// starts it, or skips at most two numbers in a unit that reads like a paragraph.
    func accepts(_ parts: [Int], paragraphLike: Bool) -> Bool {
        guard let last else { return parts == [1] || parts.count > 1 && parts[parts.count - 1] == 1 || paragraphLike && parts.count == 1 }
        if LineShape.succeeds(parts, last) { return true }
        if parts.count > 1, last.count == parts.count, parts[parts.count - 1] == 1, parts.dropLast() != last.dropLast() { return true }
        if paragraphLike, parts.count == last.count, parts.dropLast() == last.dropLast(),
           parts[parts.count - 1] > last[last.count - 1], parts[parts.count - 1] <= last[last.count - 1] + 3 { return true }
        return false
    }

    enum SubKind { case letter(UInt8), roman(Int) }

    /// "(i)" is the letter after "(h)", else the first roman numeral of a nested list.
    func subKind(_ token: Range<Int>) -> SubKind? {
        if token.count == 1 {
            let c = t[token.lowerBound]
            if let l = subLetter, c == l + 1 { return .letter(c) }
            if subLetter == nil, c == 0x61 { return .letter(c) }
        }
        if let v = LineShape.roman(t, token), v == subRoman + 1 { return .roman(v) }
        return nil
    }

    /// The footnote id of a unit, if it is one: "¹ text" -> fn1, "* text" (with a masthead mark) -> fn*,
    /// "12 text" after a separator or a closing line -> fn12.
    mutating func footnote(_ first: Line) -> String? {
        var i = first.start
        if ByteText.superscript(t, i) != nil {
            var v = 0
            while let d = ByteText.superscript(t, i) { v = v * 10 + d.value; i += d.length }
            lastFootnote = v
            return "fn\(v)"
        }
        if starMarker, t[i] == 0x2A {
            var stars = 0
            while i < first.end, t[i] == 0x2A { stars += 1; i += 1 }
            if i < first.end, t[i].isSpace { return "fn" + String(repeating: "*", count: stars) }
        }
        if footnoteMode, let n = LineShape.footnoteNumber(t, first) {
            lastFootnote = n
            return "fn\(n)"
        }
        return nil
    }

    /// Page-break continuation: text resuming in lower case, or any text after a body paragraph
    /// that stopped without punctuation.
    mutating func continues(_ first: Line, _ range: Range<Int>) -> Bool {
        guard let p = lastContent else { return false }
        let prev = blocks[p]
        var i = first.start
        while i < first.end, t[i] == 0x2A || t[i] == 0x5F { i += 1 }
        guard i < first.end else { return false }
        let c = t[i]
        let lower = c.isLower
        let open = prev.kind != .other && !LineShape.endsTerminal(t, prev.range)
            && (c.isAlnum || c == 0xE2 || c == 0x22)
        guard lower || open else { return false }
        if p == blocks.count - 1 {
            blocks[p].range = prev.range.lowerBound..<range.upperBound
        } else {
            blocks.append(Block(id: prev.id, kind: prev.kind, range: range))
            lastContent = blocks.count - 1
        }
        return true
    }
}
