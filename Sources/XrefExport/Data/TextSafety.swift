/// Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF) are
/// dropped: libxml2 and Graphviz's SVG writer pass them through and the file is then not XML (platform
/// pitfall 6). Everything else, quotes, `&`, `<`, non-ASCII, newlines, tabs, is kept for the writer to escape.
func xmlSafe(_ s: String) -> String {
    // Fast path on bytes: only C0 controls and 0xEF (which leads U+FFFE/U+FFFF) can need work.
    let suspect = s.utf8.contains { b in (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0xEF }
    guard suspect else { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars where isXMLChar(c) { out.append(c) }
    return String(out)
}

private func isXMLChar(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
}

/// Graphviz reads `\N`, `\n`, `\l`, `\G` ... in labels, tooltips and URLs as escapes: double each backslash
/// (platform pitfall 5) so a label shows what the document says.
func graphvizEscaped(_ s: String) -> String {
    let safe = xmlSafe(s)
    guard safe.utf8.contains(UInt8(ascii: "\\")) else { return safe }
    return safe.replacingBackslashes()
}

/// A tooltip is one line: line breaks and tabs become spaces. Graphviz 2.43 unescapes tooltips twice (once
/// substituting `\N` and friends, once more when writing SVG), so a literal backslash there needs four.
/// Checked by RenderTests.hostileTextStaysWellFormedAndLiteral.
func graphvizTooltip(_ s: String) -> String {
    let line = String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    return graphvizEscaped(graphvizEscaped(line))
}

/// Text for Graphviz HTML-like labels: XML-escaped.
func htmlEscaped(_ s: String) -> String {
    var out = ""
    for c in xmlSafe(s).unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            out.append(c)
            if c == "\\" { out.append(c) }
        }
        return String(out)
    }
}

/// A URL as Graphviz should carry it into SVG: characters a URI may not hold raw (controls, space, `"`, `<`,
/// `>`, `\\`, non-ASCII...) percent-encoded, and `&` written as `&amp;` — Graphviz 2.43 copies `URL` into
/// `xlink:href` unescaped (and leaves an existing entity alone where it does escape).
func graphvizURL(_ url: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in url.utf8 {
        switch b {
        case UInt8(ascii: "&"): out += "&amp;".utf8
        case 0x21, 0x23...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E: out.append(b)
        default: out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
        }
    }
    return String(decoding: out, as: UTF8.self)
}
