/// Markdown's link wrappers and backslash escapes (`[74/177](#)`, `2396 \(2017\)`), as one set of rules for
/// everything that reads past them: the recognizer's normalization (`NormalizedText`) and the pages that show
/// a paragraph as a reader sees it (`xref serve`), so that a citation marked on a page is where the
/// recognizer found it.
public enum MarkdownText {
    /// A character a backslash may escape.
    @inline(__always)
    static func escapable(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "-"),
             UInt8(ascii: "\\"): true
        default: false
        }
    }

    /// `[text](target)` on one line at `open`: the range of `text` and the offset after `)`. At most 300 bytes
    /// are looked at, so a page of brackets costs linear time.
    static func link(_ s: UnsafeBufferPointer<UInt8>, _ open: Int) -> (text: Range<Int>, after: Int)? {
        var j = open + 1
        let limit = min(s.count, open + 300)
        while j < limit, s[j] != UInt8(ascii: "]") {
            if s[j] == 0x0A || s[j] == UInt8(ascii: "[") { return nil }
            if s[j] == UInt8(ascii: "\\") { j += 1 }
            j += 1
        }
        guard j + 1 < limit, s[j] == UInt8(ascii: "]"), s[j + 1] == UInt8(ascii: "(") else { return nil }
        let close = j
        var k = j + 2
        while k < limit, s[k] != UInt8(ascii: ")") {
            if s[k] == 0x0A || s[k] == UInt8(ascii: " ") { return nil }
            k += 1
        }
        guard k < limit else { return nil }
        return (open + 1 ..< close, k + 1)
    }

    /// `text` without link wrappers and escapes, and `ranges` (byte ranges into `text`) moved along with it.
    public static func unwrapped(_ text: String, ranges: [Range<Int>]) -> (text: String, ranges: [Range<Int>]) {
        let s = Array(text.utf8)
        guard s.contains(UInt8(ascii: "[")) || s.contains(UInt8(ascii: "\\")) else { return (text, ranges) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var map = [Int](repeating: 0, count: s.count + 1)   // input offset -> output offset
        s.withUnsafeBufferPointer { s in
            var i = 0
            while i < s.count {
                map[i] = out.count
                if s[i] == UInt8(ascii: "\\"), i + 1 < s.count, escapable(s[i + 1]) {
                    i += 1; map[i] = out.count; out.append(s[i]); i += 1; continue
                }
                if s[i] == UInt8(ascii: "["), let (inner, after) = link(s, i) {
                    var j = inner.lowerBound
                    while j < inner.upperBound {
                        map[j] = out.count
                        if s[j] == UInt8(ascii: "\\"), j + 1 < inner.upperBound, escapable(s[j + 1]) { j += 1; map[j] = out.count }
                        out.append(s[j]); j += 1
                    }
                    for k in inner.upperBound..<after { map[k] = out.count }
                    i = after
                    continue
                }
                out.append(s[i]); i += 1
            }
        }
        map[s.count] = out.count
        let moved = ranges.map { r in
            let lower = map[min(r.lowerBound, s.count)]
            return lower..<max(lower, map[min(r.upperBound, s.count)])
        }
        return (String(decoding: out, as: UTF8.self), moved)
    }
}
