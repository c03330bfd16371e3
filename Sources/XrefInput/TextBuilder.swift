import XrefCore

/// A run of finished text with the hyperlinks and footnote marks inside it, ranges relative to `bytes`.
/// Readers build table rows and footnote bodies out of pieces; joining them shifts the ranges.
struct TextPiece {
    var bytes: [UInt8] = []
    var links: [SourceLink] = []
    var marks: [Range<Int>] = []

    /// Appends `other` after `separator`, its ranges moved along.
    mutating func append(_ other: TextPiece, separator: [UInt8] = []) {
        if !bytes.isEmpty { bytes += separator }
        let base = bytes.count
        bytes += other.bytes
        links += other.links.map { SourceLink(range: ($0.range.lowerBound + base)..<($0.range.upperBound + base), target: $0.target) }
        marks += other.marks.map { ($0.lowerBound + base)..<($0.upperBound + base) }
    }

    /// The pieces in order, `separator` between them (" | " between table cells).
    static func joined(_ pieces: [TextPiece], separator: [UInt8]) -> TextPiece {
        var out = TextPiece()
        for p in pieces where !p.bytes.isEmpty { out.append(p, separator: separator) }
        return out
    }
}

/// Assembles reader output in the shape the segmenter is tuned on: paragraphs separated by one blank line,
/// a final newline, and hyperlinks and footnote marks as byte ranges into the finished text.
///
/// Two whitespace policies: `.keep` (DOCX: text exactly as the runs carry it, blank paragraphs dropped) and
/// `.collapse` (markup: runs of ASCII whitespace become one space, ends trimmed — the AKN text renderings).
struct TextBuilder {
    enum Whitespace { case keep, collapse }

    private var out = TextPiece()
    let whitespace: Whitespace

    // The paragraph being built.
    private(set) var para: [UInt8] = []
    private var paraLinks: [(start: Int, end: Int, target: String)] = []
    private var paraMarks: [Range<Int>] = []
    private var pendingSpace = false
    private var openLink: (start: Int?, target: String)? = nil

    init(whitespace: Whitespace) { self.whitespace = whitespace }

    var paragraphIsEmpty: Bool { para.isEmpty }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch whitespace {
        case .keep:
            if openLink != nil && openLink!.start == nil { openLink!.start = para.count }
            para.append(contentsOf: bytes)
        case .collapse:
            for b in bytes {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    if !para.isEmpty { pendingSpace = true }
                } else {
                    if pendingSpace { para.append(0x20); pendingSpace = false }
                    if openLink != nil && openLink!.start == nil { openLink!.start = para.count }
                    para.append(b)
                }
            }
        }
    }

    mutating func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }
    mutating func append(byte: UInt8) { withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) } }

    /// Appends a footnote mark the markup set apart (`<authorialNote marker="4">`, a superscript run) and
    /// records where it stands, so the recognizer can read across it.
    mutating func appendMark(_ bytes: UnsafeBufferPointer<UInt8>) {
        // A space waiting in front is written before the mark's first byte and is not part of it.
        let before = para.count + (whitespace == .collapse && pendingSpace ? 1 : 0)
        append(bytes)
        if para.count > before { paraMarks.append(before..<para.count) }
    }

    mutating func appendMark(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { appendMark($0) } }

    /// A separator that must survive collapsing (AKN `eol`, date fields): behaves like whitespace.
    mutating func softSpace() {
        if whitespace == .collapse { if !para.isEmpty { pendingSpace = true } } else { append(byte: 0x20) }
    }

    /// Drops whitespace waiting to be written (AKN glues footnote markers to the preceding word).
    mutating func dropPendingSpace() {
        pendingSpace = false
        if whitespace == .keep { while let l = para.last, l == 0x20 || l == 0x09 || l == 0x0A { para.removeLast() } }
    }

    mutating func beginLink(_ target: String) {
        endLink()
        openLink = (whitespace == .keep ? para.count : nil, target)
    }

    mutating func endLink() {
        guard let l = openLink else { return }
        openLink = nil
        if let s = l.start, para.count > s { paraLinks.append((s, para.count, l.target)) }
    }

    /// Closes the paragraph; writes it unless blank. `prefix` (a printed number) goes in front, one space apart.
    mutating func endParagraph(prefix: [UInt8] = []) {
        let p = takeParagraph()
        if whitespace == .keep ? isBlank(p.bytes) : p.bytes.isEmpty { return }
        if !out.bytes.isEmpty { out.bytes += [0x0A, 0x0A] }
        if !prefix.isEmpty { out.bytes += prefix + [0x20] }
        out.append(p)
    }

    /// Writes a finished block as it is (table rows, footnotes).
    mutating func appendBlock(_ block: TextPiece) {
        if isBlank(block.bytes) { return }
        out.append(block, separator: [0x0A, 0x0A])
    }

    /// Takes the paragraph text, its links and marks out without writing it (table cells, footnote bodies).
    mutating func takeParagraph() -> TextPiece {
        endLinkKeepingOpen()
        pendingSpace = false
        let r = TextPiece(bytes: para, links: paraLinks.map { SourceLink(range: $0.start..<$0.end, target: $0.target) },
                          marks: paraMarks)
        para.removeAll(keepingCapacity: true); paraLinks.removeAll(); paraMarks.removeAll()
        return r
    }

    /// Puts a paragraph taken with `takeParagraph` back (Word text boxes nest paragraphs inside paragraphs).
    mutating func restoreParagraph(_ saved: TextPiece) {
        para = saved.bytes
        paraLinks = saved.links.map { ($0.range.lowerBound, $0.range.upperBound, $0.target) }
        paraMarks = saved.marks
    }

    /// A link still open at a paragraph end is cut there and continues in the next paragraph.
    private mutating func endLinkKeepingOpen() {
        guard let l = openLink else { return }
        endLink()
        openLink = (whitespace == .keep ? 0 : nil, l.target)
    }

    /// The finished text: a final newline after the last paragraph (as in the corpus renderings).
    mutating func finish() -> TextPiece {
        endParagraph()
        openLink = nil
        if let last = out.bytes.last, last != 0x0A { out.bytes.append(0x0A) }
        var r = out
        r.links = r.links.filter { UNLinks.isDocumentLink($0.target) }
        return r
    }
}

/// Blank as Python's str.isspace sees it: ASCII whitespace, NBSP, the U+2000 spaces, narrow NBSP, ideographic space.
func isBlank(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { isBlank($0) } }

func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
        let b = bytes[i]
        if b == 0x20 || (0x09...0x0D).contains(b) || (0x1C...0x1F).contains(b) { i += 1; continue }
        if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85 { i += 2; continue }
        if b == 0xE2, i + 2 < n {
            let c = bytes[i + 1], d = bytes[i + 2]
            if c == 0x80 && ((0x80...0x8A).contains(d) || d == 0xA8 || d == 0xA9 || d == 0xAF) { i += 3; continue }
            if c == 0x81 && d == 0x9F { i += 3; continue }
        }
        if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { i += 3; continue }
        if b == 0xE1, i + 2 < n, bytes[i + 1] == 0x9A, bytes[i + 2] == 0x80 { i += 3; continue }
        return false
    }
    return true
}
