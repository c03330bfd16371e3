import XrefCore

/// Plain text and Markdown are read as they are: the bytes must be UTF-8 (a BOM stays, so every offset
/// is an offset into the file). Markdown links to the UN document system become source links.
enum PlainText {
    static func read(path: String, bytes: [UInt8], markdown: Bool) throws -> SourceText {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw MarkupError(reason: "UTF-16 text is not read (convert it to UTF-8)")
        }
        if let bad = firstInvalidUTF8(bytes) { throw MarkupError(reason: "not UTF-8 text (invalid byte at offset \(bad))") }
        return SourceText(path: path, bytes: bytes, links: markdown ? markdownLinks(bytes) : [])
    }

    /// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF
    /// included), or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { p -> Int? in
            var i = 0
            let n = p.count
            while i < n {
                // Eight ASCII bytes at a time: most text is ASCII.
                while i + 8 <= n, UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                var need = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return i
                }
                guard i + need < n else { return i }
                if p[i + 1] < lo || p[i + 1] > hi { return i }
                var k = 2
                while k <= need { if p[i + k] < 0x80 || p[i + k] > 0xBF { return i }; k += 1 }
                i += need + 1
            }
            return nil
        }
    }

    /// `[text](url)` where the URL points into the UN document system: the range of `text`.
    /// One forward pass: the last `[` on the line and the end of the target are remembered rather than
    /// searched for again, so `](` repeated along one line stays linear.
    static func markdownLinks(_ b: [UInt8]) -> [SourceLink] {
        var out: [SourceLink] = []
        var open = -1   // the last "[" since the last line break
        var stop = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x0A { open = -1; i += 1; continue }
            if c == 0x5B { open = i; i += 1; continue }
            guard c == 0x5D, i + 1 < n, b[i + 1] == 0x28 else { i += 1; continue }   // "]("
            // The first ")", space or line break after "(": remembered, as the next "](" on the line
            // usually ends at the same one, so no byte is looked at twice.
            if stop < i + 2 {
                stop = i + 2
                while stop < n && b[stop] != 0x29 && b[stop] != 0x20 && b[stop] != 0x0A { stop += 1 }
            }
            let e = stop
            if open >= 0 && e < n && b[e] != 0x0A && e - (i + 2) <= longestURL && open + 1 < i {
                let url = String(decoding: b[(i + 2)..<e], as: UTF8.self)
                if UNLinks.isDocumentLink(url) { out.append(SourceLink(range: (open + 1)..<i, target: url)) }
            }
            i += 2
        }
        return out
    }

    /// Longer than any document-system URL (`https://undocs.org/en/A/RES/74/177` and its variants).
    static let longestURL = 2048
}
