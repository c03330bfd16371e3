import XrefCore

/// PDF through poppler-glib: lines with boxes, furniture removed, paragraphs rebuilt, footnotes last.
enum PDFReader {
    static func read(bytes: [UInt8]) throws -> (bytes: [UInt8], links: [SourceLink], symbols: [String]) {
        let doc: PDFDocumentText
        do { doc = try PDFDocumentText(bytes: bytes) } catch let e as PDFOpenError { throw MarkupError(reason: e.message) }
        let n = doc.pageCount
        guard n > 0 else { throw MarkupError(reason: "PDF without pages") }
        var rows: [[PDFRow]] = []
        var sizes: [(w: Double, h: Double)] = []
        var visible = 0
        rows.reserveCapacity(n)
        for i in 0..<n {
            let page = doc.page(i)
            for l in page.lines { visible += l.text.count }
            rows.append(PDFRows.rows(page.lines))
            sizes.append((page.width, page.height))
        }
        // A scan without OCR has no text; a few stray characters per page are stamps, not a text layer.
        if visible < 16 * n { throw MarkupError(reason: "no text layer (scanned PDF?)") }
        let symbols = PDFFurniture.mark(&rows, sizes: sizes)
        let (body, notes) = PDFParagraphs.build(rows, widths: sizes.map(\.w))
        var out = TextBuilder(whitespace: .keep)
        for p in body + notes {
            out.appendBlock(TextPiece(bytes: p.bytes, links: p.links.map { SourceLink(range: $0.range, target: $0.target) }))
        }
        let r = out.finish()
        return (r.bytes, r.links.compactMap { trim($0, r.bytes) }, symbols)
    }

    /// Link areas in Word's PDFs reach over the punctuation beside the linked words: `(A/78/761)`,
    /// `2690 (2023),`. Keep the words, like the Word file's own link.
    static func trim(_ link: SourceLink, _ text: [UInt8]) -> SourceLink? {
        var lo = link.range.lowerBound, hi = link.range.upperBound
        func count(_ c: UInt8) -> Int { text[lo..<hi].filter { $0 == c }.count }
        while hi > lo, [0x2C, 0x2E, 0x3B, 0x3A, 0x20, 0x09].contains(text[hi - 1]) { hi -= 1 }
        while lo < hi, [0x20, 0x09].contains(text[lo]) { lo += 1 }
        if hi - lo >= 2, text[lo] == 0x28, count(0x28) > count(0x29) { lo += 1 }
        if hi - lo >= 2, text[lo] == 0x28, text[hi - 1] == 0x29, count(0x28) == 1, count(0x29) == 1 { lo += 1; hi -= 1 }
        if hi > lo, text[hi - 1] == 0x29, count(0x29) > count(0x28) { hi -= 1 }
        return hi > lo ? SourceLink(range: lo..<hi, target: link.target) : nil
    }
}
