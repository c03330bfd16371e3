import XrefCore

/// Akoma Ntoso (AKN4UN) to text, in the shape of the corpus renderings (`akn-text`): the cover page's
/// title lines, the preface, preambular and operative paragraphs with their printed numbers in front
/// (`1. Takes note ...`, `(a) ...`), table rows with cells joined by " | ", footnote markers glued to the
/// word before them and the footnote bodies (`1 A/66/340 ...`) at the end; whitespace collapsed.
/// The symbol on the cover page (`<docNumber refersTo="#symbol">`) is the document's own.
struct AknText {
    private var stack: [TextBuilder] = [TextBuilder(whitespace: .collapse)]
    /// What each builder of `stack` collects: the text, a footnote body, or a table cell.
    private enum Level { case main, note, cell }
    private var levels: [Level] = [.main]
    private var notes: [(marker: [UInt8], body: TextPiece)] = []
    private var noteParts: [[TextPiece]] = []
    private var cells: [[TextPiece]] = []
    private var prefix: [UInt8] = []
    private(set) var symbols: [String] = []
    private var frbrWork: String? = nil
    /// The expression's `FRBRlanguage` ("fra", "zho"): the language the document is written in.
    private(set) var language: String? = nil

    /// Elements whose text is one paragraph (their whole content, whitespace included).
    private static let blocks: Set<String> = ["p", "heading", "subheading", "crossHeading", "docTitle", "longTitle"]
    /// Elements whose end closes the paragraph under way.
    private static let containers: Set<String> = [
        "paragraph", "point", "container", "content", "intro", "list", "formula", "preface", "conclusions",
        "recital", "recitals", "hcontainer", "subparagraph", "alinea", "wrapUp", "blockList", "item",
        "listIntroduction", "listWrapUp", "section", "article", "chapter", "part", "title", "citation", "citations",
    ]

    mutating func run(_ bytes: [UInt8]) throws -> TextPiece {
        try parse(bytes)
        flush()
        var out = stack[0]
        for n in notes {
            var block = TextPiece(bytes: n.marker + [0x20])
            block.append(n.body)
            out.appendBlock(block)
        }
        if symbols.isEmpty, let f = frbrWork, let s = Self.symbol(fromFRBR: f) { symbols = [s] }
        return out.finish()
    }

    /// The builder text goes to: a footnote's or table cell's while one is open. Mutated in place; a
    /// get/set pair would copy the whole text on every paragraph.
    private var top: TextBuilder {
        get { stack[stack.count - 1] }
        _modify { yield &stack[stack.count - 1] }
    }

    private mutating func flush() {
        if top.paragraphIsEmpty { return }
        switch levels[levels.count - 1] {
        case .main:
            top.endParagraph(prefix: prefix)
            prefix = []
        case .note:
            // A footnote's paragraphs are joined by a space when it closes.
            noteParts[noteParts.count - 1].append(top.takeParagraph())
        case .cell:
            break   // a cell is one piece of text, whatever its markup
        }
    }

    private mutating func push(_ level: Level) {
        stack.append(TextBuilder(whitespace: .collapse))
        levels.append(level)
    }

    private mutating func pop() {
        stack.removeLast()
        levels.removeLast()
    }

