/// Who a document is (DESIGN §2 step 7): its own symbol(s) from the masthead, the resolution header
/// ("Resolution adopted by the General Assembly ... 74/177. Title", "Resolution 2532 (2020)"), or the file
/// name (`A_RES_74_177-EN.pdf`, `S_RES_0242_1967_EN_GOLD.txt`); and from those, or the masthead's organ
/// line, the organ that "its resolution" and "the Council" refer to.
public enum DocumentIdentity {
    /// How far into a document the masthead and header may reach.
    static let headerBytes = 4000

    public static func identify(_ text: [UInt8], path: String, declared: [String] = []) -> DocumentContext {
        var own = declared
        var organ: Organ?
        var parts: [String] = []
        text.withUnsafeBufferPointer { t in
            let head = Bytes(rebasing: t[0..<min(t.count, headerBytes)])
            if own.isEmpty { own = mastheadSymbols(head) }
            let header = resolutionHeader(head)
            if own.isEmpty, let s = header?.symbol { own = [s] }
            if let p = header?.part, let s = header?.symbol, own.contains(s) { parts = [p] }
        }
        if own.isEmpty { own = symbols(inFileName: path) }
        if parts.isEmpty, let p = part(inFileName: path) { parts = [p] }
        // The organ line counts only for a document without a symbol of its own: twelve phrase searches
        // of the head are not made for the rest.
        if let first = own.first { organ = Lexicon.organ(ofSeries: first) }
        else { organ = text.withUnsafeBufferPointer { organWords(Bytes(rebasing: $0[0..<min($0.count, headerBytes)])) } }
        return DocumentContext(organ: organ, ownSymbols: own, ownParts: parts)
    }

    /// Lines near the top that hold nothing but a symbol ("A/75/127", "E/2019/28-E/CN.7/2019/13",
    /// "United Nations A/RES/69/250* General Assembly").
    static func mastheadSymbols(_ t: Bytes) -> [String] {
        let scanner = SymbolScanner(t: t)
        var found: [String] = []
        var lineStart = 0, lines = 0
        while lineStart < t.count, lines < 40 {
            var lineEnd = lineStart
            while lineEnd < t.count, t[lineEnd] != 0x0A { lineEnd += 1 }
            var i = lineStart
            while i < lineEnd, t[i].isSpace { i += 1 }
            if t.matches("United Nations", at: i) { i += 14; while i < lineEnd, t[i].isSpace { i += 1 } }
            var inLine: [String] = []
            var k = i
            while k < lineEnd, t[k].isUpper, let (symbols, end) = scanner.scan(at: k), let first = symbols.first {
                inLine.append(first.key)
                k = end
                while k < lineEnd, t[k] == 0x20 || t[k] == UInt8(ascii: "-") || t[k] == 0x09 { k += 1 }
            }
            let rest = Bytes(rebasing: t[k..<lineEnd])
            let restIsMasthead = rest.allSatisfy { $0.isSpace } || rest.starts(with: Array("General Assembly".utf8))
                || rest.starts(with: Array("Security Council".utf8)) || rest.starts(with: Array("Economic and Social Council".utf8))
            if !inLine.isEmpty, restIsMasthead { found += inLine } else if !found.isEmpty, !rest.allSatisfy({ $0.isSpace }) { break }
            if t.matches("Distr.", at: i) && !found.isEmpty { break }
            lineStart = lineEnd + 1; lines += 1
        }
        return found
    }

    /// "Resolution adopted by the General Assembly ..." followed by a line "75/100. Title", or an SC
    /// resolution's opening line "Resolution 2532 (2020)".
    static func resolutionHeader(_ t: Bytes) -> (symbol: String, part: String?)? {
        var i = 0
        while i < t.count, t[i].isSpace { i += 1 }
        let scanner = CitationScanner(t: t)
        // SC resolutions open, within their first lines, with "Resolution 2532 (2020)", "RESOLUTION 769
        // (1992)", or (1946-1964, under a committee heading) "1 (1946) Resolution of 25 January 1946".
        var line = i, lines = 0
        while line < t.count, lines < 6 {
            // The other languages' editions open the same way: "Résolution 2652 (2022)", "Резолюция 2652
            // (2022),", "القرار 2652 (2022)", "第2652(2022)号决议".
            let word = Self.scResolutionWords.first { t.matches($0, at: line, caseless: true) }
            let lead = line + (word?.count ?? 0)
            if let item = scanner.item(at: lead, allowBare: false), case .yearInParentheses = item.form {
                var after = item.range.upperBound
                if t.at(after) == UInt8(ascii: ".") { after += 1 }
                if lead > line || t.matches(" Resolution", at: after, caseless: true),
                   let key = SymbolKey.key(item, type: .resolution, organ: .sc) { return (key, nil) }
            }
            while line < t.count, t[line] != 0x0A { line += 1 }
            while line < t.count, t[line].isSpace { line += 1 }
            lines += 1
        }
        let adopted = Array("adopted by the ".utf8)
        guard let at = firstIndex(of: adopted, in: t) else { return nil }
        let organ: Organ
        if t.matches("General Assembly", at: at + adopted.count) { organ = .ga }
        else if t.matches("Human Rights Council", at: at + adopted.count) { organ = .hrc }
        else { return nil }
        var p = at
        while p < t.count {
            if t[p] == 0x0A {
                let j = t.skipSpaces(p + 1)
                if let item = scanner.item(at: j, allowBare: false), case .session = item.form,
                   t.at(item.range.upperBound) == UInt8(ascii: "."),
                   let key = SymbolKey.key(item, type: .resolution, organ: organ) {
                    return (key, partLetter(after: item.range.upperBound, in: t))
                }
            }
            p += 1
        }
        return nil
    }

