import Foundation
import NIOHTTP1
import Testing
import XrefCore
import XrefInput
@testable import XrefServe

/// The seed read into a store, as `xref serve seeds/` does.
enum Seed {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func store(_ folder: String = root.appendingPathComponent("seeds").path) throws -> MemoryStore {
        let (files, _) = InputFiles.collect([folder])
        let analyses = try files.map { Pipeline.analyze(try Reader.read(path: $0)) }
        return MemoryStore(analyses: analyses, failures: [(folder + "/broken.pdf", "no text layer (scanned PDF?)")],
                           text: { try? Reader.read(path: $0).bytes })
    }
}

/// Every route of `xref serve` over HTTP, good requests and bad ones: a bad request is a 4xx page that
/// says why, never a 500.
@Suite struct ServeTests {
    /// The seed's citations (SeedTests in XrefCLITests lists all 25 by hand).
    static let seedCitations = 25

    private func get(_ uri: String, from store: MemoryStore? = nil, _ check: @escaping @Sendable (TestResponse) throws -> Void) async throws {
        try check(await RouterClient(server: Server(store: try store ?? Seed.store())).get(uri))
    }

    private static func body(_ r: TestResponse) -> String { r.text }

    @Test func searchInAnyWrittenFormRedirectsToTheSymbol() async throws {
        for q in ["74%2F177", "A%2FRES%2F74%2F177", "resolution+74/177", "a/res/74/177"] {
            try await get("/search?q=" + q) { r in
                #expect(r.status == .seeOther, "\(q)")
                #expect(r[header: "Location"] == "/symbol?key=A/RES/74/177", "\(q)")
            }
        }
        try await get("/search?q=2396%20(2017)") { r in #expect(r[header: "Location"] == "/symbol?key=S/RES/2396%20%282017%29") }
    }

    @Test func symbolPageShowsEveryCitingParagraphMarked() async throws {
        try await get("/symbol?key=A/RES/74/177") { r in
            let page = Self.body(r)
            #expect(r.status == .ok)
            #expect(r[header: "Content-Type"] == "text/html; charset=utf-8")
            #expect(page.contains(#"<h1 id="symbol">A/RES/74/177</h1>"#))
            #expect(page.contains("Cited in 3 paragraphs"))
            let labels = page.components(separatedBy: #"<span class="id">"#).dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(labels == ["summary", "¶1", "¶19"])
            #expect(page.contains(#"<mark title="A/RES/74/177 (requested-by)"><a href="/symbol?key=A/RES/74/177">resolution 74/177</a></mark>"#))
            #expect(page.contains(#"data="/graph.svg?key=A/RES/74/177&amp;depth=1""#))
        }
    }

    @Test func mandateChainBothWays() async throws {
        try await get("/symbol?key=A/RES/73/187") { r in
            let page = Self.body(r)
            let restedOnBy = page.components(separatedBy: #"<ul id="rested-on-by">"#).last?.components(separatedBy: "</ul>").first ?? ""
            #expect(restedOnBy.contains(#"<a href="/symbol?key=A/74/130">A/74/130</a>"#))
            // The heading is the record's (DocumentHeading): the report's title line, its date, its file.
            #expect(restedOnBy.contains(#"<a href="/document/0" title="Implementation of the mandates of the United Nations crime prevention and criminal justice programme, with particular reference to the technical cooperation activities of the United Nations Office on Drugs and Crime · 2020-06-23 · 000_0d3a60e5d9e57139.txt">000_0d3a60e5d9e57139.txt</a>"#))
        }
        try await get("/symbol?key=A/74/130") { r in
            #expect(Self.body(r).contains(#"<ul id="rests-on"><li>→ <a href="/symbol?key=A/RES/73/187">A/RES/73/187</a>"#))
        }
    }

    @Test func documentPageMarksEveryCitation() async throws {
        try await get("/document/0") { r in
            let page = Self.body(r)
            #expect(r.status == .ok)
            let table = page.components(separatedBy: #"<table id="citations">"#).last?.components(separatedBy: "</table>").first ?? ""
            #expect(table.components(separatedBy: "<tr><td>").count - 1 == Self.seedCitations)
            let text = page.components(separatedBy: #"<div id="text" lang="en">"#).last ?? ""
            #expect(text.components(separatedBy: "<mark ").count - 1 == Self.seedCitations)
            #expect(page.contains(#"<ul id="mandated-by"><li>→ <a href="/symbol?key=A/RES/74/177">A/RES/74/177</a>"#))
            #expect(page.contains("<h2>Text</h2>") && !page.contains("Only the paragraphs that cite are shown"))
        }
    }

    @Test func overviewAndSuggestions() async throws {
        try await get("/") { r in
            let page = Self.body(r)
            #expect(page.contains(#"<table id="most-cited"><tr><th>Symbol</th><th>Organ</th><th>Type</th><th class="num">Citations</th></tr><tr><td><a href="/symbol?key=A/RES/74/177">A/RES/74/177</a></td><td>GA</td><td>resolution</td><td class="num">3</td>"#))
            #expect(page.contains("broken.pdf: <span class=\"error\">no text layer (scanned PDF?)</span>"))
        }
        try await get("/suggest?q=74/17") { r in
            #expect(r[header: "Content-Type"] == "application/json")
            let keys = try JSONSerialization.jsonObject(with: Data(Self.body(r).utf8)) as? [String]
            #expect(keys?.contains("A/RES/74/177") == true && keys?.contains("A/RES/74/171") == true)
            #expect(keys?.contains("A/RES/73/187") == false)
        }
        try await get("/graph.svg?key=A/RES/73/187&depth=2") { r in
            let svg = Self.body(r)
            #expect(r[header: "Content-Type"] == "image/svg+xml")
            #expect(svg.contains("<svg") && svg.contains(#"xlink:href="/symbol?key=A/74/130""#))
        }
    }

    @Test(arguments: [
        ("/symbol?key=A/RES/99/999", HTTPResponseStatus.notFound, "A/RES/99/999 is not in this corpus."),
        ("/search?q=74/178", .notFound, "Did you mean"),
        ("/search?q=%zz", .badRequest, "malformed percent-encoding in &#39;q&#39;"),
        ("/search?q=%C3%28", .badRequest, "malformed percent-encoding"),
        ("/search?q=" + String(repeating: "7", count: 600), .badRequest, "query longer than 512 bytes"),
        ("/symbol", .badRequest, "give ?key=SYMBOL"),
        ("/symbol?key=A/RES/74/177&depth=9", .badRequest, "depth is 1 or 2"),
        ("/symbol?key=A/RES/74/177&from=-3", .badRequest, "from is a citation number"),
        ("/document/abc", .notFound, "There is no document abc here."),
        ("/document/12345", .notFound, "There is no document 12345 here."),
        ("/document/-1", .notFound, "There is no document -1 here."),
        ("/document/..%2F..%2Fetc%2Fpasswd", .notFound, "Not found"),
        ("/document/../../etc/passwd", .notFound, "Not found"),
        ("/graph.svg?key=nothing", .notFound, "unknown symbol"),
        ("/nowhere", .notFound, "There is no /nowhere here."),
    ])
    func badRequestsAreRefusedWithAReason(_ uri: String, _ status: HTTPResponseStatus, _ says: String) async throws {
        try await get(uri) { r in
            #expect(r.status == status, "\(uri)")
            #expect(Self.body(r).contains(says), "\(uri): \(Self.body(r).prefix(300))")
        }
    }

    /// Without the text (an index whose files are gone), a document's page shows its citing paragraphs.
    @Test func documentWithoutItsTextShowsItsCitingParagraphs() async throws {
        let analyses = try InputFiles.collect([Seed.root.appendingPathComponent("seeds").path]).files.map { Pipeline.analyze(try Reader.read(path: $0)) }
        try await get("/document/0", from: MemoryStore(analyses: analyses)) { r in
            let text = Self.body(r).components(separatedBy: #"<div id="text" lang="en">"#).last ?? ""
            #expect(text.components(separatedBy: #"<div class="para" lang="en">"#).count - 1 == 21)
            #expect(text.components(separatedBy: "<mark ").count - 1 == Self.seedCitations)
            // Said so: the page is not the whole document.
            #expect(Self.body(r).contains("<h2>Citing paragraphs</h2>") && Self.body(r).contains("Only the paragraphs that cite are shown"))
        }
        // An analysis read back from an index has paragraphs but no blocks: the same, even with the file there.
        let fromIndex = analyses.map { a -> DocumentAnalysis in var a = a; a.blocks = []; return a }
        try await get("/document/0", from: MemoryStore(analyses: fromIndex, text: { try? Reader.read(path: $0).bytes })) { r in
            let text = Self.body(r).components(separatedBy: #"<div id="text" lang="en">"#).last ?? ""
            #expect(text.components(separatedBy: #"<div class="para" lang="en">"#).count - 1 == 21)
        }
    }

    /// A symbol cited hundreds of times is read a page of citations at a time.
    @Test func manyCitationsComeInPages() async throws {
        let dir = NSTemporaryDirectory() + "xref-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let total = 5 * Server.pageSize
        let text = (1...total).map { "\($0). Recalls General Assembly resolution 74/177.\n" }.joined(separator: "\n")
        try text.write(toFile: dir + "/many.txt", atomically: true, encoding: .utf8)
        let store = try Seed.store(dir)
        let size = Server.pageSize
        try await get("/symbol?key=A/RES/74/177", from: store) { r in
            let page = Self.body(r)
            #expect(page.contains("Citations 1–\(size) of \(total)"))
            #expect(page.components(separatedBy: #"<div class="para" lang="en">"#).count - 1 == size)
            #expect(page.contains(#"<a href="/symbol?key=A/RES/74/177&amp;from=\#(size)" rel="next">later →</a>"#))
            #expect(!page.contains(#"rel="prev""#))
        }
        try await get("/symbol?key=A/RES/74/177&from=\(total - size)", from: store) { r in
            let page = Self.body(r)
            #expect(page.contains("Citations \(total - size + 1)–\(total) of \(total)"))
            #expect(page.components(separatedBy: #"<span class="id">"#).dropFirst().first?.hasPrefix("¶\(total - size + 1)") == true)
            #expect(page.contains(#"rel="prev""#) && !page.contains(#"rel="next""#))
        }
    }

    /// Document text is always text: markup in a document is shown, never run.
    @Test func markupInADocumentIsEscaped() async throws {
        let dir = NSTemporaryDirectory() + "xref-serve-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "1. <script>alert('x')</script> Recalls General Assembly resolution 74/177 \"quoted\" & more.\n"
            .write(toFile: dir + "/h.txt", atomically: true, encoding: .utf8)
        let store = try Seed.store(dir)
        try await get("/document/0", from: store) { r in
            let page = Self.body(r)
            #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            #expect(page.components(separatedBy: "<script").count - 1 == 1)  // the page's own, nothing else
        }
    }
}
