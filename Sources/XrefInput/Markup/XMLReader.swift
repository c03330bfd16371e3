import XrefCore

/// XML: Akoma Ntoso gets its own reader; any other XML is read as text with block elements as paragraphs.
enum XMLReader {
    static func read(path: String, bytes: [UInt8]) throws -> SourceText {
        if isAkn(bytes) {
            var akn = AknText()
            let r = try akn.run(bytes)
            return SourceText(path: path, bytes: r.bytes, links: r.links, declaredSymbols: akn.symbols, marks: r.marks,
                              declaredLanguage: akn.language.flatMap(Language.init(declared:)))
        }
        var generic = GenericXMLText()
        let r = try generic.run(bytes)
        return SourceText(path: path, bytes: r.bytes, links: r.links, marks: r.marks)
    }

    private static func isAkn(_ b: [UInt8]) -> Bool {
        let needle = Array("akomaNtoso".utf8)
        let head = b.prefix(4096)
        var i = head.startIndex
        while i + needle.count <= head.endIndex {
            if head[i] == 0x61 && head[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// Any XML: every text node; elements that are not known inline markup open and close paragraphs.
struct GenericXMLText {
    private static let inline: Set<String> = [
        "a", "b", "i", "u", "em", "strong", "span", "sup", "sub", "small", "big", "font", "ref", "inline",
        "abbr", "term", "date", "emphasis", "hi", "link", "xref", "code", "q", "mark", "s", "tt", "cite",
        "docDate", "docNumber", "docTitle", "docType", "docStatus", "docProponent", "session", "noteRef",
        "br", "eol",
    ]
    private var out = TextBuilder(whitespace: .collapse)

    mutating func run(_ bytes: [UInt8]) throws -> TextPiece {
        var skip = 0
        var linked: [Bool] = []      // per open inline element: did it open a link
        var marking = 0              // open footnote references (`sup`, `noteRef`): their text is a mark
        try XMLStream.read(bytes) { s, node in
            switch node {
            case .text:
                if skip > 0 { return }
                if marking > 0 { out.appendMark(s.text) } else { out.append(s.text) }
            case .start:
                let name = s.localName.map { String(cString: $0) } ?? ""
                if name == "meta" || name == "script" || name == "style" || skip > 0 { skip += 1; return }
                if name == "br" || name == "eol" { out.softSpace() }
                if name == "sup" || name == "noteRef" { marking += 1 }
                if Self.inline.contains(name) {
                    let href = s.attribute("href")
                    if let href { out.beginLink(href) }
                    linked.append(href != nil)
                } else {
                    out.endParagraph()
                }
            case .end:
                if skip > 0 { skip -= 1; return }
                let name = s.localName.map { String(cString: $0) } ?? ""
                if name == "sup" || name == "noteRef" { marking -= 1 }
                if Self.inline.contains(name) { if linked.popLast() == true { out.endLink() } }
                else { out.endParagraph() }
            }
        }
        return out.finish()
    }
}
