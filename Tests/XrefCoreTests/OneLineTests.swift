import Testing
@testable import XrefCore

/// `oneLine` must give exactly what splitting by Character gave: the mandate clauses' evidence (and so
/// `xref mandates` and the graph's mandate nodes) is made with it.
@Suite struct OneLineTests {
    static let cases = [
        "  requests the Secretary-General\n to report \t thereon  ",
        "the \u{201C}Decade\u{201D} \u{2014} 2021\u{00A0}2030\r\nand beyond",
        "a \u{0301}combining mark after a space",       // one grapheme: the space and its mark
        "an Arabic number sign\u{0600} before a space",  // Prepend: the sign and the space are one grapheme
        "zero\u{200B}width and\u{2003}em\u{3000}spaces",
        "é\u{00A0}\u{00A0}è",
        "",
        " \n\t ",
        "vertical\u{0B}tab, form\u{0C}feed\r\nand\u{1F}unit separator ",  // ASCII only: the byte path
    ]

    @Test(arguments: cases) func sameAsSplittingByCharacter(_ text: String) {
        let bytes = Array(text.utf8)
        let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        bytes.withUnsafeBufferPointer { t in #expect(t.oneLine(0..<t.count) == expected) }
    }

    @Test func seedParagraphsAsBefore() throws {
        let text = ByteLanesTests.text
        text.withUnsafeBufferPointer { t in
            var start = 0
            for end in stride(from: 400, through: t.count, by: 400) {
                let expected = t.string(start..<end).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                #expect(t.oneLine(start..<end) == expected)
                start = end
            }
        }
    }
}
