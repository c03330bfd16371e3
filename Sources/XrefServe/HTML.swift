/// HTML written as it is built, every piece of text escaped on the way in: the only way a page gets
/// markup is through `open`/`close`/`element` with literal tag names, so document text can never be markup.
struct HTML {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16_384) }

    /// Markup written by xref itself (tags, the page frame). Never pass data here.
    mutating func markup(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text: `& < > " '` escaped, so it is safe in element content and in quoted attribute values.
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { u in
            // Runs without a special byte are copied whole: most text has none.
            var run = 0
            for (i, b) in u.enumerated() {
                let entity: StaticString
                switch b {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                markup(entity)
                run = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run...]))
        }
    }

    mutating func text(_ n: Int) { bytes += String(n).utf8 }

    /// `<tag a="v" ...>`, values escaped.
    mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        markup(tag)
        for (name, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            markup(name)
            bytes += "=\"".utf8
            text(value)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    mutating func close(_ tag: StaticString) {
        bytes += "</".utf8
        markup(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag ...>text</tag>`.
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// An SVG that Graphviz wrote (its text is escaped by Graphviz), without its XML prolog.
    mutating func svg(_ svg: [UInt8]) {
        let open = Array("<svg".utf8)
        var i = 0
        while i + open.count <= svg.count, !svg[i..<(i + open.count)].elementsEqual(open) { i += 1 }
        bytes += svg[min(i, svg.count)...]
    }
}

/// Percent-encoding for a query value or path segment: unreserved characters stay, the rest are `%XX`.
func percentEncoded(_ s: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in s.utf8 {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            out.append(b)
        default:
            out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Markdown's link wrappers and backslash escapes (`[74/177](#)`, `2396 \(2017\)`) taken out of a text as
/// readers see it, with byte ranges inside it moved along (the recognizer reads through them the same way).
func withoutMarkdown(_ text: String, _ ranges: [Range<Int>]) -> (text: String, ranges: [Range<Int>]) {
    let s = Array(text.utf8)
    guard s.contains(UInt8(ascii: "[")) || s.contains(UInt8(ascii: "\\")) else { return (text, ranges) }
    var out: [UInt8] = []
    var map = [Int](repeating: 0, count: s.count + 1)   // input offset -> output offset
    var i = 0
    func escapable(_ c: UInt8) -> Bool { "()[]*_.$#-\\".utf8.contains(c) }
    while i < s.count {
        map[i] = out.count
        if s[i] == UInt8(ascii: "\\"), i + 1 < s.count, escapable(s[i + 1]) {
            i += 1; map[i] = out.count; out.append(s[i]); i += 1; continue
        }
        if s[i] == UInt8(ascii: "["), let close = s[(i + 1)...].prefix(300).firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == 0x0A || $0 == UInt8(ascii: "[") }),
           s[close] == UInt8(ascii: "]"), close + 1 < s.count, s[close + 1] == UInt8(ascii: "("),
           let end = s[(close + 2)...].prefix(300).firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == 0x20 || $0 == 0x0A }), s[end] == UInt8(ascii: ")") {
            var j = i + 1
            while j < close {
                map[j] = out.count
                if s[j] == UInt8(ascii: "\\"), j + 1 < close, escapable(s[j + 1]) { j += 1; map[j] = out.count }
                out.append(s[j]); j += 1
            }
            for k in close...end { map[k] = out.count }
            i = end + 1
            continue
        }
        out.append(s[i]); i += 1
    }
    map[s.count] = out.count
    let moved = ranges.map { r in map[min(r.lowerBound, s.count)]..<max(map[min(r.lowerBound, s.count)], map[min(r.upperBound, s.count)]) }
    return (String(decoding: out, as: UTF8.self), moved)
}