    private mutating func parse(_ bytes: [UInt8]) throws {
        var depth = 0
        var skipUntil = -1           // depth of a skipped subtree (meta, img, cover page outside titles)
        var inline = 0               // open block elements: their whitespace counts
        var coverDepth = -1
        var numDepth = -1
        var numText: [UInt8] = []
        var symbolDepth = -1
        var symbolText: [UInt8] = []
        var noteDepths: [(depth: Int, marker: [UInt8])] = []
        var rowDepth = -1
        var cellDepth = -1
        var supDepth = -1            // a superscript: a footnote mark typed as text

        try XMLStream.read(bytes) { s, node in
            switch node {
            case .start:
                depth += 1
                let name = s.localName.map { String(cString: $0) } ?? ""
                if name == "docNumber" && s.attribute("refersTo") == "#symbol" { symbolDepth = depth; symbolText = [] }
                if name == "FRBRthis" && frbrWork == nil { frbrWork = s.attribute("value") }
                if name == "FRBRlanguage" && language == nil { language = s.attribute("language") }
                if skipUntil >= 0 { return }
                if name == "meta" || name == "img" { skipUntil = depth; return }
                if name == "coverPage" { coverDepth = depth; return }
                if coverDepth >= 0 && inline == 0 && name != "docTitle" { return }
                if numDepth >= 0 { return }
                switch name {
                case "num" where levels.last != .cell:
                    numDepth = depth; numText = []
                case "authorialNote":
                    let marker = Array((s.attribute("marker") ?? "").utf8)
                    top.dropPendingSpace()
                    top.appendMark(marker)
                    noteDepths.append((depth, marker))
                    push(.note)
                    noteParts.append([])
                case "tr" where cellDepth < 0:
                    flush()
                    rowDepth = depth
                    cells.append([])
                case _ where rowDepth >= 0 && depth == rowDepth + 1:
                    cellDepth = depth
                    push(.cell)
                case "eol", "eop":
                    top.softSpace()
                case "docDate" where inline > 0:
                    top.softSpace()
                case "sup" where supDepth < 0:
                    supDepth = depth
                case "a":
                    if let href = s.attribute("href") { top.beginLink(href) }
                case _ where Self.blocks.contains(name) && levels.last != .cell:
                    if inline == 0 { flush() }
                    inline += 1
                default:
                    break
                }
            case .text:
                if symbolDepth >= 0 { symbolText.append(contentsOf: s.text) }
                if skipUntil >= 0 { return }
                if numDepth >= 0 { numText.append(contentsOf: s.text); return }
                if coverDepth >= 0 && inline == 0 { return }
                let t = s.text
                if supDepth >= 0 { top.appendMark(t) }
                else if inline > 0 || levels.last == .cell || !isBlank(t) { top.append(t) }
            case .end:
                defer { depth -= 1 }
                let name = s.localName.map { String(cString: $0) } ?? ""
                if depth == symbolDepth {
                    symbolDepth = -1
                    let sym = String(decoding: collapse(symbolText), as: UTF8.self)
                    if !sym.isEmpty && !symbols.contains(sym) { symbols.append(sym) }
                }
                if skipUntil >= 0 { if depth == skipUntil { skipUntil = -1 }; return }
                if depth == coverDepth { coverDepth = -1; return }
                if coverDepth >= 0 && inline == 0 { return }
                if depth == numDepth {
                    numDepth = -1
                    flush()
                    let t = collapse(numText)
                    if !t.isEmpty { prefix = prefix.isEmpty ? t : prefix + [0x20] + t }
                    return
                }
                if numDepth >= 0 { return }
                if let note = noteDepths.last, note.depth == depth {
                    noteDepths.removeLast()
                    flush()
                    let parts = noteParts.removeLast()
                    pop()
                    notes.append((note.marker, TextPiece.joined(parts, separator: [0x20])))
                    return
                }
                if depth == cellDepth {
                    cellDepth = -1
                    let cell = top.takeParagraph()
                    pop()
                    if !cell.bytes.isEmpty { cells[cells.count - 1].append(cell) }
                    return
                }
                if depth == rowDepth {
                    rowDepth = -1
                    top.appendBlock(TextPiece.joined(cells.removeLast(), separator: Array(" | ".utf8)))
                    return
                }
                if depth == supDepth { supDepth = -1 }
                if name == "a" { top.endLink(); return }
                if levels.last == .cell { return }
                if Self.blocks.contains(name) && inline > 0 {
                    inline -= 1
                    if inline == 0 { flush() }
                } else if inline == 0 && Self.containers.contains(name) {
                    flush()
                }
            }
        }
    }

    private func collapse(_ t: [UInt8]) -> [UInt8] {
        var b = TextBuilder(whitespace: .collapse)
        b.append(t)
        return b.takeParagraph().bytes
    }

    /// `/akn/un/statement/deliberation/unga/2020-12-10/75-100/...` -> `A/RES/75/100`; SC `2504-2020` ->
    /// `S/RES/2504 (2020)`. Used only when the cover page names no symbol.
    static func symbol(fromFRBR uri: String) -> String? {
        let parts = uri.split(separator: "/").map(String.init)
        guard let i = parts.firstIndex(where: { $0 == "unga" || $0 == "unsc" }), i + 2 < parts.count else { return nil }
        let num = parts[i + 2].split(separator: "-").map(String.init)
        if parts[i] == "unga" {
            if num.count == 2, num.allSatisfy({ Int($0) != nil }) { return "A/RES/\(num[0])/\(num[1])" }
            if num.count == 3, num[0] == "ES" || num[0] == "S" { return "A/RES/\(num[0])-\(num[1])/\(num[2])" }
        } else if num.count == 2, let n = Int(num[0]), let y = Int(num[1]), (1946...2100).contains(y), n < 10000 {
            return "S/RES/\(n) (\(y))"
        }
        return nil
    }
}
