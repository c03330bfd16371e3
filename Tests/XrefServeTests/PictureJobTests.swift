import Foundation
import Testing
import XrefCore
import XrefExport
import XrefInput
@testable import XrefServe

/// What the server hands its drawing process (issue 19, "pages never wait for pictures"): the neighbourhood
/// as found, with the request's filters and room; the cutting happens there. On real resolutions: A/RES/77/19
/// and its successor A/RES/79/135.
@Suite struct PictureJobTests {
    static let key = "A/RES/77/19"

    private func store() throws -> MemoryStore {
        MemoryStore(analyses: try MandatePagesTests.files.map { Pipeline.analyze(try Reader.read(path: MandatePagesTests.corpus + "/" + $0)) },
                    name: { String($0.dropFirst(MandatePagesTests.corpus.count + 1)) })
    }

    @Test(.enabled(if: ReferencesTests.hasCorpus)) func theDrawingProcessCutsWhatTheServerUsedTo() throws {
        let whole = try #require(try store().neighbourhood(of: Self.key, depth: 2))
        var filter = PictureFilter()
        filter.relations = ["recalls"]
        let job = PictureJob(neighbourhood: whole, focus: Self.key, filter: filter, room: 10)
        let back = try PictureJob(decoding: job.encoded())
        #expect(back.focus == Self.key && back.room == 10 && back.filter == filter)
        // The picture the child draws is the one the server cut before: filtered, then an overview.
        let (expected, caption) = PictureOverview.reduce(filter.apply(whole, focus: Self.key), focus: Self.key, limit: 10)
        let drawn = back.picture()
        #expect(caption != nil && drawn.options.caption == caption && drawn.options.focus == Self.key)
        #expect(drawn.graph.nodes.map(\.key) == expected.nodes.map(\.key) && drawn.graph.edges == expected.edges)
        #expect(drawn.graph.nodes.filter { !$0.isPart }.count <= 10)
        #expect(drawn.graph.edges.allSatisfy { PictureFilter.relation($0) != "recalls" })
        // Anything else is refused, not drawn.
        #expect(throws: ExportError.self) { try PictureJob(decoding: Array("{\"nodes\": 3}".utf8)) }
        #expect(throws: ExportError.self) {
            try PictureJob(decoding: Array("{\"focus\":\"x\",\"room\":9,\"hideOrgans\":[],\"hideTypes\":[],\"hideRelations\":[]}\n{}".utf8))
        }
    }

    /// A request for a picture is answered from the cache by what it asks, and an unknown symbol is told so.
    @Test(.enabled(if: ReferencesTests.hasCorpus)) func picturesAreAnsweredByWhatTheyAsk() async throws {
        let client = RouterClient(server: Server(store: try store()))
        let first = await client.get("/graph.svg?key=A/RES/77/19&depth=2&hide-relation=recalls")
        #expect(first.status == .ok && first.text.contains("<svg") && first.headers["X-Xref-Picture"].isEmpty)
        let again = await client.get("/graph.svg?key=A/RES/77/19&depth=2&hide-relation=recalls")
        #expect(again.text == first.text)
        let other = await client.get("/graph.svg?key=A/RES/77/19&depth=1")
        #expect(other.status == .ok && other.text != first.text)
        #expect(await client.get("/graph.svg?key=A/RES/1/1&depth=2").status == .notFound)
    }

    /// An overview grows around a node chosen in it, as the report's does: all its neighbours are drawn too,
    /// what was drawn stays, and the caption says so.
    @Test(.enabled(if: ReferencesTests.hasCorpus)) func anOverviewGrowsAroundAChosenNode() async throws {
        let whole = try #require(try store().neighbourhood(of: Self.key, depth: 2))
        let owner = whole.owningDocuments()
        func unit(_ i: Int) -> Int { whole.nodes[i].kind == .paragraph ? owner[i] ?? i : i }
        func neighbours(_ key: String) -> Set<String> {
            guard let x = whole.node(forKey: key) else { return [] }
            var out = Set<String>()
            for e in whole.edges where e.kind != .contains {
                let (s, t) = (unit(e.source), unit(e.target))
                if s == x && t != x { out.insert(whole.nodes[t].key) }
                if t == x && s != x { out.insert(whole.nodes[s].key) }
            }
            return out
        }
        let plain = PictureJob(neighbourhood: whole, focus: Self.key, filter: PictureFilter(), room: 10).picture()
        let shown = Set(plain.graph.nodes.map(\.key))
        let chosen = try #require(plain.graph.nodes.first { $0.kind != .paragraph && $0.key != Self.key && !neighbours($0.key).isSubset(of: shown) })
        let job = PictureJob(neighbourhood: whole, focus: Self.key, filter: PictureFilter(), room: 10, expand: [chosen.key])
        let grown = try PictureJob(decoding: job.encoded()).picture()
        let grownKeys = Set(grown.graph.nodes.map(\.key))
        #expect(shown.isSubset(of: grownKeys) && neighbours(chosen.key).isSubset(of: grownKeys) && grownKeys.count > shown.count)
        #expect(grown.options.caption?.contains("more around \(chosen.label)") == true, "\(grown.options.caption ?? "")")
        // The page hands the chosen nodes to its picture, and offers a box for the node clicked in an overview.
        let page = try #require(try store().symbol(Self.key, window: 0..<50))
        let big = PictureChoices(organs: ["GA"], types: ["resolution"], relations: ["recalls"], nodes: 500)
        let html = String(decoding: Pages.symbol(page, depth: 2, choices: big, expand: [chosen.key]), as: UTF8.self)
        #expect(html.contains("&amp;expand=" + percentEncoded(chosen.key) + "\"></object>") && html.contains(#"id="picture-selected""#))
        let small = PictureChoices(organs: ["GA"], types: ["resolution"], relations: ["recalls"], nodes: 12)
        #expect(!String(decoding: Pages.symbol(page, depth: 2, choices: small), as: UTF8.self).contains("picture-selected"))
        let client = RouterClient(server: Server(store: try store()))
        let tooMany = (0..<9).map { "&expand=A/RES/7\($0)/1" }.joined()
        #expect(await client.get("/graph.svg?key=A/RES/77/19&depth=2" + tooMany).status == .badRequest)
    }
}
