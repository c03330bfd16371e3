import Foundation
import Testing
@testable import XrefInput

@Suite struct PDFTests {
    typealias I = MiniPDF.Item

    /// Three pages with a masthead, running headers, job numbers, page marks, a barcode, a paragraph broken
    /// by a page break, a line-end hyphen and a footnote with its raised mark.
    static let report: [[I]] = [
        [I(x: 480, y: 750, size: 10, text: "A/80/999"), I(x: 120, y: 735, size: 14, text: "United Nations"),
         I(x: 123, y: 650, size: 10, text: "1."), I(x: 147, y: 650, size: 10, text: "The first paragraph recalls General Assembly resolution 74/177"),
         I(x: 123, y: 638, size: 10, text: "of 18 December 2019 on the matter."), I(x: 289, y: 638, size: 6, text: "1", rise: 4),
         I(x: 123, y: 614, size: 10, text: "2."), I(x: 147, y: 614, size: 10, text: "The second paragraph runs to the foot of the page and then"),
         I(x: 123, y: 602, size: 10, text: "goes on, for the Secretary-General requested in his report"),
         I(x: 100, y: 110, size: 8, text: "__________________"),
         I(x: 117, y: 95, size: 5.5, text: "1", rise: 3), I(x: 123, y: 95, size: 8, text: "Resolution 74/177 of 18 December 2019."),
         I(x: 65, y: 40, size: 10, text: "26-01234 (E)"), I(x: 134, y: 40, size: 10, text: "160126"), I(x: 65, y: 26, size: 12, text: "*2601234*")],
        [I(x: 60, y: 740, size: 8.5, text: "A/80/999"),
         I(x: 123, y: 700, size: 10, text: "on the matter (A/79/100) that the work continue in 2026."),
         I(x: 123, y: 676, size: 10, text: "3."), I(x: 147, y: 676, size: 10, text: "The third paragraph names a self-"),
         I(x: 123, y: 664, size: 10, text: "sustainment rate and the document A/80/"),
         I(x: 123, y: 652, size: 10, text: "999/Add.1 in one line."),
         I(x: 60, y: 40, size: 8.5, text: "2/3"), I(x: 500, y: 40, size: 7, text: "26-01234")],
        [I(x: 480, y: 740, size: 8.5, text: "A/80/999"),
         I(x: 123, y: 700, size: 10, text: "4."), I(x: 147, y: 700, size: 10, text: "Resolution 74/177 is cited last."),
         I(x: 60, y: 40, size: 7, text: "26-01234"), I(x: 530, y: 40, size: 8.5, text: "3/3")],
    ]

