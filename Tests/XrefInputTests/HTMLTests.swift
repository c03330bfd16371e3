import Testing
@testable import XrefInput

@Suite struct HTMLTests {
    @Test func visibleTextBlocksRowsAndLinks() throws {
        let dir = TempDir(); defer { dir.remove() }
        let html = """
        <!DOCTYPE html><html><head><title>Ignored</title><style>p{}</style><script>var a = "A/RES/1/1";</script></head>
        <body><h1>Outcomes</h1><p>The Council, in <a href="https://undocs.org/en/S/RES/2451(2018)">resolution 2451&nbsp;(2018)</a>, <b>decided</b>.</p>
        <table><tr><th>Record</th><th>Outcome</th></tr><tr><td><a href="https://undocs.org/en/S/PV.8439">S/PV.8439</a></td><td>S/RES/2451 (2018)<br>15-0-0</td></tr></table>
        <ul><li>one</li><li>two <a href="https://example.org/x">elsewhere</a></li></ul></body></html>
        """
        let t = try Reader.read(path: dir.file("t.html", html))
        #expect(t.paragraphs == ["Outcomes", "The Council, in resolution 2451\u{A0}(2018), decided.", "Record | Outcome",
                                 "S/PV.8439 | S/RES/2451 (2018) 15-0-0", "one", "two elsewhere\n"])
        #expect(t.links.map { t.text(of: $0) } == ["resolution 2451\u{A0}(2018)", "S/PV.8439"])
    }

    @Test(.enabled(if: Corpus.available)) func libraryTableKeepsEverySymbolLink() throws {
        let path = Corpus.path("html/scact2018_table_en.html")
        let t = try Reader.read(path: path)
        let raw = Corpus.text("html/scact2018_table_en.html")
        let hrefs = raw.components(separatedBy: "href=\"https://undocs.org/").count - 1
        #expect(hrefs > 300)
        #expect(t.links.count == hrefs)
        // The span of each link is its anchor text: a symbol, or the word "Communiqué" for private meetings.
        #expect(t.links.allSatisfy { t.text(of: $0).hasPrefix("S/") || t.text(of: $0) == "Communiqué" })
        #expect(t.links.filter { t.text(of: $0).hasPrefix("S/RES/") }.allSatisfy { $0.target.contains("/S/RES/") })
        #expect(t.paragraphs.contains("S/PV.8439 | 21 December | SC/13643 | The situation in the Middle East | S/RES/2451 (2018) 15-0-0"))
        #expect(!t.string.hasPrefix("ï»¿"))
    }
}