    static let scResolutionWords: [[UInt8]] = ["Resolution ", "Résolution ", "Resolución ", "Резолюция ", "القرار ", "第"].map { Array($0.utf8) }

    /// A lettered resolution states its part after the title ("75/245. United Nations common system B1",
    /// the 1 a footnote mark) or on the next line ("B1").
    static func partLetter(after i: Int, in t: Bytes) -> String? {
        var lineEnd = i
        while lineEnd < t.count, t[lineEnd] != 0x0A { lineEnd += 1 }
        func part(endingAt e: Int) -> String? {
            var s = e
            while s > 0, t[s - 1].isDigit, e - s < 2 { s -= 1 }
            guard s > 0, t[s - 1].isUpper, (t.at(s - 2) == 0x20 || t.at(s - 2) == 0x0A || s - 1 == 0), t[s - 1] <= UInt8(ascii: "H") else { return nil }
            return String(UnicodeScalar(t[s - 1]))
        }
        var e = lineEnd
        while e > i, t[e - 1].isSpace { e -= 1 }
        if let p = part(endingAt: e) { return p }
        var next = lineEnd
        while next < t.count, t[next].isSpace { next += 1 }
        var nextEnd = next
        while nextEnd < t.count, t[nextEnd] != 0x0A { nextEnd += 1 }
        while nextEnd > next, t[nextEnd - 1].isSpace { nextEnd -= 1 }
        return nextEnd - next <= 3 ? part(endingAt: nextEnd) : nil
    }

    /// `A_RES_75_242 B-2108986E`, `75_245B_E`: the part letter a file name carries.
    static func part(inFileName path: String) -> String? {
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        var pieces = name.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "-" })
        // Language and job-number tails ("E", "EN", "2108986E") first; then the part is right after the number.
        while let last = pieces.last, last == "E" || last == "EN" || last.count > 5 && last.dropLast().allSatisfy(\.isNumber) { pieces.removeLast() }
        guard pieces.count >= 2, let last = pieces.last else { return nil }
        let previous = pieces[pieces.count - 2]
        if last.count == 1, let c = last.first, ("A"..."H").contains(c), previous.allSatisfy(\.isNumber) { return String(c) }
        if last.count >= 2, last.count <= 4, last.dropLast().allSatisfy(\.isNumber), let c = last.last, ("A"..."H").contains(c) { return String(c) }
        return nil
    }

    /// The organ a masthead or resolution header names on a line of its own.
    static func organWords(_ t: Bytes) -> Organ? {
        let names: [(String, Organ)] = [("General Assembly", .ga), ("Security Council", .sc), ("Economic and Social Council", .ecosoc),
                                        ("Human Rights Council", .hrc)]
        for lead in ["Resolution adopted by the ", "The ", ""] {
            for (name, organ) in names {
                let phrase = Array((lead + name).utf8)
                var p = 0
                while let at = firstIndex(of: phrase, in: t, from: p) {
                    let lineStart = at == 0 || t[at - 1] == 0x0A || (t[at - 1] == 0x20 && (at < 2 || t[at - 2] == 0x0A))
                    let after = t.at(at + phrase.count)
                    let ends = after == 0x0A || after == UInt8(ascii: ",") || after == 0x20 || after == 0
                    if lineStart && ends { return organ }
                    p = at + 1
                }
            }
        }
        return nil
    }

    /// `A_RES_74_177-EN.pdf` -> A/RES/74/177; `S_RES_0242_1967_EN_GOLD.txt` -> S/RES/242 (1967);
    /// `A_81_6 (SECT. 10).docx` -> A/81/6 (Sect. 10).
    public static func symbols(inFileName path: String) -> [String] {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        // Known extensions only: "A_80_604_Add.1.docx" keeps its ".1".
        while let dot = name.lastIndex(of: "."), Self.extensions.contains(name[name.index(after: dot)...].lowercased()) { name = name[..<dot] }
        var s = String(name)
        for suffix in ["_EN_GOLD", "-EN", "_EN", "_E", "-E", "_en", "-en"] where s.hasSuffix(suffix) { s.removeLast(suffix.count) }
        if let dash = s.lastIndex(of: "-"), s[s.index(after: dash)...].allSatisfy({ $0.isNumber || "EFSRCA".contains($0) }),
           s.distance(from: dash, to: s.endIndex) > 6 { s = String(s[..<dash]) }
        var parts = s.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 4, parts[0] == "S", parts[1] == "RES", let n = Int(parts[2]), parts[3].count == 4 {
            return ["S/RES/\(n) (\(parts[3]))"]
        }
        if parts.count >= 2, let last = parts.last, last.count == 1, last.first!.isUppercase { parts.removeLast() }
        let candidate = Array(parts.joined(separator: "/").utf8)
        return candidate.withUnsafeBufferPointer { t in
            guard let (symbols, end) = SymbolScanner(t: t).scan(at: 0), end == t.count || t[end...].allSatisfy({ $0.isSpace }),
                  let first = symbols.first else { return [] }
            return [first.key]
        }
    }

    static let extensions: Set<String> = ["txt", "md", "markdown", "pdf", "docx", "doc", "html", "htm", "xml", "akn", "en", "gz"]

    static func firstIndex(of needle: [UInt8], in t: Bytes, from: Int = 0) -> Int? {
        guard let f = needle.first, t.count >= needle.count else { return nil }
        var i = from
        while i <= t.count - needle.count {
            if t[i] == f, t.matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}
