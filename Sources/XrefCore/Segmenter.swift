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
        while e > s, ByteText.isBlank(t[e - 1]) || (e - 2 >= s && t[e - 2] == 0xC2 && t[e - 1] == 0xA0) {
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
        if para != nil, let s = LineShape.sub(t, x) { return subKind(s.token) != nil }
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
        if phase == .preamble || phase == .operative, LineShape.isClosing(t, first) {
            emit("b\(blocks.count)", .other, range)
            phase = .closing; footnoteMode = true; lastContent = nil; para = nil
            return
        }

        let word = LineShape.firstWord(t, first)
        let number = LineShape.number(t, first)
        let paragraphLike = LineShape.endsTerminal(t, range) && range.count >= 60 || multiLine && range.count >= 100
        let bare = number.map { ByteText.skipBlanks(t, $0.label.upperBound + 1, first.end) >= first.end && !multiLine } ?? false
        let accepted = !bare && (number.map { accepts($0.parts, paragraphLike: paragraphLike) } ?? false)
        let sub = para == nil ? nil : LineShape.sub(t, first).flatMap { s in subKind(s.token).map { (s, $0) } }
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
            let id = prefix + LineShape.text(t, number.label)
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
                id = parent + (subLetter.map { "(" + String(UnicodeScalar($0)) + ")" } ?? "") + "(" + LineShape.text(t, s.token) + ")"
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
            } else {
                if LineShape.hasStarMark(t, range) { starMarker = true }
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

    /// Unnumbered operative paragraphs seen before any numbered one, then followed by preambular
    /// ones, were preambular after all: they take the next `pp` numbers.
    mutating func reviseTentativeOperatives() {
        for k in blocks.indices where blocks[k].kind == .operative && blocks[k].id.hasPrefix(prefix + "op") {
            let old = blocks[k].id
            let base = old.split(separator: "(", maxSplits: 1).first.map(String.init) ?? old
            if base == old, k == 0 || blocks[k - 1].id != old { pp += 1 }
            let fresh = prefix + "pp\(pp)" + old.dropFirst(base.count)
            blocks[k].id = fresh
            blocks[k].kind = .preamble
        }
        op = 0
    }

    mutating func unnumberedOperative(_ range: Range<Int>) {
        op += 1
        let id = prefix + "op\(op)"
        para = id; subLetter = nil; subRoman = 0
        emit(id, .operative, range); lastContent = blocks.count - 1
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
        if let s = ByteText.superscript(t, i) {
            var v = 0
            while let d = ByteText.superscript(t, i) { v = v * 10 + d.value; i += d.length }
            _ = s
            lastFootnote = v
            return "fn\(v)"
        }
        if starMarker, t[i] == 0x2A {
            var stars = 0
            while i < first.end, t[i] == 0x2A { stars += 1; i += 1 }
            if i < first.end, ByteText.isBlank(t[i]) { return "fn" + String(repeating: "*", count: stars) }
        }
        if footnoteMode, let n = LineShape.footnoteNumber(t, first) {
            lastFootnote = n
            return "fn\(n)"
        }
        return nil
    }

    /// Resolution headers: adoption lines, the "75/100. Title" line, the "[on the report of ...]"
    /// line, part letters ("B United Nations global communications ...") and "The General Assembly,".
    mutating func titleLine(_ first: Line, multiLine: Bool) -> String? {
        let t = self.t
        let starts = { (s: String) in ByteText.match(t, first.start, first.end, Array(s.utf8)) != nil }
        if starts("resolution adopted by") || starts("resolutions adopted by") || starts("decision adopted by")
            || starts("adopted by the security council") || starts("adopted by the general assembly")
            || LineShape.isResolutionNumberTitle(t, first) || starts("[on the report of") || starts("[without reference to")
            || t[first.start] == 0x52 && starts("resolution") && LineShape.digitAfterWord(t, first) {
            isResolution = true
            if phase != .title { phase = .title; lastFootnote = 0 }
            footnoteMode = false
            return prefix + "title"
        }
        if phase != .top, !multiLine, let letter = LineShape.partLetter(t, first) {
            prefix = String(UnicodeScalar(letter)) + "."
            last = nil; pp = 0; op = 0; para = nil; footnoteMode = false
            phase = .title
            return prefix + "title"
        }
        if ByteText.match(t, first.start, first.end, Array("the".utf8)) != nil, !multiLine, first.end - first.start < 160,
           t[first.end - 1] == 0x2C || phase != .top && ByteText.isLetter(t[first.end - 1]),
           LineShape.isOrganLine(t, first) {
            isResolution = true
            phase = .preamble; footnoteMode = false
            return prefix + "title"
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
        let lower = ByteText.isLower(c)
        let open = prev.kind != .other && !LineShape.endsTerminal(t, prev.range)
            && (ByteText.isAlnum(c) || c == 0xE2 || c == 0x22)
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

/// Recognizers for the shape of a line or unit; `Line` ranges arrive trimmed.
enum LineShape {
    typealias Line = SegmentMachine.Line

    static func text(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: t[r]), as: UTF8.self)
    }

    static func firstWord(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> String {
        var i = l.start
        while i < l.end, t[i] == 0x2A || t[i] == 0x23 || t[i] == 0x20 { i += 1 }  // "**Summary**", "## Annex"
        return text(t, i..<ByteText.wordEnd(t, i, l.end))
    }

    static func isSeparator(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        l.end - l.start >= 5 && (l.start..<l.end).allSatisfy { t[$0] == 0x5F }
    }

    /// A paragraph label: "57." / "57\." / "10.1" / "10.1." followed by a blank or the line end.
    /// A single number needs its period, so "19 October" and "1,200" are not labels.
    static func number(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> (parts: [Int], label: Range<Int>)? {
        var i = l.start, parts: [Int] = [], labelEnd = i, dot = false
        while parts.count < 4 {
            var v = 0, n = 0
            while i < l.end, ByteText.isDigit(t[i]), n < 4 { v = v * 10 + Int(t[i] - 0x30); i += 1; n += 1 }
            if n == 0, !parts.isEmpty {  // "3.I.1": a roman part between numbers (programme budget sections)
                let r = i
                while i < l.end, t[i] == 0x49 || t[i] == 0x56 || t[i] == 0x58 { i += 1 }
                guard i > r, i < l.end, t[i] == 0x2E, let value = roman(t, r..<i, upper: true) else { i = r; break }
                v = value; n = i - r
            }
            guard n > 0, n < 4 else { break }
            parts.append(v); labelEnd = i; dot = false
            if i < l.end, t[i] == 0x5C { i += 1 }
            guard i < l.end, t[i] == 0x2E else { break }
            i += 1; dot = true
        }
        guard !parts.isEmpty, parts.count <= 3, parts.count >= 2 || dot else { return nil }
        guard i == l.end || ByteText.isBlank(t[i]) || ByteText.wideSpace(t, i) > 0 else { return nil }
        return (parts, l.start..<labelEnd)
    }

    static func succeeds(_ parts: [Int], _ base: [Int]) -> Bool {
        parts.count == base.count && parts.dropLast() == base.dropLast() && parts[parts.count - 1] == base[base.count - 1] + 1
    }

    /// "12 Official Records ..." — a footnote body after a separator line.
    static func footnoteNumber(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Int? {
        var i = l.start, v = 0
        while i < l.end, ByteText.isDigit(t[i]), i - l.start < 3 { v = v * 10 + Int(t[i] - 0x30); i += 1 }
        guard i > l.start, i < l.end, t[i] == 0x20 || t[i] == 0x09 else { return nil }
        return ByteText.skipBlanks(t, i, l.end) < l.end ? v : nil
    }

    /// "(a)", "(iv)" at the start of a line: the range of the letters.
    static func sub(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> (token: Range<Int>, end: Int)? {
        if l.end - l.start >= 3, ByteText.isLower(t[l.start]), t[l.start + 1] == 0x2E, ByteText.isBlank(t[l.start + 2]) {
            return (l.start..<l.start + 1, l.start + 2)  // "a. Provide good offices ..."
        }
        guard l.start < l.end, t[l.start] == 0x28 else { return nil }
        var i = l.start + 1
        while i < l.end, ByteText.isLower(t[i]), i - l.start <= 5 { i += 1 }
        guard i > l.start + 1, i < l.end, t[i] == 0x29 else { return nil }
        guard i + 1 == l.end || ByteText.isBlank(t[i + 1]) else { return nil }
        return (l.start + 1..<i, i + 1)
    }

    /// Value of a lower-case roman numeral up to 39.
    static func roman(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, upper: Bool = false) -> Int? {
        var total = 0, prev = 0
        for i in r.reversed() {
            let v: Int
            switch upper ? t[i] | 0x20 : t[i] { case 0x69: v = 1; case 0x76: v = 5; case 0x78: v = 10; default: return nil }
            total += v < prev ? -v : v
            prev = max(prev, v)
        }
        guard total > 0, total < 40 else { return nil }
        return total
    }

    /// "II. Action taken ...", "A. Enhancing ...", "\tB.\tSupport", or a bare "III" / "B" line.
    static func isRomanOrLetterHeading(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        while i < l.end, i - l.start < 7, t[i] == 0x49 || t[i] == 0x56 || t[i] == 0x58 || t[i] == 0x4C { i += 1 }
        if i == l.start {
            guard ByteText.isUpper(t[i]) else { return false }
            i += 1
        }
        if i == l.end { return i - l.start <= 6 }
        guard t[i] == 0x2E, i + 1 < l.end, ByteText.isBlank(t[i + 1]) else { return false }
        return l.end - l.start < 300
    }

    /// "Annex", "Annexes", "Annex II" alone on the line ("Annex II: articles 2 ..." is a citation).
    static func isAnnexHeading(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        while i < l.end, t[i] == 0x2A || t[i] == 0x23 || t[i] == 0x20 { i += 1 }
        i = ByteText.skipBlanks(t, ByteText.wordEnd(t, i, l.end), l.end)
        let e = ByteText.wordEnd(t, i, l.end)
        guard e == i || (i..<e).allSatisfy({ t[$0] == 0x49 || t[$0] == 0x56 || t[$0] == 0x58 }) else { return false }
        return (e..<l.end).allSatisfy { t[$0] == 0x2A || ByteText.isBlank(t[$0]) }
    }

    /// "Annex", "Annex II" -> "", "II".
    static func annexLabel(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> String {
        let i = ByteText.skipBlanks(t, ByteText.wordEnd(t, l.start, l.end), l.end)
        let e = ByteText.wordEnd(t, i, l.end)
        let label = text(t, i..<e)
        return !label.isEmpty && label.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 } ? label : ""
    }

    /// "B United Nations global communications ..." or a bare "B": the letter of a resolution part.
    static func partLetter(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> UInt8? {
        let c = t[l.start]
        guard ByteText.isUpper(c), l.end - l.start < 200 else { return nil }
        var e = l.end
        while e > l.start + 1, ByteText.isDigit(t[e - 1]) { e -= 1 }  // "B1": a footnote mark
        if e == l.start + 1 { return c }
        guard t[l.start + 1] == 0x20, l.start + 2 < l.end, ByteText.isUpper(t[l.start + 2]) else { return nil }
        return c
    }

    /// "75/100. Title", "ES-11/1. Title", "13 (1946). Resolution of ...", "1514 (XV). Declaration ...".
    static func isResolutionNumberTitle(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        if ByteText.match(t, i, l.end, Array("es-".utf8)) != nil { i += 3 }
        let d0 = i
        while i < l.end, ByteText.isDigit(t[i]) { i += 1 }
        guard i > d0, i < l.end else { return false }
        if t[i] == 0x2F {
            i += 1
            let d1 = i
            while i < l.end, ByteText.isDigit(t[i]) { i += 1 }
            guard i > d1 else { return false }
        } else if t[i] == 0x20, i + 1 < l.end, t[i + 1] == 0x28 {
            i += 2
            while i < l.end, ByteText.isAlnum(t[i]) { i += 1 }
            guard i < l.end, t[i] == 0x29 else { return false }
            i += 1
        } else { return false }
        if i + 1 < l.end, t[i] == 0x20, ByteText.isUpper(t[i + 1]), i + 2 < l.end, t[i + 2] == 0x2E { i += 2 }  // "75/101 A."
        return i + 1 < l.end && t[i] == 0x2E && ByteText.isBlank(t[i + 1])
    }

    static func digitAfterWord(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        let i = ByteText.skipBlanks(t, ByteText.wordEnd(t, l.start, l.end), l.end)
        return i < l.end && ByteText.isDigit(t[i])
    }

    static let organConnectors: Set<UInt64> = Set(["of", "the", "and", "on", "to", "against", "for", "in", "at"].map { ByteText.hash($0) })

    /// "The General Assembly,", "The Conference of the Parties to the ... Convention ...,".
    static func isOrganLine(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start, words = 0
        while i < l.end {
            i = ByteText.skipBlanks(t, i, l.end)
            guard i < l.end, t[i] != 0x2C else { break }
            let e = ByteText.wordEnd(t, i, l.end)
            guard e > i else { return false }
            guard ByteText.isUpper(t[i]) || organConnectors.contains(ByteText.hash(t, i, e)) else { return false }
            words += 1; i = e
        }
        return words >= 2 && words <= 18
    }

    /// Resolution closing lines: "41st plenary meeting 10 December 2020", "Adopted unanimously at the 83rd meeting."
    static func isClosing(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        if ByteText.match(t, l.start, l.end, Array("adopted".utf8)) != nil { return true }
        guard ByteText.isDigit(t[l.start]) else { return false }
        var i = l.start
        while i < l.end, ByteText.isAlnum(t[i]) { i += 1 }
        return ByteText.match(t, ByteText.skipBlanks(t, i, l.end), l.end, Array("plenary meeting".utf8)) != nil
            || ByteText.match(t, ByteText.skipBlanks(t, i, l.end), l.end, Array("meeting".utf8)) != nil
    }

    /// Whether the text ends a sentence or a clause: `. ; : , ? !`, looking past footnote marks
    /// ("…74/91;2"), Markdown emphasis and a closing quote.
    static func endsTerminal(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound, ByteText.isBlank(t[e - 1]) || t[e - 1] == 0x2A || t[e - 1] == 0x5F { e -= 1 }
        while e - 2 >= r.lowerBound, ByteText.superscript(t, e - 2) != nil || e - 3 >= r.lowerBound && ByteText.superscript(t, e - 3) != nil {
            e -= ByteText.superscript(t, e - 2) != nil ? 2 : 3
        }
        var d = e
        while d > r.lowerBound, ByteText.isDigit(t[d - 1]), e - d < 3 { d -= 1 }
        if d < e, d > r.lowerBound, isTerminal(t[d - 1]) || t[d - 1] == 0x29,
           t[d - 1] != 0x2E || d - 1 == r.lowerBound || !ByteText.isDigit(t[d - 2]) { e = d }  // not "22.1"
        if e - 3 >= r.lowerBound, t[e - 3] == 0xE2, t[e - 2] == 0x80, t[e - 1] == 0x9D { e -= 3 }  // ”
        else if e > r.lowerBound, t[e - 1] == 0x22 || t[e - 1] == 0x29 || t[e - 1] == 0x5D { e -= 1 }
        return e > r.lowerBound && isTerminal(t[e - 1])
    }

    @inline(__always) static func isTerminal(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x3B || b == 0x3A || b == 0x2C || b == 0x3F || b == 0x21
    }

    /// A short single line in capitals without closing punctuation: an unnumbered heading.
    static func looksLikeHeading(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, multiLine: Bool) -> Bool {
        !multiLine && r.count <= 120 && ByteText.isUpper(t[r.lowerBound]) && !endsTerminal(t, r)
    }

    /// "Item 111 of the preliminary list*": a footnote mark in the masthead.
    static func hasStarMark(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r where t[i] == 0x2A && i > r.lowerBound && ByteText.isAlnum(t[i - 1]) {
            if i + 1 == r.upperBound || ByteText.isBlank(t[i + 1]) { return true }
        }
        return false
    }

    /// Page furniture of PDF text: running heads ("A/RES/78/104" plus the title), job numbers
    /// ("23-24973"), page numbers ("2/12") and bar codes ("*2324973*").
    static func isFurniture(_ t: UnsafeBufferPointer<UInt8>, _ lines: [Line]) -> Bool {
        guard lines.count <= 8, lines.allSatisfy({ $0.end - $0.start <= 120 }) else { return false }
        if lines.contains(where: { isPageOrJob(t, $0) }) { return true }
        return isBareSymbol(t, lines[0]) || isBareSymbol(t, lines[lines.count - 1])
    }

    static func isPageOrJob(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        func digits() -> Int { let s = i; while i < l.end, ByteText.isDigit(t[i]) { i += 1 }; return i - s }
        if i < l.end, t[i] == 0x2A {  // *2324973*
            i += 1
            return digits() >= 6 && i + 1 == l.end && t[i] == 0x2A
        }
        let a = digits()
        guard a > 0, i < l.end else { return false }
        if t[i] == 0x2F { i += 1; return digits() > 0 && i == l.end && a <= 3 }  // 2/12
        if t[i] == 0x2D, a == 2 { i += 1; return digits() == 5 }  // 23-24973 (E) 271023
        return false
    }

    static func isBareSymbol(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        let n = l.end - l.start
        guard n >= 5, n <= 40, ByteText.isUpper(t[l.start]) else { return false }
        var slash = false
        for i in l.start..<l.end {
            let b = t[i]
            if b == 0x2F { slash = true; continue }
            guard ByteText.isAlnum(b) || b == 0x2E || b == 0x2D || b == 0x28 || b == 0x29 else { return false }
        }
        return slash
    }

    static let adverbs: Set<UInt64> = Set(["also", "further", "furthermore", "moreover", "once", "again", "still", "hereby"].map { ByteText.hash($0) })
    static let preambleWords: Set<UInt64> = Set([
        "mindful", "aware", "conscious", "cognizant", "desirous", "anxious", "keen", "confident", "having", "bearing",
        "recalling", "noting", "considering", "welcoming", "reaffirming", "emphasizing", "stressing", "recognizing",
    ].map { ByteText.hash($0) })

    /// A participle or adjective opening: "Recalling", "Deeply concerned", "Mindful".
    static func opensPreamble(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        while i < l.end, t[i] == 0x2A || t[i] == 0x5F { i += 1 }
        let e = ByteText.wordEnd(t, i, l.end)
        guard e - i >= 4, ByteText.isUpper(t[i]) else { return false }
        let end = (ByteText.lower(t[e - 3]), ByteText.lower(t[e - 2]), ByteText.lower(t[e - 1]))
        return end == (0x69, 0x6E, 0x67) || preambleWords.contains(ByteText.hash(t, i, e))
    }

    /// A resolution paragraph opening with a verb in the third person ("Decides", "Also requests",
    /// "Strongly condemns") is operative; participles and adjectives ("Recalling", "Deeply concerned",
    /// "Mindful") open preambular paragraphs.
    static func isOperativeVerb(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        for _ in 0..<4 {
            while i < l.end, t[i] == 0x2A || t[i] == 0x5F || ByteText.isBlank(t[i]) { i += 1 }
            let e = ByteText.wordEnd(t, i, l.end)
            guard e - i >= 3, ByteText.isUpper(t[i]) || i > l.start else { return false }
            let h = ByteText.hash(t, i, e)
            let lastTwo = (ByteText.lower(t[e - 2]), ByteText.lower(t[e - 1]))
            if adverbs.contains(h) || lastTwo == (0x6C, 0x79) && e - i > 4 { i = e; continue }  // "-ly"
            if preambleWords.contains(h) { return false }
            if lastTwo == (0x65, 0x64) || lastTwo == (0x6E, 0x67) { return false }  // "-ed", "-ing"
            if ByteText.lower(t[e - 1]) != 0x73 { return false }
            return !(lastTwo == (0x73, 0x73) || e - i > 3 && ByteText.lower(t[e - 3]) == 0x6F && lastTwo == (0x75, 0x73))  // "-ss", "-ous"
        }
        return false
    }
}