    @Test func paragraphsFurnitureAndFootnotes() throws {
        let dir = TempDir(); defer { dir.remove() }
        // "Resolution " is 50 pt of 10-point Helvetica: the link covers "74/177" and a little more.
        let link = MiniPDF.Link(x1: 195, y1: 697, x2: 230, y2: 710, uri: "https://undocs.org/en/A/RES/74/177")
        let other = MiniPDF.Link(x1: 147, y1: 697, x2: 190, y2: 710, uri: "https://example.org/elsewhere")
        let t = try Reader.read(path: dir.file("r.pdf", MiniPDF.make(pages: Self.report, links: [2: [link, other]])))
        #expect(t.paragraphs.map(normalized) == [
            "A/80/999", "United Nations",
            "1. The first paragraph recalls General Assembly resolution 74/177 of 18 December 2019 on the matter.",
            "2. The second paragraph runs to the foot of the page and then goes on, for the Secretary-General requested in his report on the matter (A/79/100) that the work continue in 2026.",
            "3. The third paragraph names a self-sustainment rate and the document A/80/999/Add.1 in one line.",
            "4. Resolution 74/177 is cited last.",
            "1 Resolution 74/177 of 18 December 2019.",
        ])
        #expect(t.string.hasPrefix("A/80/999\n\nUnited Nations\n\n1.\tThe first"))   // number, tab, text
        // The masthead symbol that later pages repeat as running header is the document's own.
        #expect(t.declaredSymbols == ["A/80/999"])
        #expect(t.string.hasSuffix(".\n"))
        // The UN link lands on the words it covers; the link elsewhere is not evidence and is dropped.
        #expect(t.links.map { t.text(of: $0) } == ["74/177"])
        #expect(t.links.map(\.target) == ["https://undocs.org/en/A/RES/74/177"])
    }

    @Test func furniturePatterns() {
        for job in ["26-00248", "25-12345(E)", "GE.17-18648(E)", "26-01035*", "24-22530X", "N2512345"] {
            #expect(PDFFurniture.isJobNumber(Array(job.utf8)), "\(job)")
        }
        for not in ["74/177", "2018-2019", "A/80/590", "1-2", "26-0024", "2024-2025"] { #expect(!PDFFurniture.isJobNumber(Array(not.utf8)), "\(not)") }
        #expect(PDFFurniture.byPattern(Array("26-00248 (E)\t160126".utf8), edge: false))
        #expect(PDFFurniture.byPattern(Array("*2600248*".utf8), edge: false))
        #expect(PDFFurniture.byPattern(Array("3/27".utf8), edge: false))
        #expect(PDFFurniture.byPattern(Array("14".utf8), edge: true))
        #expect(!PDFFurniture.byPattern(Array("14".utf8), edge: false))
        #expect(!PDFFurniture.byPattern(Array("2022/23".utf8), edge: true))
        #expect(!PDFFurniture.byPattern(Array("See 26-00248".utf8), edge: true))
    }

    @Test func scannedAndDamagedPDFsAreErrors() throws {
        let dir = TempDir(); defer { dir.remove() }
        let scan = dir.file("scan.pdf", MiniPDF.make(pages: [[], []], drawing: "0.5 g 72 72 468 648 re f\n"))
        #expect(throws: ReadError(path: scan, reason: "no text layer (scanned PDF?)")) { try Reader.read(path: scan) }
        let good = MiniPDF.make(pages: Self.report)
        let cut = dir.file("cut.pdf", Array(good.prefix(40)))
        #expect(throws: ReadError.self) { try Reader.read(path: cut) }
        let junk = dir.file("junk.pdf", Array("%PDF-1.7\nthis is not a PDF at all\n".utf8))
        do { _ = try Reader.read(path: junk); Issue.record("junk read") }
        catch let e as ReadError { #expect(e.description.hasPrefix(junk + ": ")); #expect(!e.reason.contains("\n")) }
    }

    @Test(.enabled(if: Corpus.available)) func corpusReportReadsLikeItsWordEdition() throws {
        let t = try Reader.read(path: Corpus.path("pdf/A_80_590.pdf"))
        let text = t.string
        let norm = t.paragraphs.map(normalized)
        #expect(norm.contains("1. The proposed budget for the liquidation of the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) for the period from 1 July 2024 to 30 June 2025 was set out in the report of the Secretary-General dated 7 February 2024 (A/78/761) and amounted to $207,080,300 (gross) and $199,317,500 (net). It provided for the deployment of 190 military contingent personnel, 7 United Nations police officers, 140 formed police unit personnel, 229 international staff, 179 national staff and 14 United Nations Volunteers, as well as a provision for general temporary assistance positions for surge capacity."))
        // Broken by a page break between "Guard" and "Unit": one paragraph.
        #expect(norm.contains { $0.hasPrefix("9. In response to the overall deterioration") && $0.contains("capabilities of the Guard Unit and the security") })
        // Furniture: the job number, barcode, date stamp and page marks are gone; the symbol stays once, as masthead.
        for f in ["26-00248", "*2600248*", "160126", "2/27", "27/27"] { #expect(!text.contains(f), "\(f)") }
        #expect(text.components(separatedBy: "A/80/590").count - 1 == 1)
        #expect(text.hasPrefix("A/80/590\n\n"))
        #expect(t.declaredSymbols == ["A/80/590"])
        // The footnote comes last with its number; its mark is gone from the heading it was on.
        #expect(t.paragraphs.last.map(normalized)?.hasPrefix("1 Resource variance amounts are expressed in thousands") == true)
        #expect(norm.contains("IV. Analysis of variances"))
        // The PDF carries the editors' links too: the same words and targets as the Word file's.
        var gold: [String] = []
        for line in Corpus.text("annotations/docx_hyperlinks.tsv").split(separator: "\n") where line.hasPrefix("A_80_590.docx\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            gold.append("\(f[4]) \(f[6])")
        }
        #expect(gold.count == 15)
        #expect(t.links.map { "\(t.text(of: $0)) \($0.target)" }.sorted() == gold.sorted())
        let share = paragraphShare(reference: Corpus.text("docx-text/A_80_590.txt"), candidate: text)
        #expect(share.within > 0.95)
        #expect(share.exact > 0.85)
    }

    /// poppler objects are per document and per thread: reading in parallel gives the same text.
    @Test(.enabled(if: Corpus.available)) func parallelReadsAgree() async throws {
        let names = ["A_80_590", "A_80_604_Add.1", "S_RES_2768_(2025).en", "A_80_604_Add.3"]
        let serial = try names.map { try Reader.read(path: Corpus.path("pdf/\($0).pdf")).bytes }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (i, n) in (names + names).enumerated() {
                group.addTask { (i % names.count, try Reader.read(path: Corpus.path("pdf/\(n).pdf")).bytes) }
            }
            var out: [(Int, [UInt8])] = []
            for try await r in group { out.append(r) }
            return out
        }
        for (i, bytes) in parallel { #expect(bytes == serial[i]) }
    }
}
