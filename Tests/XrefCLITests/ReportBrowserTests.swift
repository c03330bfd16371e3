import Foundation
import Testing

/// `report.html` in a real browser (headless Chromium, installed by `.ci/setup`): the page a documentation
/// officer opens, searched and followed the way they would, on the seed.
@Suite struct ReportBrowserTests {
    static let chromium = CLI.which("chromium") ?? CLI.which("chromium-browser")

    /// The DOM after the page's script ran, at `fragment` (`/search/74%2F177`).
    private func dom(_ file: String, _ fragment: String) throws -> String {
        let r = try CLI.exec(try #require(Self.chromium), [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom",
            URL(fileURLWithPath: file).absoluteString + "#" + fragment,
        ])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    /// The paragraph labels listed in a page's `citing` or `paragraphs` block, in order.
    private func paragraphLabels(_ page: String) -> [String] {
        page.components(separatedBy: #"<span class="id">"#).dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    private func report(of folder: String) throws -> String {
        let out = try CLI.temporaryDirectory() + "/report.html"
        let r = try CLI.run(["graph", folder, "-o", out])
        #expect(r.status == 0, "\(r.err)")
        return out
    }

    @Test(.enabled(if: chromium != nil)) func searchingTheSeedShowsEveryCitingParagraph() throws {
        let report = try report(of: "seeds/")
        // Typed as a reader would write it: the search lands on the canonical symbol.
        let page = try dom(report, "/search/74%2F177")
        #expect(page.contains(#"<h1 id="symbol">A/RES/74/177</h1>"#))
        #expect(page.contains("Cited in 3 paragraphs"))
        #expect(paragraphLabels(page) == ["summary", "¶1", "¶19"])
        // Each citation is marked in its paragraph and links back to the symbol.
        #expect(page.contains(##"<a href="#/symbol/A%2FRES%2F74%2F177">General Assembly resolution 74/177</a></mark>"##))
        // Other written forms find the same page.
        #expect(try dom(report, "/search/" + "resolution A/RES/74/177".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            .contains(#"<h1 id="symbol">A/RES/74/177</h1>"#))
        #expect(try dom(report, "/search/2396%20(2017)").contains(#"<h1 id="symbol">S/RES/2396 (2017)</h1>"#))
    }

    @Test(.enabled(if: chromium != nil)) func aMandateLeadsFromTheResolutionToTheReport() throws {
        let report = try report(of: "seeds/")
        let page = try dom(report, "/symbol/A%2FRES%2F73%2F187")
        let restedOnBy = try #require(page.components(separatedBy: #"<ul id="rested-on-by">"#).last?.components(separatedBy: "</ul>").first)
        #expect(restedOnBy.contains(##"<a href="#/symbol/A%2F74%2F130">A/74/130</a>"##))
        #expect(restedOnBy.contains("in-accordance-with"))
        let unknown = try dom(report, "/search/99%2F999")
        #expect(unknown.contains("Not found") && unknown.contains("99/999 is not in this graph."))
        // Nothing to suggest is nothing on the page, not the word "null".
        #expect(unknown.contains("99/999 is not in this graph.</p></main>"))
    }

    /// A symbol not in the report is answered with suggestions ranked as `xref serve` ranks them (issue 19:
    /// the report suggested nothing): the same lists for the same inputs.
    @Test(.enabled(if: chromium != nil)) func notFoundSuggestsAsServeDoes() throws {
        let report = try report(of: "seeds/")
        let served = try Served.start(["seeds/"])
        defer { served.stop() }
        var compared = 0
        defer { #expect(compared >= 3) }
        for typed in ["74/17", "res 74", "res 73", "2396"] {
            let json = RawAnswer(try served.exchange("GET /suggest?q=\(typed.replacingOccurrences(of: " ", with: "+")) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).body
            let fromServe = Array(((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]) ?? []).prefix(5))
            let page = try dom(report, "/search/" + typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            // What is on screen (the dump holds the script's own text too).
            let main = page.components(separatedBy: #"<main id="main">"#).last?.components(separatedBy: "</main>").first ?? ""
            guard main.contains("is not in this graph.") else { continue }   // the report found it: nothing to suggest
            #expect(!fromServe.isEmpty, "\(typed)")
            let suggested = main.components(separatedBy: #"<p id="did-you-mean">"#).dropFirst().first?.components(separatedBy: "</p>").first ?? ""
            let keys = suggested.components(separatedBy: ">").dropFirst().compactMap { $0.hasSuffix("</a") ? String($0.dropLast(3)) : nil }
            #expect(keys == fromServe, "\(typed)")
            #expect(!main.contains("null"), "\(typed)")
            compared += 1
        }
    }

    /// An Arabic edition's paragraphs run right to left and say they are Arabic (issue 14).
    @Test(.enabled(if: chromium != nil && FileManager.default.fileExists(atPath: "../shared/corpus/akn-intl/ar")))
    func arabicParagraphsRunRightToLeft() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(atPath: "../shared/corpus/akn-intl/ar/A_RES_77_38-2228104A.xml", toPath: dir + "/A_RES_77_38-2228104A.xml")
        let page = try dom(try report(of: dir), "/symbol/A%2FRES%2F76%2F20")
        #expect(page.contains(#"<span class="words" dir="auto" lang="ar">"#))
        #expect(page.contains("وقد درست تقرير الأمين العام"))
    }

    /// A document that carries markup shows it as text: nothing it contains runs or loads.
    @Test(.enabled(if: chromium != nil)) func documentMarkupIsShownAsText() throws {
        let dir = try CLI.temporaryDirectory()
        let text = "1. <script>document.title = 'pwned'</script> Recalls General Assembly resolution 74/177 <img src=x onerror=\"document.title='img'\">.\n"
        try text.write(toFile: dir + "/hostile.txt", atomically: true, encoding: .utf8)
        let report = try report(of: dir)
        // Named under its folder, not by the path of the machine that made the report.
        #expect(!(try String(contentsOfFile: report, encoding: .utf8)).contains(dir))
        let page = try dom(report, "/document/" + "doc:hostile.txt".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(page.contains("&lt;script&gt;document.title = 'pwned'&lt;/script&gt;"))
        #expect(!page.contains("<img"))
        #expect(page.contains("<title>xref report"))
        #expect(paragraphLabels(page) == ["¶1"])
    }

    /// The value of a `data-NAME` attribute in a dumped page.
    private func dataAttribute(_ page: String, _ name: String) -> Int? {
        page.components(separatedBy: "data-\(name)=\"").dropFirst().first.flatMap { Int($0.prefix { $0 != "\"" }) }
    }

    /// The report of akn/'s 1,193 resolutions (issue 19: 59 MB, 3 s to load): at most 20 MB, its packed data
    /// unpacked by another gzip holds every node of the graph, and the picture drawn in the page follows its
    /// filters, its overview and its expansion.
    @Test(.enabled(if: chromium != nil && CLI.hasShared)) func corpusReportIsCompactAndItsPictureFilters() throws {
        let dir = try CLI.temporaryDirectory()
        let akn = CLI.shared + "/corpus/akn"
        #expect(try CLI.run(["graph", akn, "-o", dir + "/r.html"]).status == 0)
        #expect(try CLI.run(["graph", akn, "-o", dir + "/g.json"]).status == 0)
        let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        #expect(html.utf8.count <= 20_000_000, "\(html.utf8.count) bytes")
        let base64 = try #require(html.components(separatedBy: #"data-encoding="gzip">"#).last?.components(separatedBy: "</script>").first)
        try #require(Data(base64Encoded: base64)).write(to: URL(fileURLWithPath: dir + "/data.gz"))
        let unpacked = try CLI.exec("/bin/sh", ["-c", "gzip -dc data.gz > data.json"], in: dir)
        #expect(unpacked.status == 0, "\(unpacked.err)")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/data.json"))) as? [String: Any])
        let export = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/g.json"))) as? [String: Any])
        let ids = { (o: [String: Any]) in ((o["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
        let reportIDs = ids(data), exportIDs = ids(export)
        #expect(exportIDs.count > 20_000 && reportIDs.count == exportIDs.count)
        #expect(Set(reportIDs) == Set(exportIDs.map { $0.replacingOccurrences(of: akn + "/", with: "") }))
        let placed = ((data["nodes"] as? [[String: Any]]) ?? []).filter { $0["at"] != nil }.count

        let file = dir + "/r.html"
        let overview = try dom(file, "/picture")
        let drawn = try #require(dataAttribute(overview, "nodes")), links = try #require(dataAttribute(overview, "edges"))
        #expect(drawn > 1000 && drawn < placed, "an overview of documents and the most cited symbols")
        let everything = try dom(file, "/picture?show=all")
        #expect(dataAttribute(everything, "nodes") == placed)
        // Hiding the General Assembly (group 0) or the "recalls" relation draws less.
        let noGA = try #require(dataAttribute(try dom(file, "/picture?hide-organ=0"), "nodes"))
        #expect(noGA < drawn / 2)
        let noRecalls = try #require(dataAttribute(try dom(file, "/picture?hide-relation=recalls"), "edges"))
        #expect(noRecalls < links)
        // A resolution read cites symbols the overview leaves out: adding its neighbours draws them.
        let expandedPage = try dom(file, "/picture?expand=A%2FRES%2F75%2F100")
        #expect(try #require(dataAttribute(expandedPage, "nodes")) > drawn)
        #expect(expandedPage.contains(#"<strong>A/RES/75/100</strong>"#))
    }

    /// A resolution's page lists the mandates it creates and who fulfilled them; the document stating the
    /// fulfilment lists what it answers; documents are named by their records (issue 18).
    @Test(.enabled(if: chromium != nil && CLI.hasShared)) func mandatesAndRecordsAreOnThePages() throws {
        let akn = CLI.shared + "/corpus/akn-text/"
        let out = try CLI.temporaryDirectory() + "/report.html"
        #expect(try CLI.run(["graph", akn + "A_RES_77_19-2226541E.txt", akn + "A_RES_79_135-2423452E.txt", "-o", out]).status == 0)
        let page = try dom(out, "/symbol/A%2FRES%2F77%2F19")
        let mandates = try #require(page.components(separatedBy: #"<section id="mandates">"#).dropFirst().first?.components(separatedBy: "</section>").first)
        let row22 = try #require(mandates.components(separatedBy: #"<tr class="mandate-row">"#).first { $0.hasPrefix("<td>22</td>") })
        #expect(row22.contains("<td>requests</td>") && row22.contains("report"))
        #expect(row22.contains(##"<a href="#/symbol/A%2F79%2F302">A/79/302</a>"##) && row22.contains("due GA 79"))
        let later = try dom(out, "/document/A%2FRES%2F79%2F135")
        #expect(later.contains(#"<h1 id="document">A/RES/79/135</h1>"#))
        #expect(later.contains(#"<dl id="record"><dt>Date</dt><dd>2024-12-"#))
        let answers = try #require(later.components(separatedBy: #"<section id="answers">"#).dropFirst().first)
        #expect(answers.contains("¶22 of ") && answers.contains("A/RES/77/19"))
    }
}
