import Foundation
import Testing
import XrefCore
@testable import XrefInput

/// Footnote marks the markup knows stay in the text as printed ("70/12" where a note mark 2 follows
/// 70/1), are recorded in `SourceText.marks`, and the recognizer reads across them.
@Suite struct FootnoteMarkTests {
    private static let wordNS = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// The same sentence in every format that marks footnotes: the mark `2` glued to `70/1`, then `19/1`
    /// glued after a comma to the mark `4`, as UN editors' files print them.
    private static let formats = ["akn", "docx", "html", "xml"]

    private static func write(_ format: String, in dir: TempDir) throws -> String {
        switch format {
        case "akn": return dir.file("r.xml", """
            <akomaNtoso><statement><mainBody><paragraph><num>1.</num><content><p>Recalls General Assembly resolution 70/1<authorialNote marker="2"><p>Ibid.</p></authorialNote> of 25 September 2015 and Human Rights Council resolutions 16/18 of 24 March 2011,<authorialNote marker="4"><p>Ibid.</p></authorialNote>19/1 of 1 March 2012;</p></content></paragraph></mainBody></statement></akomaNtoso>
            """)
        case "docx": return try makeDocx(in: dir, parts: ["word/document.xml": """
            <?xml version="1.0" encoding="UTF-8"?><w:document \(wordNS)><w:body><w:p><w:r><w:t xml:space="preserve">1. Recalls General Assembly resolution 70/1</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t xml:space="preserve"> of 25 September 2015 and Human Rights Council resolutions 16/18 of 24 March 2011,</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>4</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="baseline"/></w:rPr><w:t>19/1 of 1 March 2012;</w:t></w:r></w:p></w:body></w:document>
            """])
        case "html": return dir.file("r.html", """
            <html><body><p>1. Recalls General Assembly resolution 70/1<sup>2</sup> of 25 September 2015 and Human Rights Council resolutions 16/18 of 24 March 2011,<sup><a href="#fn4">4</a></sup>19/1 of 1 March 2012;</p></body></html>
            """)
        default: return dir.file("g.xml", """
            <doc><p>1. Recalls General Assembly resolution 70/1<sup>2</sup> of 25 September 2015 and Human Rights Council resolutions 16/18 of 24 March 2011,<noteRef>4</noteRef>19/1 of 1 March 2012;</p></doc>
            """)
        }
    }

    @Test(arguments: formats)
    func marksStayInTheTextAndTheRecognizerReadsAcrossThem(format: String) throws {
        let dir = TempDir(); defer { dir.remove() }
        let t = try Reader.read(path: try Self.write(format, in: dir))
        // The text is as printed: the marks glued where the editors put them.
        #expect(t.string.contains("resolution 70/12 of 25 September 2015"))
        #expect(t.string.contains("2011,419/1 of 1 March 2012"))
        #expect(t.marks.map { String(decoding: t.bytes[$0], as: UTF8.self) } == ["2", "4"])
        let keys = Pipeline.analyze(t).citations.map(\.symbol)
        #expect(keys == ["A/RES/70/1", "A/HRC/RES/16/18", "A/HRC/RES/19/1"])
    }

    /// Without its marks the same text reads the glued numbers as part of the citation: the test above
    /// fails if a reader stops recording them.
    @Test func withoutMarksTheGluedNumberIsMisread() throws {
        let dir = TempDir(); defer { dir.remove() }
        var t = try Reader.read(path: try Self.write("html", in: dir))
        t.marks = []
        #expect(Pipeline.analyze(t).citations.map(\.symbol).first == "A/RES/70/12")
    }

    /// Every authorialNote marker of the Akoma Ntoso corpus is a recorded mark, and the text is still the
    /// corpus rendering byte for byte.
    @Test(.enabled(if: Corpus.available)) func aknCorpusMarkersAreMarks() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.path("akn")).filter { $0.hasSuffix(".xml") }.sorted()
        var checked = 0
        for name in names.prefix(200) {
            let xml = Corpus.text("akn/" + name)
            let t = try Reader.read(path: Corpus.path("akn/" + name))
            let markers = xml.components(separatedBy: "<authorialNote marker=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let marks = t.marks.map { String(decoding: t.bytes[$0], as: UTF8.self) }
            #expect(marks.filter { markers.contains($0) }.count >= markers.filter { !$0.isEmpty }.count, "\(name)")
            #expect(t.string == Corpus.text("akn-text/" + name.replacingOccurrences(of: ".xml", with: ".txt")), "\(name)")
            checked += 1
        }
        #expect(checked == min(200, names.count))
    }

    /// A/RES/79/183 cites Human Rights Council resolution S-35/1 with note 6 glued to it; the editors link
    /// S-35/1.
    @Test(.enabled(if: Corpus.available)) func aknSpecialSessionResolutionWithGluedNote() throws {
        let t = try Reader.read(path: Corpus.path("akn/A_RES_79_183-2424225E.xml"))
        let keys = Pipeline.analyze(t).citations.map(\.symbol)
        #expect(keys.contains("A/HRC/RES/S-35/1"))
        #expect(!keys.contains("A/HRC/RES/S-35/16"))
    }
}
