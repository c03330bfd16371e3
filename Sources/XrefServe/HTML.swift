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

