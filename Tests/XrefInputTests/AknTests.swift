import Testing
@testable import XrefInput

@Suite struct AknTests {
    @Test func preambleOperativeNotesTablesAndSymbol() throws {
        let dir = TempDir(); defer { dir.remove() }
        let xml = """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
          <meta><identification><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2020-12-10/75-100/!main/"/></FRBRWork></identification>
            <presentation><docketNumber>20-16931 (E)</docketNumber></presentation></meta>
          <coverPage><p><docNumber refersTo="#symbol">A/RES/75/100</docNumber></p><p><docAuthority>General Assembly</docAuthority></p>
            <p><docTitle>Resolution adopted by the General Assembly on 10 December 2020</docTitle></p></coverPage>
          <preface><p>
            <docNumber>75/100.</docNumber>
            <docTitle>Comprehensive review</docTitle></p></preface>
          <preamble><formula><p xml:space="preserve">
            <span class="italic">The General Assembly</span>,</p></formula>
            <container><p xml:space="preserve">	<span>Recalling</span> its resolutions <a href="https://undocs.org/en/A/RES/67/123">67/123</a> and <a href="https://undocs.org/en/S/RES/2282(2016)">2282 (2016)</a>,
              <authorialNote marker="1"><p><a href="https://undocs.org/en/A/66/340">A/66/340</a>.</p></authorialNote> noting,</p></container></preamble>
          <mainBody><paragraph><num>	1.</num><content><p xml:space="preserve"><span>Takes note</span> of the report;</p></content></paragraph>
            <paragraph><num>2.</num><list><intro><p>Decides that:</p></intro>
              <point><num>(a)</num><content><p>The meeting</p></content></point></list></paragraph>
            <table><tr><th>Section</th><th></th><th>Amount</th></tr><tr><td>Part I</td><td> 419 788 600 </td></tr></table></mainBody>
          <conclusions><p><inline>41st plenary meeting</inline><eol/><docDate>10 December 2020</docDate></p></conclusions>
        </statement></akomaNtoso>
        """
        let t = try Reader.read(path: dir.file("75_100_E.xml", xml))
        #expect(t.paragraphs == [
            "Resolution adopted by the General Assembly on 10 December 2020", "75/100. Comprehensive review",
            "The General Assembly,", "Recalling its resolutions 67/123 and 2282 (2016),1 noting,",
            "1. Takes note of the report;", "2. Decides that:", "(a) The meeting", "Section | Amount", "Part I | 419 788 600",
            "41st plenary meeting 10 December 2020", "1 A/66/340.\n",
        ])
        #expect(t.links.map { t.text(of: $0) } == ["67/123", "2282 (2016)", "A/66/340"])
        #expect(t.declaredSymbols == ["A/RES/75/100"])
    }

    /// A footnote inside a table cell keeps its marker in the row and its body at the end; a number
    /// inside a cell stays in the cell.
    @Test func notesAndNumbersInsideCells() throws {
        let dir = TempDir(); defer { dir.remove() }
        let xml = """
        <akomaNtoso><statement><mainBody><table><tr><td><num>1.</num> Programme</td><td>1 200<authorialNote marker="a"><p>See <a href="https://undocs.org/A/80/6">A/80/6</a>.</p><p>Revised.</p></authorialNote></td></tr></table>
        <paragraph><num>2.</num><content><p>Text</p></content></paragraph></mainBody></statement></akomaNtoso>
        """
        let t = try Reader.read(path: dir.file("cells.xml", xml))
        #expect(t.paragraphs == ["1. Programme | 1 200a", "2. Text", "a See A/80/6. Revised.\n"])
        #expect(t.links.map { t.text(of: $0) } == ["A/80/6"])
    }

    @Test func genericXMLBlocksInlineAndBreaks() throws {
        let dir = TempDir(); defer { dir.remove() }
        let xml = "<doc><title>Final acts</title><sec><p>Line one<br/>line <i>two</i> cites <ref href=\"https://undocs.org/A/RES/73/1\">73/1</ref>.</p><p>Next</p></sec></doc>"
        let t = try Reader.read(path: dir.file("g.xml", xml))
        #expect(t.paragraphs == ["Final acts", "Line one line two cites 73/1.", "Next\n"])
        #expect(t.links.map { t.text(of: $0) } == ["73/1"])
    }

    @Test func symbolFromFRBRWhenTheCoverNamesNone() {
        #expect(AknText.symbol(fromFRBR: "/akn/un/statement/deliberation/unga/2020-12-10/75-100/!main/") == "A/RES/75/100")
        #expect(AknText.symbol(fromFRBR: "/akn/un/statement/deliberation/unga/2023-02-23/ES-11-6/!main/") == "A/RES/ES-11/6")
        #expect(AknText.symbol(fromFRBR: "/akn/un/statement/deliberation/unsc/2020-01-10/2504-2020/!main/") == "S/RES/2504 (2020)")
        #expect(AknText.symbol(fromFRBR: "/akn/un/statement/deliberation/unsc/2023-03-27/2023-212/!main/") == nil)
        #expect(AknText.symbol(fromFRBR: "/akn/un/statement/deliberation/itu-pp/2018-11-15/res-2/!main") == nil)
    }

    /// The reader reproduces the corpus renderings that the recognizer is tuned on.
    @Test(.enabled(if: Corpus.available), arguments: ["75_100_E", "S_RES_2504 (2020)-2000407E", "A_RES_79_252-2424692E", "75_245B_E"])
    func corpusResolutionMatchesItsTextRendering(_ name: String) throws {
        let t = try Reader.read(path: Corpus.path("akn/\(name).xml"))
        #expect(t.string == Corpus.text("akn-text/\(name).txt"))
        #expect(!t.declaredSymbols.isEmpty)
        #expect(t.links.allSatisfy { UNLinks.isDocumentLink($0.target) && !$0.range.isEmpty })
    }

    @Test(.enabled(if: Corpus.available)) func corpusSymbolsAndLinks() throws {
        let ga = try Reader.read(path: Corpus.path("akn/75_245B_E.xml"))
        #expect(ga.declaredSymbols == ["A/RES/75/245 B"])
        let sc = try Reader.read(path: Corpus.path("akn/S_RES_2504 (2020)-2000407E.xml"))
        #expect(sc.declaredSymbols == ["S/RES/2504 (2020)"])
        #expect(sc.links.contains { sc.text(of: $0) == "S/PRST/2015/15" && $0.target == "https://undocs.org/en/S/PRST/2015/15" })
    }

    @Test(.enabled(if: Corpus.available)) func otherXMLIsReadAsText() throws {
        let t = try Reader.read(path: Corpus.path("xml/res_2.xml"))
        #expect(t.paragraphs.first == "RESOLUTION 2 (REV. DUBAI, 2018)")
        #expect(t.string.contains("c) Resolution 77 (Rev. Dubai, 2018) of this conference;"))
    }
}
