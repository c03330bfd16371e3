/// Resolution structure for the segmenter: headers and parts, preambular versus operative paragraphs.

extension SegmentMachine {
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
        if LineShape.isOtherLanguageHeader(t, first) {
            isResolution = true
            if phase != .title { phase = .title; lastFootnote = 0 }
            footnoteMode = false
            return prefix + "title"
        }
        if !multiLine, LineShape.isOtherLanguageOrganLine(t, first) {
            isResolution = true
            phase = .preamble; footnoteMode = false
            return prefix + "title"
        }
        if phase != .top, !multiLine, let letter = LineShape.partLetter(t, first) {
            prefix = String(UnicodeScalar(letter)) + "."
            last = nil; pp = 0; op = 0; para = nil; footnoteMode = false
            phase = .title
            return prefix + "title"
        }
        if ByteText.match(t, first.start, first.end, Array("the".utf8)) != nil, !multiLine, first.end - first.start < 160,
           t[first.end - 1] == 0x2C || phase != .top && t[first.end - 1].isLetter,
           LineShape.isOrganLine(t, first) {
            isResolution = true
            phase = .preamble; footnoteMode = false
            return prefix + "title"
        }
        return nil
    }
}

/// Recognizers for resolution lines: headers, organ and closing lines, preambular and operative openings.
extension LineShape {
    /// "B United Nations global communications ..." or a bare "B": the letter of a resolution part.
    static func partLetter(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> UInt8? {
        let c = t[l.start]
        guard c.isUpper, l.end - l.start < 200 else { return nil }
        var e = l.end
        while e > l.start + 1, t[e - 1].isDigit { e -= 1 }  // "B1": a footnote mark
        if e == l.start + 1 { return c }
        guard t[l.start + 1] == 0x20, l.start + 2 < l.end, t[l.start + 2].isUpper else { return nil }
        return c
    }

    /// "75/100. Title", "ES-11/1. Title", "13 (1946). Resolution of ...", "1514 (XV). Declaration ...".
    static func isResolutionNumberTitle(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        if ByteText.match(t, i, l.end, Array("es-".utf8)) != nil { i += 3 }
        let d0 = i
        while i < l.end, t[i].isDigit { i += 1 }
        guard i > d0, i < l.end else { return false }
        if t[i] == 0x2F {
            i += 1
            let d1 = i
            while i < l.end, t[i].isDigit { i += 1 }
            guard i > d1 else { return false }
        } else if t[i] == 0x20, i + 1 < l.end, t[i + 1] == 0x28 {
            i += 2
            while i < l.end, t[i].isAlnum { i += 1 }
            guard i < l.end, t[i] == 0x29 else { return false }
            i += 1
        } else { return false }
        if i + 1 < l.end, t[i] == 0x20, t[i + 1].isUpper, i + 2 < l.end, t[i + 2] == 0x2E { i += 2 }  // "75/101 A."
        return i + 1 < l.end && t[i] == 0x2E && t[i + 1].isSpace
    }

    static func digitAfterWord(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        let i = ByteText.skipBlanks(t, ByteText.wordEnd(t, l.start, l.end), l.end)
        return i < l.end && t[i].isDigit
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
            guard t[i].isUpper || organConnectors.contains(ByteText.hash(t, i, e)) else { return false }
            words += 1; i = e
        }
        return words >= 2 && words <= 18
    }

    /// Resolution closing lines: "41st plenary meeting 10 December 2020", "Adopted unanimously at the 83rd meeting."
    static func isClosing(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        if ByteText.match(t, l.start, l.end, Array("adopted".utf8)) != nil { return true }
        guard t[l.start].isDigit else { return false }
        var i = l.start
        while i < l.end, t[i].isAlnum { i += 1 }
        i = ByteText.skipBlanks(t, i, l.end)
        // "48th (resumed) plenary meeting 31 December 2020"
        if let e = ByteText.match(t, i, l.end, Array("(resumed)".utf8)) { i = ByteText.skipBlanks(t, e, l.end) }
        return ByteText.match(t, i, l.end, Array("plenary meeting".utf8)) != nil
            || ByteText.match(t, i, l.end, Array("meeting".utf8)) != nil
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
        guard e - i >= 4, t[i].isUpper else { return false }
        let end = (t[e - 3].lowered, t[e - 2].lowered, t[e - 1].lowered)
        return end == (0x69, 0x6E, 0x67) || preambleWords.contains(ByteText.hash(t, i, e))
    }

    /// A resolution paragraph opening with a verb in the third person ("Decides", "Also requests",
    /// "Strongly condemns") is operative; participles and adjectives ("Recalling", "Deeply concerned",
    /// "Mindful") open preambular paragraphs.
    static func isOperativeVerb(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        var i = l.start
        for _ in 0..<4 {
            while i < l.end, t[i] == 0x2A || t[i] == 0x5F || t[i].isSpace { i += 1 }
            let e = ByteText.wordEnd(t, i, l.end)
            guard e - i >= 3, t[i].isUpper || i > l.start else { return false }
            let h = ByteText.hash(t, i, e)
            let lastTwo = (t[e - 2].lowered, t[e - 1].lowered)
            if adverbs.contains(h) || lastTwo == (0x6C, 0x79) && e - i > 4 { i = e; continue }  // "-ly"
            if preambleWords.contains(h) { return false }
            if lastTwo == (0x65, 0x64) || lastTwo == (0x6E, 0x67) { return false }  // "-ed", "-ing"
            if t[e - 1].lowered != 0x73 { return false }
            return !(lastTwo == (0x73, 0x73) || e - i > 3 && t[e - 3].lowered == 0x6F && lastTwo == (0x75, 0x73))  // "-ss", "-ous"
        }
        return false
    }
}

