/// PDF through poppler-glib: lines with boxes, furniture removed, paragraphs rebuilt, footnotes last.
enum PDFReader {
    static func read(bytes: [UInt8]) throws -> (bytes: [UInt8], symbols: [String]) {
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
        for p in body + notes { out.appendBlock(p) }
        return (out.finish().bytes, symbols)
    }
}
