import CLibXML2
import XrefCore

/// HTML through libxml2's HTML parser (no network, errors silenced, recovering): the visible text,
/// block elements as paragraphs, table rows with cells joined by " | " (as the AKN renderings do),
/// and `<a href>` links into the UN document system kept as source links.
enum HTMLReader {
    private static let skipped: Set<String> = ["script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"]
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
        "tbody", "tfoot", "caption", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
        "main", "figure", "figcaption", "address", "hr", "form", "fieldset", "body", "html", "center",
    ]

    static func read(bytes: [UInt8]) throws -> TextPiece { try document(bytes: bytes).text }

    /// The text and the language the page declares (`<html lang="fr">`, `xml:lang`), if any.
    static func document(bytes: [UInt8]) throws -> (text: TextPiece, language: String?) {
        _ = LibXML.ready
        var body = bytes[...]
        // Some library pages start with a BOM that was encoded twice ("ï»¿"): not text.
        if body.starts(with: [0xC3, 0xAF, 0xC2, 0xBB, 0xC2, 0xBF]) { body = body.dropFirst(6) }
        // XML_PARSE_HUGE: without it libxml2 cuts a text node at 10,000,000 bytes and drops everything
        // nested deeper than 256 elements, silently (issue 11); the walk below bounds its own depth.
        let opts = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                         | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        // Without a declared charset libxml2 assumes Latin-1; UTF-8 input is the norm here.
        let encoding: String? = PlainText.firstInvalidUTF8(Array(body)) == nil ? "UTF-8" : nil
        let doc: htmlDocPtr? = body.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(clamping: raw.count), nil, encoding, opts)
        }
        guard let doc else {
            // An empty page is an empty document (as an empty .txt is), not a damaged one.
            if body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return (TextPiece(), nil) }
            throw MarkupError(reason: "HTML could not be parsed")
        }
        defer { xmlFreeDoc(doc) }
        var w = Walker()
        var language: String?
        if let root = xmlDocGetRootElement(doc) {
            language = ["lang", "xml:lang"].lazy.compactMap { name -> String? in
                guard let v = xmlGetProp(root, name) else { return nil }
                defer { cxml_free(v) }
                return String(cString: v)
            }.first
            w.visit(root)
        }
        return (w.out.finish(), language)
    }

    /// Elements nested deeper than this are read as flat text (no paragraph breaks, links or cells
    /// inside): the walk recurses per level, and a hostile page nests thousands deep.
    static let maxDepth = 256

    private struct Walker {
        var out = TextBuilder(whitespace: .collapse)
        var cells: [TextPiece]? = nil
        var marking = 0              // inside `<sup>`: a footnote mark
        var depth = 0

        mutating func visit(_ node: xmlNodePtr) {
            depth += 1
            defer { depth -= 1 }
            var child: xmlNodePtr? = node
            while let n = child {
                switch n.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let c = n.pointee.content {
                        let text = UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: Int(xmlStrlen(c)))
                        if marking > 0 { out.appendMark(text) } else { out.append(text) }
                    }
                case XML_ELEMENT_NODE:
                    element(n)
                default:
                    break
                }
                child = n.pointee.next
            }
        }

        private mutating func element(_ n: xmlNodePtr) {
            let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if HTMLReader.skipped.contains(name) { return }
            let kids = n.pointee.children
            if depth >= HTMLReader.maxDepth {
                if let k = kids { flat(k, under: n) }
                return
            }
            switch name {
            case "br":
                out.softSpace()
            case "tr":
                out.endParagraph()
                cells = []
                if let k = kids { visit(k) }
                let row = TextPiece.joined(cells ?? [], separator: Array(" | ".utf8))
                cells = nil
                out.appendBlock(row)
            case "td" where cells != nil, "th" where cells != nil:
                out.endParagraph()
                if let k = kids { visit(k) }
                cells?.append(out.takeParagraph())
            case "sup":
                marking += 1
                if let k = kids { visit(k) }
                marking -= 1
            case "a":
                let href = attribute(n, "href")
                if let href { out.beginLink(href) }
                if let k = kids { visit(k) }
                if href != nil { out.endLink() }
            default:
                let block = HTMLReader.blocks.contains(name) && cells == nil
                if block { out.endParagraph() }
                if let k = kids { visit(k) }
                if block { out.endParagraph() }
            }
        }

        /// The text under `root` from `first` on, without recursion: down to the first child, on to the
        /// next sibling, back up through parents. Skipped elements (script, style) are stepped over.
        private mutating func flat(_ first: xmlNodePtr, under root: xmlNodePtr) {
            var node: xmlNodePtr? = first
            while let n = node {
                var descend = false
                if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                    out.append(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: Int(xmlStrlen(c))))
                } else if n.pointee.type == XML_ELEMENT_NODE {
                    let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    descend = !HTMLReader.skipped.contains(name)
                    if HTMLReader.blocks.contains(name) || name == "br" { out.softSpace() }
                }
                if descend, let k = n.pointee.children { node = k; continue }
                var up: xmlNodePtr? = n
                node = nil
                while let u = up, u != root {
                    if let next = u.pointee.next { node = next; break }
                    up = u.pointee.parent
                }
            }
        }

        private func attribute(_ n: xmlNodePtr, _ name: String) -> String? {
            guard let v = xmlGetProp(n, name) else { return nil }
            defer { cxml_free(v) }
            return String(cString: v)
        }
    }
}
