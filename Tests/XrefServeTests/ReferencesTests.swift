import Foundation
import NIOHTTP1
import Testing
import XrefCore
import XrefInput
@testable import XrefServe

/// Documents by name and the "find references" view, on real resolutions of the shared corpus: A/RES/77/150
/// in English and Arabic, and three more English resolutions that cite A/RES/70/1.
@Suite struct ReferencesTests {
    static let corpus = Seed.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus + "/akn-text") }
    static let files = ["akn-text/75_103_E.txt", "akn-text/75_127_E.txt", "akn-text/A_RES_77_118-2228394E.txt",
                        "akn-text/A_RES_77_150-2228764E.txt", "akn-intl-text/ar/A_RES_77_150-2228764A.txt"]

    private static func analyses() throws -> [DocumentAnalysis] {
        try files.map { Pipeline.analyze(try Reader.read(path: corpus + "/" + $0)) }
    }

    private func get(_ uri: String, _ check: @escaping @Sendable (TestResponse) throws -> Void) async throws {
        let store = MemoryStore(analyses: try Self.analyses(), name: { String($0.dropFirst(Self.corpus.count + 1)) },
                                text: { try? Reader.read(path: $0).bytes })
        try check(await RouterClient(server: Server(store: store)).get(uri))
    }

    private static func body(_ r: TestResponse) -> String { r.text }

    @Test(.enabled(if: hasCorpus)) func documentsAreNamedWithTheirEditions() async throws {
        try await get("/document/3") { r in
            let page = Self.body(r)
            #expect(page.contains(#"<h1 id="document">A/RES/77/150</h1>"#))
            #expect(page.contains(#"<p class="title" dir="auto" lang="en">Information and communications technologies for sustainable development</p>"#))
            #expect(page.contains("<dt>Date</dt><dd>2022-12-14</dd>"))
            #expect(page.contains(#"Editions: <strong title="English">EN</strong> <a href="/document/4" hreflang="ar" title="Arabic">AR</a>"#))
            #expect(page.contains("<dt>File</dt><dd>akn-text/A_RES_77_150-2228764E.txt</dd>"))
            #expect(!page.contains(Self.corpus), "no server path")
        }
        try await get("/document/4") { r in
            let page = Self.body(r)
            #expect(page.contains(#"<h1 id="document">A/RES/77/150 (ar)</h1>"#))
            #expect(page.contains(#"<div id="text" lang="ar">"#))
            #expect(page.contains(#"<div class="para" lang="ar" dir="rtl">"#))
            #expect(!page.contains(#"<div class="para" lang="en">"#))
        }
    }

    /// Counts, filters and exports agree with the citations the pipeline found, counted here directly.
    @Test(.enabled(if: hasCorpus)) func referencesCountFilterAndExport() async throws {
        // Editions of one resolution count once, as in the graph: the first read (English) holds its citations.
        var seen = Set<String>()
        let counted = try Self.analyses().filter { a in a.context.ownSymbols.first.map { seen.insert($0).inserted } ?? true }
        let cites = counted.flatMap(\.citations).filter { $0.symbol == "A/RES/70/1" }
        let byRelation = Dictionary(grouping: cites, by: \.relation.rawValue).mapValues(\.count)
        let (top, topCount) = try #require(byRelation.max { $0.value < $1.value })
        try await get("/references?key=70/1") { r in
            let page = Self.body(r)
            #expect(page.contains("\(cites.count) citations in"))
            let rows = page.components(separatedBy: "<table id=\"hits\">").last?.components(separatedBy: "<tr><td>").count ?? 0
            #expect(rows - 1 == cites.count)
            let facet = page.components(separatedBy: #"<section class="facet" id="facet-relation">"#).last?.components(separatedBy: "</section>").first ?? ""
            for (relation, n) in byRelation {
                #expect(facet.contains(">\(relation)</a> <span class=\"num\">\(n)</span>"), "\(relation)")
            }
            #expect(page.contains(#"<a href="/references?key=A/RES/70/1&amp;format=csv" id="export-csv">CSV</a>"#))
        }
        try await get("/references?key=A/RES/70/1&relation=\(top)") { r in
            let page = Self.body(r)
            #expect(page.contains("shown: \(topCount)"))
            #expect(page.contains(#"<a href="/references?key=A/RES/70/1&amp;relation=\#(top)" id="permalink">permalink</a>"#))
        }
        try await get("/references?key=A/RES/70/1&relation=\(top)&format=csv") { r in
            #expect(r[header: "Content-Type"] == "text/csv; charset=utf-8")
            let lines = Self.body(r).split(separator: "\r\n")
            #expect(lines.first == "document_id,document_symbol,document_title,date,language,file,organ,paragraph,relation,surface,line,snippet")
            #expect(lines.count - 1 == topCount)
            #expect(lines.dropFirst().allSatisfy { $0.contains(",\(top),") })
        }
        try await get("/references?key=A/RES/70/1&format=json&sort=document") { r in
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(Self.body(r).utf8)) as? [[String: Any]])
            #expect(rows.count == cites.count)
            let names = rows.map { ($0["document_symbol"] as? String) ?? "" }
            #expect(names == names.sorted())
        }
        // Citing documents in date order on the symbol's page, not in file order.
        try await get("/symbol?key=A/RES/70/1") { r in
            let dates = Self.body(r).components(separatedBy: #"<section class="document"><h3>"#).dropFirst()
                .compactMap { $0.firstMatch(of: /· (\d{4}-\d\d-\d\d)</)?.1 }.map(String.init)
            #expect(dates.count >= 3 && dates == dates.sorted())
        }
    }

    @Test func badFiltersAreRefused() async throws {
        let store = try Seed.store()
        let client = RouterClient(server: Server(store: store))
        do {
            for (uri, says) in [("/references?key=A/RES/74/177&sort=size", "sort is date or document"),
                                ("/references?key=A/RES/74/177&format=xml", "format is html, csv or json"),
                                ("/references?key=A/RES/74/177&document=x", "document is a document number")] {
                let r = try await client.get(uri)
                #expect(r.status == .badRequest, "\(uri)")
                #expect(r.text.contains(says), "\(uri)")
            }
        }
    }
}
