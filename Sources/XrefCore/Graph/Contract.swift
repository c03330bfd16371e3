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
        var s = s
        s.withUTF8 { append(utf8: $0, to: &out) }
    }

    /// The same from UTF-8 bytes: runs that need no escape are copied whole (most strings are one run).
    public static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copied = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2 else { i += 1; continue }
            var width = 1
            let escape: String
            switch b {
            case UInt8(ascii: "\""): escape = #"\""#
            case UInt8(ascii: "\\"): escape = #"\\"#
            case 0x0A: escape = #"\n"#
            case 0x0D: escape = #"\r"#
            case 0x09: escape = #"\t"#
            case 0x08: escape = #"\b"#
            case 0x0C: escape = #"\f"#
            case 0..<0x20: escape = #"\u00"# + String(UnicodeScalar(hex[Int(b >> 4)])) + String(UnicodeScalar(hex[Int(b & 15)]))
            default:  // 0xE2: U+2028 and U+2029 only
                guard i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 else { i += 1; continue }
                escape = bytes[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                width = 3
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            out += escape.utf8
            i += width
            copied = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
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
