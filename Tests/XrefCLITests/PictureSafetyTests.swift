import Foundation
import Testing

/// Pictures that cannot take anything down: every neighbourhood of akn/ is drawn without a Graphviz crash
/// (a crash ends `xref`, exit 134), and in `xref serve` a picture that fails costs that picture only.
@Suite(.serialized) struct PictureSafetyTests {
    static let akn = CLI.shared + "/corpus/akn"

    /// The neighbourhood that made Graphviz 2.42 free memory twice: dot, 141 one-node clusters (the citing
    /// resolutions) and labelled edges between them (see docs/pictures.md).
    @Test(.enabled(if: CLI.hasShared)) func theNeighbourhoodThatCrashedGraphvizIsDrawn() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["graph", Self.akn, "--focus", "UNFCCC dec 1/CP.21", "--depth", "1", "-o", dir + "/f.svg"])
        #expect(r.status == 0, "\(r.err)")
        let svg = try String(contentsOfFile: dir + "/f.svg", encoding: .utf8)
        #expect(svg.contains("<title>legend</title>") && svg.contains("</svg>"))
    }

    /// A deterministic sample in the test: every 150th symbol, most cited first (48 of 7,175), at depth 1.
    /// The whole sweep, with the depth-2 pictures of the most cited (A/RES/70/1: 11,211 nodes, a minute in
    /// a debug build), is `xref bench --pictures`: about an hour in a debug build.
    @Test(.enabled(if: CLI.hasShared)) func aSampleOfEveryNeighbourhoodIsDrawnWithoutACrash() throws {
        let r = try CLI.run(["bench", Self.akn, "--pictures", "--sample", "150", "--depth2", "0"])
        #expect(r.status == 0, "exit \(r.status): \(r.err)")
        let lines = r.out.split(separator: "\n").filter { $0.hasPrefix("pictures") }
        #expect(lines.count == 1, "\(r.out)")
        for line in lines { #expect(line.hasSuffix("; 0 failed"), "\(line)") }
        // "depth 1: N of N symbols drawn": all of them, and more than a handful.
        let counts = lines.first.map { $0.split(separator: " ").compactMap { Int($0) } } ?? []
        #expect(counts.count >= 2 && counts[0] == counts[1] && counts[0] > 40, "\(lines)")
    }
}

/// `xref serve` draws pictures in a child process: a picture that fails is an explanation in its place, and
/// the server goes on answering.
@Suite struct ServePictureTests {
    /// Status line, headers and body of a GET, by curl.
    private func get(_ url: String) throws -> String {
        let r = try CLI.exec(try #require(CLI.which("curl")), ["-si", "--max-time", "60", url])
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    @Test(.enabled(if: CLI.which("curl") != nil)) func aPictureIsDrawnByAChildProcess() throws {
        let served = try Served.start([CLI.seeds])
        defer { served.stop() }
        let base = served.base
        let answer = try get(base + "graph.svg?key=A/RES/73/187&depth=2")
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        #expect(answer.contains("<title>legend</title>") && answer.contains("A/RES/73/187"))
        #expect(!answer.lowercased().contains("x-xref-picture"))
        // Opens fitted to the page's width, and pans and zooms with xref's own script.
        #expect(answer.contains(#"<svg width="100%" height=""#), "\(answer.prefix(600))")
        #expect(answer.contains(#"<script href="/static/picture.js""#) && answer.hasSuffix("</svg>\n"))
        let script = try get(base + "static/picture.js")
        #expect(script.hasPrefix("HTTP/1.1 200") && script.contains("viewBox"))
    }

    @Test(.enabled(if: CLI.which("curl") != nil)) func aPictureThatTakesTooLongCostsThatPictureOnly() throws {
        // A millisecond: the drawing process is killed before it can draw.
        let served = try Served.start([CLI.seeds, "--picture-timeout", "0.001"])
        defer { served.stop() }
        let base = served.base
        for _ in 0..<2 { // not remembered: each request tries again, and fails again the same way
            let answer = try get(base + "graph.svg?key=A/RES/74/177&depth=1")
            #expect(answer.hasPrefix("HTTP/1.1 200"))
            #expect(answer.lowercased().contains("x-xref-picture: failed"), "\(answer)")
            #expect(answer.contains("No picture of A/RES/74/177 this time") && answer.contains("took too long"), "\(answer)")
        }
        #expect(served.process.isRunning)
        let page = try get(base + "symbol?key=A/RES/74/177")
        #expect(page.hasPrefix("HTTP/1.1 200") && page.contains("A/RES/74/177"))
    }
}
