import Testing
@testable import XrefInput

@Suite struct DetectTests {
    private func detect(_ path: String, _ s: String) -> InputFormat? { Reader.detect(path: path, head: Array(s.utf8)) }

    @Test func magicBeatsExtension() {
        #expect(detect("report.txt", "%PDF-1.7\n%âãÏÓ") == .pdf)
        #expect(Reader.detect(path: "x.bin", head: Array("PK\u{03}\u{04}".utf8) + Array("....word/document.xml".utf8)) == .docx)
        #expect(detect("res.txt", "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"x\">") == .xml)
        #expect(detect("page", "<!DOCTYPE html>\n<html><body>") == .html)
        #expect(detect("page.xml", "<html><body>") == .html)
        #expect(detect("notes.md", "<html><body>") == .html)
    }

    @Test func extensionDecidesTextKinds() {
        #expect(detect("a.md", "# A/RES/74/177") == .markdown)
        #expect(detect("a.txt", "A/RES/74/177") == .text)
        #expect(detect("a", "resolution 74/177") == .text)
        #expect(detect("table.html", "\r\n<link href=\"x.css\"/><table><tr><td>S/RES/1</td></tr></table>") == .html)
        #expect(detect("empty.txt", "") == .text)
        // Without their magic these are damaged files, and their readers say so.
        #expect(detect("broken.pdf", "") == .pdf)
        #expect(detect("broken.docx", "hello") == .docx)
    }

    @Test func binaryIsNotADocument() {
        #expect(Reader.detect(path: "img.png", head: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) == nil)
        #expect(Reader.detect(path: "a.txt", head: Array("abc".utf8) + [0] + Array("def".utf8)) == nil)
        // A ZIP that is not a Word document (a spreadsheet).
        #expect(Reader.detect(path: "book.xlsx", head: Array("PK\u{03}\u{04}".utf8) + Array("[Content_Types].xml xl/workbook.xml".utf8)) == nil)
    }

    @Test(.enabled(if: Corpus.available)) func corpusFilesAreRecognised() throws {
        let cases: [(String, InputFormat)] = [
            ("docx/A_80_590.docx", .docx), ("pdf/A_80_590.pdf", .pdf), ("akn/75_100_E.xml", .xml),
            ("html/scact2018_table_en.html", .html), ("docx-text/A_80_590.txt", .text),
            ("md/upr/cycle1_A_HRC_14_15_Working_Group_Report.md", .markdown),
        ]
        for (rel, format) in cases {
            let head = Array(try FileBytes.read(Corpus.path(rel)).prefix(4096))
            #expect(Reader.detect(path: Corpus.path(rel), head: head) == format, "\(rel)")
        }
    }
}

@Suite struct UNLinksTests {
    @Test func documentSystemLinksOnly() {
        for yes in ["https://undocs.org/en/A/RES/74/177", "http://undocs.org/S/RES/2042 (2012)", "https://docs.un.org/en/A/80/5(Vol.II)",
                    "https://documents.un.org/doc/undoc/gen/n19/430/04/pdf/n1943004.pdf", "https://documents-dds-ny.un.org/doc/UNDOC/GEN/N05/487/60/PDF/N0548760.pdf",
                    "https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/60/1", "HTTPS://UNDOCS.ORG/A/74/130"] {
            #expect(UNLinks.isDocumentLink(yes), "\(yes)")
        }
        for no in ["http://www.un.org/press/en/2018/sc13643.doc.htm", "https://www.ohchr.org/en/hr-bodies/upr", "#top",
                   "mailto:a@undocs.org", "https://undocs.org.evil.example/A/1", "word/document.xml", "http://metadata.un.org/sdg/3"] {
            #expect(!UNLinks.isDocumentLink(no), "\(no)")
        }
    }
}
