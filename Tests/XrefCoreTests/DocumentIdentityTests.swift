import Foundation
import Testing
@testable import XrefCore

@Suite struct DocumentIdentityTests {
    @Test(arguments: [
        ("A_RES_74_177-EN.pdf", "A/RES/74/177"), ("S_RES_0242_1967_EN_GOLD.txt", "S/RES/242 (1967)"),
        ("A_81_6 (SECT. 10).docx", "A/81/6 (Sect. 10)"), ("A_80_604_Add.1.docx", "A/80/604/Add.1"),
        ("docs/E_2019_28.pdf", "E/2019/28"),
    ])
    func fileNamesName(_ name: String, _ symbol: String) {
        #expect(DocumentIdentity.symbols(inFileName: name) == [symbol])
    }

    @Test(arguments: [("A_RES_75_242 B-2108986E.txt", "B"), ("75_245B_E.txt", "B"), ("75_251_B_E.txt", "B"),
                      ("A_RES_78_1.txt", nil), ("A_80_590.txt", nil), ("A_RES_75_251 C_E.txt", "C")])
    func fileNamesCarryParts(_ name: String, _ part: String?) {
        #expect(DocumentIdentity.part(inFileName: name) == part)
    }

    /// Running headers repeat a resolution's own symbol on every page: none of it is a citation.
    @Test(.enabled(if: Corpus.available)) func resolutionsDoNotCiteThemselves() throws {
        let files = Corpus.files("text/ga-resolutions").prefix(40)
        #expect(files.count == 40)
        for f in files {
            let a = try Corpus.analyze(f)
            let own = try #require(DocumentIdentity.symbols(inFileName: f.lastPathComponent).first, "\(f.lastPathComponent)")
            // A lettered resolution may cite its sister parts (75/245 B citing 75/245 A): those carry a part.
            #expect(!a.citations.contains { $0.symbol == own && $0.parts.isEmpty }, "\(f.lastPathComponent)")
        }
    }

    @Test func ordinaryFileNamesNameNothing() {
        #expect(DocumentIdentity.symbols(inFileName: "seeds/000_0d3a60e5d9e57139.txt").isEmpty)
        #expect(DocumentIdentity.symbols(inFileName: "75_100_E.txt").isEmpty)
    }

    @Test func mastheadAndHeaders() {
        let report = "United Nations\nA/75/127\n\nGeneral Assembly\nDistr.: General\n\nThe Council recalled ..."
        let r = DocumentIdentity.identify(Array(report.utf8), path: "x.txt")
        #expect(r.ownSymbols == ["A/75/127"] && r.organ == .ga)
        let resolution = "Resolution adopted by the General Assembly on 16 April 2021\n\n75/245. United Nations common system B1\n\nThe General Assembly,\n"
        let g = DocumentIdentity.identify(Array(resolution.utf8), path: "x.txt")
        #expect(g.ownSymbols == ["A/RES/75/245"] && g.ownParts == ["B"])
        let sc = DocumentIdentity.identify(Array("Resolution 295 (1971)\nof 3 August 1971\n\nThe Security Council,\n".utf8), path: "x.txt")
        #expect(sc.ownSymbols == ["S/RES/295 (1971)"] && sc.organ == .sc)
        let double = DocumentIdentity.identify(Array("E/2019/28-E/CN.7/2019/13\n\nCommission on Narcotic Drugs\n".utf8), path: "x.txt")
        #expect(double.ownSymbols == ["E/2019/28", "E/CN.7/2019/13"])
    }

    /// Issue "mandate graph": documents whose own symbol is found, on the 151 GA resolutions from PDFs.
    @Test(.enabled(if: Corpus.available)) func gaResolutionsKnowThemselves() throws {
        let files = Corpus.files("text/ga-resolutions")
        var known = 0
        for f in files {
            let own = DocumentIdentity.identify(Array(try Data(contentsOf: f)), path: f.path).ownSymbols
            if let s = own.first, s == DocumentIdentity.symbols(inFileName: f.lastPathComponent).first { known += 1 }
        }
        #expect(files.count > 100)
        #expect(Double(known) / Double(files.count) >= 0.98, "\(known)/\(files.count)")
    }
}

/// Title and date from a document's first lines: the heading lines of A/RES/77/150 in its six editions, an
/// SC resolution and a report (as `akn-text`, `akn-intl-text` and the seed print them).
@Suite struct DocumentHeadingTests {
    @Test(arguments: [
        ("Resolution adopted by the General Assembly on 14 December 2022\n\n77/150. Information and communications technologies for sustainable development\n",
         "Information and communications technologies for sustainable development"),
        ("Résolution adoptée par l’Assemblée générale le 14 décembre 2022\n\n77/150. Les technologies de l’information et des communications au service du développement durable\n",
         "Les technologies de l’information et des communications au service du développement durable"),
        ("Resolución aprobada por la Asamblea General el 14 de diciembre de 2022\n\n77/150. Las tecnologías de la información y las comunicaciones para el desarrollo sostenible\n",
         "Las tecnologías de la información y las comunicaciones para el desarrollo sostenible"),
        ("Резолюция, принятая Генеральной Ассамблеей 14 декабря 2022 года\n\n77/150. Использование информационно-коммуникационных технологий в целях устойчивого развития\n",
         "Использование информационно-коммуникационных технологий в целях устойчивого развития"),
        ("2022年12月14日大会决议\n\n77/150. 信息和通信技术促进可持续发展\n", "信息和通信技术促进可持续发展"),
        ("قرار اتخذته الجمعية العامة في 14 كانون الأول/ديسمبر 2022\n\n77/150 تسخير تكنولوجيات المعلومات والاتصالات لأغراض التنمية المستدامة\n",
         "تسخير تكنولوجيات المعلومات والاتصالات لأغراض التنمية المستدامة"),
    ])
    func resolutionHeadingsInEveryLanguage(_ heading: String, _ title: String) {
        let read = DocumentHeading.read(Array(heading.utf8), ownSymbol: "A/RES/77/150")
        #expect(read.date == "2022-12-14", "\(heading.prefix(40))")
        #expect(read.title == title)
    }

    @Test func securityCouncilAndReports() {
        let sc = DocumentHeading.read(Array("Resolution 2504 (2020)\n\nAdopted by the Security Council at its 8700th meeting, on 10 January 2020\n\nThe Security Council,\n".utf8),
                                      ownSymbol: "S/RES/2504 (2020)")
        #expect(sc.date == "2020-01-10" && sc.title == nil)
        let report = DocumentHeading.read(Array("\n\nGeneral Assembly\n\nDistr.: General\n23 June 2020\n\nOriginal: English\n\nSeventy-fifth session\n".utf8), ownSymbol: nil)
        #expect(report.date == "2020-06-23" && report.title == nil)
        // Numbers that are not dates: a meeting number, a paragraph "1." before a month name that is a word.
        #expect(DocumentHeading.date(in: "at its 8700th meeting") == nil)
        #expect(DocumentHeading.date(in: "1. May the Assembly decide") == nil)
    }
}
