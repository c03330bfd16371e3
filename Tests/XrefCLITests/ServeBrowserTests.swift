import Foundation
import Testing

/// `xref serve seeds/` for real: the built tool listening on loopback, driven by headless Chromium the way
/// a documentation officer would use it.
@Suite struct ServeBrowserTests {
    static let chromium = CLI.which("chromium") ?? CLI.which("chromium-browser")

    /// Starts `xref serve` on a free port; returns the process and its base URL once it listens.
    private func serve(_ folder: String) throws -> (Process, String) {
        let served = try Served.start([folder])
        #expect(served.said.hasPrefix("xref: serving 1 documents on http://127.0.0.1:"), "\(served.said)")
        return (served.process, served.base)
    }

    private func browse(_ url: String, screenshot: String? = nil) throws -> String {
        var args = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=1200,1100"]
        args += screenshot.map { ["--screenshot=" + $0] } ?? ["--dump-dom"]
        let r = try CLI.exec(try #require(Self.chromium), args + [url])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    @Test(.enabled(if: chromium != nil)) func searchReadAndClickThrough() throws {
        let (server, base) = try serve("seeds/")
        defer { server.terminate(); server.waitUntilExit() }
        // Searched as typed: the redirect lands on the symbol's page with its three paragraphs.
        let page = try browse(base + "search?q=74%2F177")
        #expect(page.contains(#"<h1 id="symbol">A/RES/74/177</h1>"#))
        #expect(page.contains("Cited in 3 paragraphs"))
        let labels = page.components(separatedBy: #"<span class="id">"#).dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(labels == ["summary", "¶1", "¶19"])
        // The document's page links A/RES/73/187; its page shows the report mandated by it.
        let document = try browse(base + "document/0")
        #expect(document.contains(#"<a href="/symbol?key=A/RES/73/187">General Assembly resolution 73/187</a>"#))
        let resolution = try browse(base + "symbol?key=A/RES/73/187")
        #expect(resolution.contains(#"<h1 id="symbol">A/RES/73/187</h1>"#))
        #expect(resolution.contains(#"<a href="/symbol?key=A/74/130">A/74/130</a>"#))
        // What the README shows, taken the same way.
        let dir = try CLI.temporaryDirectory()
        _ = try browse(base + "symbol?key=A/RES/74/177", screenshot: dir + "/symbol.png")
        let png = try Data(contentsOf: URL(fileURLWithPath: dir + "/symbol.png"))
        #expect(png.count > 20_000 && Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
