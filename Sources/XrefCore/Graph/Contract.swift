/// The machine contract of `xref extract` (DESIGN §6): one JSON object per citation, fields in a fixed
/// order (`Listings.extract`); later fields are additions (`candidates`, `parts`, `reissued`, `link`,
/// `link_agrees`, `language`, `via`, `pinpoint`) present only when set. `language` is the document's when it is not
/// English; `via` is the footnote a citation is written in when `paragraph` names the paragraph carrying its marker.
extension Citation {
    /// This citation's `xref extract` line (see `Listings.extract`).
    public func jsonLine(document: String, language: Language = .en) -> String { Listings.extract.json((document, self, language)) }
}

/// JSON strings, one encoder for every writer in the project.
public enum JSON {
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// RFC 8259 string: `"` and `\` escaped, controls as `\n` `\t`... or `\u00XX`; U+2028/U+2029 escaped too
    /// so the output is also safe to paste into JavaScript. Other characters stay raw UTF-8.
    public static func append(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x08: out += #"\b"#.utf8
            case 0x0C: out += #"\f"#.utf8
            case 0..<0x20:
                out += #"\u00"#.utf8
                out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out += (bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}

public enum CSV {
    /// One RFC 4180 record.
    public static func row(_ fields: [String]) -> String {
        var out: [UInt8] = []
        append(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One RFC 4180 record, appended as bytes. Fields are judged byte by byte: to Swift "\r\n" is one
    /// Character, so a Character test left fields holding CRLF unquoted.
    public static func append(_ fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let needsQuotes = f.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { out += f.utf8; continue }
            out.append(UInt8(ascii: "\""))
            for b in f.utf8 {
                out.append(b)
                if b == UInt8(ascii: "\"") { out.append(b) }
            }
            out.append(UInt8(ascii: "\""))
        }
        out += "\r\n".utf8
    }
}
