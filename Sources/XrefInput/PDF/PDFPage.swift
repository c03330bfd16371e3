import CPoppler

/// One text line of a PDF page as poppler sees it, with the geometry needed to rebuild paragraphs.
package struct PDFLine: Sendable {
    /// UTF-8 text of the line, spaces inserted where glyphs are visibly apart.
    package var text: [UInt8]
    package var x0: Double, x1: Double, top: Double, bottom: Double
    /// Dominant font size of the line (by character count).
    package var fontSize: Double
    /// Byte ranges of characters set clearly smaller and raised (footnote marks).
    package var superscripts: [Range<Int>]
    /// Where the text after the last wide gap (tab stop, table cell) starts; nil without one.
    package var afterTabX: Double?
    /// Where the text starts after a printed number and a space (`2. Report ...`); nil otherwise.
    package var afterLabelX: Double?
    /// Hyperlinks over the line's glyphs, as byte ranges in `text`.
    package var links: [PDFLink] = []
    package var height: Double { bottom - top }
}

/// The lines of one page, in poppler's reading order.
package struct PDFPageText: Sendable {
    package var width: Double, height: Double
    package var lines: [PDFLine]
}

/// A hyperlink target over a byte range of some text.
package struct PDFLink: Sendable, Equatable {
    package var range: Range<Int>
    package var target: String
}
