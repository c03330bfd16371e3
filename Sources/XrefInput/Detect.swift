/// Format by content: `%PDF-`, a ZIP holding a Word document, XML (Akoma Ntoso or other), HTML; then by
/// extension among text formats. Files with NUL bytes and no known magic are binary.
enum Detect {
    static let headSize = 4096

    static func format(path: String, head: [UInt8]) -> InputFormat? {
        let ext = fileExtension(path)
        if starts(head, "%PDF-") || (contains(head.prefix(1024), "%PDF-") && ext == "pdf") { return .pdf }
        if starts(head, "PK\u{03}\u{04}") {
            if ["docx", "docm", "dotx", "dotm"].contains(ext) || contains(head, "word/") { return .docx }
            return nil
        }
        // UTF-16 text carries NUL bytes; PlainText says what to do about it.
        if starts(head, "\u{FF}\u{FE}") || starts(head, "\u{FE}\u{FF}") { return .text }
        if head.contains(0) { return nil }

        let body = trimmedStart(head)
        let lower = body.prefix(512).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        if starts(lower, "<!doctype html") || starts(lower, "<html") { return .html }
        if starts(lower, "<?xml") || starts(lower, "<akomantoso") {
            if contains(lower, "<html") || contains(lower, "xhtml") && !contains(lower, "akomantoso") { return .html }
            return .xml
        }
        switch ext {
        // A .pdf or .docx without its magic is damaged; its reader says so.
        case "pdf": return .pdf
        case "docx", "docm", "dotx", "dotm": return .docx
        case "html", "htm", "xhtml": return .html
        case "xml", "akn": return body.first == 0x3C ? .xml : .text
        case "md", "markdown": return .markdown
        default:
            // Markup without a telling extension: a tag-led file with a html element is HTML.
            if body.first == 0x3C && (contains(lower, "<body") || contains(lower, "<head") || contains(lower, "<table")) { return .html }
            return .text
        }
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Skips a UTF-8 BOM (also the doubly encoded one some web pages carry) and leading whitespace.
    private static func trimmedStart(_ h: [UInt8]) -> ArraySlice<UInt8> {
        var s = h[...]
        if starts(Array(s.prefix(3)), "\u{FEFF}") { s = s.dropFirst(3) }
        if s.starts(with: [0xC3, 0xAF, 0xC2, 0xBB, 0xC2, 0xBF]) { s = s.dropFirst(6) }
        while let f = s.first, f == 0x20 || f == 0x09 || f == 0x0A || f == 0x0D { s = s.dropFirst() }
        return s
    }

    private static func starts<C: Collection>(_ h: C, _ s: String) -> Bool where C.Element == UInt8 {
        h.starts(with: latin1(s))
    }

    private static func contains<C: Collection>(_ h: C, _ s: String) -> Bool where C.Element == UInt8 {
        let needle = latin1(s)
        let hay = Array(h)
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Magic strings as bytes: scalars below 256 are single bytes (so "\u{FF}" is 0xFF, not UTF-8).
    private static func latin1(_ s: String) -> [UInt8] {
        if s == "\u{FEFF}" { return [0xEF, 0xBB, 0xBF] }
        return s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}