/// The same lines in the other five languages (issue 14): the editions of a resolution get the English
/// edition's paragraph ids. None of these words opens an English line, so English documents segment as before.
extension LineShape {
    /// Header openings; `bare` ones (a word and a space in the list, and "第") count only before the number.
    static let otherHeaders: [(words: [UInt8], bare: Bool)] = [
        "résolution adoptée par", "adoptée par le conseil", "résolution ", "resolución aprobada por", "aprobada por el consejo",
        "resolución ", "Резолюция", "принятая Советом", "قرار اتخذته", "الذي اتخذه", "القرار ", "第",
    ].map { h in
        let spaced = h.hasSuffix(" ")
        return (Array(h.utf8.dropLast(spaced ? 1 : 0)), spaced || h == "第")
    }

    /// "Résolution adoptée par l’Assemblée générale …", "Adoptée par le Conseil de sécurité à sa 9140e séance",
    /// "Résolution 2652 (2022)", "2022年12月7日大会决议", "第2652(2022)号决议", "77/38 إنشاء …" (Arabic
    /// titles have no period after the number).
    static func isOtherLanguageHeader(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        let n = l.end - l.start
        guard n > 0, n < 400 else { return false }
        for h in otherHeaders where ByteText.match(t, l.start, l.end, h.words) != nil {
            // A bare word ("Résolution ", "القرار ", "第") only before the resolution's number.
            if h.bare {
                let i = ByteText.skipBlanks(t, l.start + h.words.count, l.end)
                guard i < l.end, t[i].isDigit, n < 60 else { continue }
            }
            return true
        }
        if n < 60, endsWith(t, l, Self.gaResolutionZh) || endsWith(t, l, Self.adoptedAtZh) { return true }
        // "77/38 إنشاء منطقة …".
        var i = l.start
        while i < l.end, t[i].isDigit { i += 1 }
        guard i > l.start, i < l.end, t[i] == 0x2F else { return false }
        i += 1
        let d = i
        while i < l.end, t[i].isDigit { i += 1 }
        return i > d && i + 1 < l.end && t[i] == 0x20 && (0xD8...0xDB).contains(t[i + 1])
    }

    static let otherOrgans: [[UInt8]] = [
        "l’assemblée générale", "l'assemblée générale", "le conseil de sécurité", "le conseil économique et social",
        "le conseil des droits de l’homme", "la asamblea general", "el consejo de seguridad", "el consejo económico y social",
        "el consejo de derechos humanos", "Генеральная Ассамблея", "Совет Безопасности", "Экономический и Социальный Совет",
        "Совет по правам человека", "大会", "安全理事会", "经济及社会理事会", "人权理事会", "إن الجمعية العامة", "إن مجلس الأمن",
        "إن المجلس الاقتصادي والاجتماعي", "إن مجلس حقوق الإنسان",
    ].map { Array($0.utf8) }

    /// "L’Assemblée générale,", "El Consejo de Seguridad,", "Совет Безопасности,", "大会，", "إن مجلس الأمن،".
    static func isOtherLanguageOrganLine(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        guard l.end - l.start < 100 else { return false }
        guard endsWith(t, l, [0x2C]) || endsWith(t, l, Self.fullWidthComma) || endsWith(t, l, Self.arabicComma) else { return false }
        return otherOrgans.contains { o in
            guard let e = ByteText.match(t, l.start, l.end, o) else { return false }
            return l.end - e <= 3
        }
    }

    static let otherClosings: [[UInt8]] = ["séance plénière", "sesión plenaria", "пленарное заседание", "次全体会议", "الجلسة العامة"].map { Array($0.utf8) }

    /// "46e séance plénière 7 décembre 2022", "46a sesión plenaria …", "46‑е пленарное заседание …",
    /// "第46次全体会议 2022年12月7日", "الجلسة العامة 46 …".
    static func isOtherLanguageClosing(_ t: UnsafeBufferPointer<UInt8>, _ l: Line) -> Bool {
        // Called on every unit of a resolution's body: bytes compared in place, nothing allocated.
        guard l.end - l.start < 120 else { return false }
        for k in l.start..<min(l.end, l.start + 24) where t[k] >= 0xC0 || t[k] == 0x73 {
            for c in otherClosings where k + c.count <= l.end && t[k] == c[0] && ByteText.match(t, k, l.end, c) != nil { return true }
        }
        return false
    }

    static let gaResolutionZh = Array("大会决议".utf8), adoptedAtZh = Array("会议通过".utf8)
    static let fullWidthComma = Array("，".utf8), arabicComma = Array("،".utf8)

    static func endsWith(_ t: UnsafeBufferPointer<UInt8>, _ l: Line, _ b: [UInt8]) -> Bool {
        guard l.end - l.start >= b.count else { return false }
        for j in 0..<b.count where t[l.end - b.count + j] != b[j] { return false }
        return true
    }
}
