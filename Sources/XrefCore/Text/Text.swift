/// Normalization (DESIGN §2 step 2): the text the recognizer sees, with a map back to input byte offsets.
///
/// Folds what word processors and Markdown put between the characters of a citation: no-break and thin
/// spaces, non-breaking and other hyphens, soft hyphens and zero-width characters, superscript footnote
/// digits, Markdown escapes and `[text](url)` link wrappers. Everything else is copied byte for byte.
public struct NormalizedText: Sendable {
    public private(set) var bytes: [UInt8]
    /// Points where the offset map changes: normalized offset `at` corresponds to input offset `origin`;
    /// between two points the map is the identity plus a constant.
    private var shifts: [(at: Int, origin: Int)]
    private let inputCount: Int

    /// `marks`: ascending byte ranges of footnote marks (`SourceText.marks`); each reads as one space.
    public init(_ input: [UInt8], marks: [Range<Int>] = []) {
        inputCount = input.count
        bytes = []
        bytes.reserveCapacity(input.count)
        shifts = [(0, 0)]
        input.withUnsafeBufferPointer { normalize($0, marks: marks) }
    }

    /// The input byte offset of normalized offset `i` (`bytes.count` maps to the input length).
    public func origin(_ i: Int) -> Int {
        if i >= bytes.count { return inputCount }
        var lo = 0, hi = shifts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if shifts[mid].at <= i { lo = mid } else { hi = mid - 1 }
        }
        return shifts[lo].origin + (i - shifts[lo].at)
    }

    private mutating func mark(_ inputOffset: Int) {
        let at = bytes.count
        if shifts.last!.origin + (at - shifts.last!.at) == inputOffset { return }
        if shifts.last!.at == at { shifts[shifts.count - 1].origin = inputOffset } else { shifts.append((at, inputOffset)) }
    }

    private mutating func normalize(_ s: UnsafeBufferPointer<UInt8>, marks: [Range<Int>]) {
        var i = 0
        let n = s.count
        var nextMark = 0
        while i < n {
            // A footnote mark the reader set apart is a word break, whatever it is glued to.
            var limit = n
            while nextMark < marks.count, marks[nextMark].upperBound <= i { nextMark += 1 }
            if nextMark < marks.count {
                let m = marks[nextMark]
                if m.lowerBound <= i {
                    bytes.append(0x20); i = min(n, m.upperBound); mark(i); nextMark += 1; continue
                }
                limit = m.lowerBound
            }
            // Most text needs nothing: copy runs in one go. Only a backslash, an opening bracket and the
            // first bytes of what `fold` changes (C2, E2, EF) stop a run: Cyrillic, Arabic or accented
            // letters are copied as they are.
            var j = i
            if let base = s.baseAddress {
                // Eight bytes at a time while none is one of those.
                while j + 8 <= limit {
                    let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                    if Self.hasByte(w, 0x5C) || Self.hasByte(w, 0x5B) { break }
                    if w & 0x8080_8080_8080_8080 != 0, Self.hasByte(w, 0xC2) || Self.hasByte(w, 0xE2) || Self.hasByte(w, 0xEF) { break }
                    j += 8
                }
            }
            while j < limit, !Self.stopsRun(s[j]) { j += 1 }
            if j > i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<j])); i = j; continue }
            let b = s[i]
            if b < 0x80 {
                if b == UInt8(ascii: "\\"), i + 1 < n, MarkdownText.escapable(s[i + 1]) {
                    i += 1; mark(i); continue
                }
                if b == UInt8(ascii: "["), let (inner, after) = MarkdownText.link(s, i) {
                    // Keep the link text, drop the brackets and the target.
                    mark(inner.lowerBound)
                    var j = inner.lowerBound
                    while j < inner.upperBound {
                        if s[j] == UInt8(ascii: "\\"), j + 1 < inner.upperBound, MarkdownText.escapable(s[j + 1]) {
                            j += 1; mark(j)
                        }
                        bytes.append(s[j]); j += 1
                    }
                    i = after; mark(i); continue
                }
                bytes.append(b); i += 1; continue
            }
            let (fold, width) = Self.fold(s, i)
            switch fold {
            case .keep: bytes.append(b); i += 1
            case .drop: i += width; mark(i)
            case .replace(let r): bytes.append(r); i += width; mark(i)
            }
        }
    }

    private enum Fold { case keep, drop, replace(UInt8) }

    /// The bytes a run of copied text stops at: Markdown's escape and link, and the lead bytes `fold` reads.
    @inline(__always)
    private static func stopsRun(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\\") || b == UInt8(ascii: "[") || b == 0xC2 || b == 0xE2 || b == 0xEF
    }

    @inline(__always)
    private static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        let v = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
        return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
    }

    /// What to do with the multi-byte UTF-8 sequence at `i`, and its width.
    @inline(__always)
    private static func fold(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Fold, Int) {
        let b = s[i], n = s.count
        if b == 0xC2, i + 1 < n {
            switch s[i + 1] {
            case 0xA0: return (.replace(0x20), 2)          // NBSP
            case 0xAD: return (.drop, 2)                          // soft hyphen
            case 0xB2, 0xB3, 0xB9: return (.replace(0x20), 2)  // superscript 2, 3, 1
            default: return (.keep, 1)
            }
        }
        if b == 0xE2, i + 2 < n {
            let c = s[i + 1], d = s[i + 2]
            if c == 0x80 {
                switch d {
                case 0x80...0x8A, 0xAF: return (.replace(0x20), 3)    // en quad ... hair space, narrow NBSP
                case 0x8B...0x8D: return (.drop, 3)                             // zero-width space, ZWNJ, ZWJ
                case 0x90...0x95: return (.replace(0x2D), 3)            // hyphens and dashes
                default: return (.keep, 1)
                }
            }
            if c == 0x81 {
                if d == 0xA0 { return (.drop, 3) }                              // word joiner
                if d == 0xB0 || (0xB4...0xB9).contains(d) { return (.replace(0x20), 3) }  // superscript digits
            }
            if c == 0x88, d == 0x92 { return (.replace(0x2D), 3) }       // minus sign
        }
        if b == 0xEF, i + 2 < n, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return (.drop, 3) }  // BOM
        return (.keep, 1)
    }
}
