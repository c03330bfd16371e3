/// libxml2's error messages made fit for an xref line: its advice to the programmer turned into what
/// happened in the user's words, and what it quotes from the document cut short and escaped, so a damaged
/// file yields one short readable line, not hundreds of its bytes or control characters.
enum ParserMessage {
    /// libxml2's words for a limit xref keeps on purpose (no XML_PARSE_HUGE: see `LibXML.xmlOptions`),
    /// and xref's. Each `libxml2` is a message this libxml2 gives (the test feeds it the document).
    static let limits: [(libxml2: String, xref: String)] = [
        ("Excessive depth in document", "elements nested more than 256 deep, past the limit xref reads"),
        ("huge text node", "a text node over 10,000,000 bytes, past the limit xref reads"),
        ("Huge input lookup", "a name or value over 10,000,000 bytes, past the limit xref reads"),
    ]

    /// Longest run of the document's own characters kept from a message, and longest message.
    static let maxQuoted = 40
    static let maxLength = 200

    static func plain(_ message: String) -> String {
        if let limit = limits.first(where: { message.contains($0.libxml2) }) { return limit.xref }
        var s = message.replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")
        s = s.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count > maxQuoted ? word.prefix(maxQuoted) + "…" : word
        }.joined(separator: " ")
        s = escaped(s)
        return s.count > maxLength ? String(s.prefix(maxLength)) + "…" : s
    }

    /// Control characters (but line breaks, which the reader makes "; ") as `\xNN`, and the replacement
    /// character libxml2 puts for bytes that were not UTF-8 as `?`.
    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar == "\u{FFFD}" {
                out += "?"
            } else if (scalar.value < 0x20 && scalar != "\n") || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
