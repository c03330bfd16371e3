import Foundation
import Testing
@testable import XrefCore

/// One set of Markdown rules for the recognizer and the pages: what a page shows is what was read.
@Suite struct MarkdownTextTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_0d3a60e5d9e57139.txt")

    @Test func linksAndEscapesAreUnwrappedAndRangesMoveWithThem() {
        let text = #"Security Council resolution [2396 \(2017\)](#), and [74/177](#)."#
        let found = Array(text.utf8)
        let citation = Array("[2396 \\(2017\\)](#)".utf8)
        let start = found.firstRange(of: citation)!.lowerBound
        let (visible, ranges) = MarkdownText.unwrapped(text, ranges: [start..<(start + citation.count)])
        #expect(visible == "Security Council resolution 2396 (2017), and 74/177.")
        let shown = Array(visible.utf8)[ranges[0]]
        #expect(String(decoding: shown, as: UTF8.self) == "2396 (2017)")
    }

    @Test func brokenLinksStayAsWritten() {
        for text in ["[74/177] (#)", "[74/177\n](#)", "[a [b](#)", "[74/177](no spaces)", #"\q stays"#] {
            let expected = text.replacingOccurrences(of: "[b](#)", with: "b")
            #expect(MarkdownText.unwrapped(text, ranges: []).text == expected, "\(text)")
        }
    }

    /// On the seed's Markdown (links and escapes, and nothing else the normalizer folds), the page text is
    /// the recognizer's text byte for byte.
    @Test func pagesShowWhatTheRecognizerReads() throws {
        let lines = try String(contentsOf: Self.seed, encoding: .utf8).split(separator: "\n").map(String.init)
        let markdown = lines.filter { ($0.contains("](") || $0.contains("\\")) && $0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(markdown.count >= 10, "the seed's lines with links or escapes")
        for line in markdown {
            #expect(Array(MarkdownText.unwrapped(line, ranges: []).text.utf8) == NormalizedText(Array(line.utf8)).bytes, "\(line.prefix(60))")
        }
    }
}
