import Foundation
import Testing
@testable import XrefCore
@testable import XrefInput

/// Issue 14's done-criterion: each other-language edition of a resolution in `akn-intl` cites the same
/// symbols as its English edition in `akn` (the pairs of `akn-intl/manifest.tsv`), read and analysed the
/// way `xref extract` does. `Tools/editions.py` prints the same figures and the differing pairs.
@Suite(.enabled(if: Corpus.available)) struct EditionsTests {
    /// Differences a person read and judged not the translation scanners' fault (editions whose texts
    /// differ, misprints, the English recognizer's misses, one edition naming what the other leaves out).
    static func judged() throws -> Set<[String]> {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tools/editions-judged.tsv")
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst()
        return Set(rows.map { Array($0.split(separator: "\t", omittingEmptySubsequences: false).prefix(4).map(String.init)) })
    }

    static func symbols(_ path: String) throws -> Set<String> {
        Set(Pipeline.analyze(try Reader.read(path: path)).citations.map(\.symbol))
    }

    /// Paragraph ids by symbol.
    static func paragraphs(_ path: String) throws -> [String: Set<String>] {
        Dictionary(Pipeline.analyze(try Reader.read(path: path)).citations.map { ($0.symbol, [$0.paragraph]) }, uniquingKeysWith: +)
            .mapValues(Set.init)
    }

    /// The editions segment like the English one: "L’Assemblée générale," and "大会，" open the preamble,
    /// "46e séance plénière" closes the resolution and footnotes follow, "11 - تطلب" is paragraph 11. Of
    /// the citations of a symbol both editions cite, the share whose paragraph id ("pp3", "12", "fn4") is
    /// one the English edition cites it from: 3-27 % before, 90-95 % now; 85 % leaves room for the
    /// editions' own footnote numbering and a few lines of other shapes.
    @Test func editionsGetTheEnglishParagraphIds() throws {
        let manifest = Corpus.text("akn-intl/manifest.tsv").split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        for language in ["fr", "es", "ru", "zh", "ar"] {
            var same = 0, total = 0
            for pair in manifest where pair[0] == language {
                let e = try Self.paragraphs(Corpus.path("akn/" + pair[2]))
                for (symbol, ids) in try Self.paragraphs(Corpus.path("akn-intl/\(language)/\(pair[1])")) {
                    guard let english = e[symbol] else { continue }
                    total += ids.count
                    same += ids.intersection(english).count
                }
            }
            #expect(same * 100 >= 85 * total, "\(language): \(same) of \(total) paragraph ids agree")
        }
    }

    @Test func translationsCiteWhatTheEnglishEditionCites() throws {
        let manifest = Corpus.text("akn-intl/manifest.tsv").split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let judged = try Self.judged()
        var english: [String: Set<String>] = [:]
        for language in ["fr", "es", "ru", "zh", "ar"] {
            let pairs = manifest.filter { $0[0] == language }
            #expect(pairs.count == 160)
            var equal = 0, net = 0
            for pair in pairs {
                let (file, englishFile) = (pair[1], pair[2])
                if english[englishFile] == nil { english[englishFile] = try Self.symbols(Corpus.path("akn/" + englishFile)) }
                let e = english[englishFile]!, o = try Self.symbols(Corpus.path("akn-intl/\(language)/\(file)"))
                if e == o { equal += 1; net += 1; continue }
                let differences = e.subtracting(o).map { [language, file, "-", $0] } + o.subtracting(e).map { [language, file, "+", $0] }
                if differences.allSatisfy(judged.contains) { net += 1 }
            }
            // Raw equality stays under ~92 %: 14-20 pairs a language differ for reasons the judged file
            // names (corrigenda only the English lists, misprints, the English side's misses). Before this
            // work the raw figures were 84-90 %; 85 % catches a scanner that loses whole kinds of citation.
            #expect(equal * 100 >= 85 * pairs.count, "\(language): \(equal) of \(pairs.count) editions cite the English edition's symbols")
            // The 95 %, on the differences that are the scanners' to fix.
            #expect(net * 100 >= 95 * pairs.count, "\(language): \(net) of \(pairs.count) net of judged differences")
        }
    }

    /// The language a container declares decides; the text decides when it declares none.
    @Test func declaredLanguagesAreRead() throws {
        let french = try Reader.read(path: Corpus.path("akn-intl/fr/S_RES_2661-2225815F.xml"))
        #expect(french.declaredLanguage == .fr)
        let analysis = Pipeline.analyze(french)
        #expect(analysis.context.language == .fr)
        // A two-paragraph resolution: "Décide de proroger la résolution 2607 (2021) jusqu’au 17 novembre 2022".
        #expect(analysis.citations.map(\.symbol) == ["S/RES/2607 (2021)"])
        for (file, language) in [("akn-intl/zh/A_RES_77_1-2223391C.xml", Language.zh), ("akn-intl/ar/A_RES_77_1-2223391A.xml", .ar),
                                 ("akn-intl/ru/A_RES_77_1-2223391R.xml", .ru), ("akn-intl/es/A_RES_77_1-2223391S.xml", .es),
                                 ("akn/A_RES_77_1-2223391E.xml", .en)] {
            #expect(try Reader.read(path: Corpus.path(file)).declaredLanguage == language, "\(file)")
        }
        // UN Word files declare their default language in the styles part ("en-US").
        #expect(try Reader.read(path: Corpus.path("docx/A_80_590.docx")).declaredLanguage == .en)
        // Plain text declares nothing.
        #expect(try Reader.read(path: Corpus.path("akn-intl-text/fr/S_RES_2661-2225815F.txt")).declaredLanguage == nil)
    }

    @Test func htmlDeclaresItsLanguage() throws {
        let dir = TempDir()
        defer { dir.remove() }
        // Spanish words too few to tell; the page says what it is.
        let page = dir.file("p.html", "<html lang=\"es-ES\"><body><p>Decide prorrogar la resolución 2607 (2021) hasta el 17 de noviembre de 2022.</p></body></html>")
        let source = try Reader.read(path: page)
        #expect(source.declaredLanguage == .es)
        #expect(Pipeline.analyze(source).citations.map(\.symbol) == ["S/RES/2607 (2021)"])
        let plain = dir.file("q.html", "<html><body><p>Decide prorrogar la resolución 2607 (2021).</p></body></html>")
        #expect(try Reader.read(path: plain).declaredLanguage == nil)
        // A page declared English whose text is French (a template's default): the text decides.
        let french = "Rappelant sa résolution 46/182 du 19 décembre 1991, et les résolutions des organes de l’Organisation sur la question, dans les pays qui sont au cœur du programme et par les États."
        let mislabelled = try Reader.read(path: dir.file("r.html", "<html lang=\"en-US\"><body><p>\(french)</p></body></html>"))
        #expect(mislabelled.declaredLanguage == .en)
        let a = Pipeline.analyze(mislabelled)
        #expect(a.context.language == .fr && a.citations.map(\.symbol) == ["A/RES/46/182"])
    }
}
