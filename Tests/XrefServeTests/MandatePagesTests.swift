import Foundation
import Testing
import XrefCore
import XrefInput
@testable import XrefServe

/// A resolution's mandates and a document's answers and record on serve's pages (issue 18), and the
/// picture's filters (issue 19), on real resolutions: A/RES/77/19 and its successor A/RES/79/135, whose
/// "Takes note of the report ... submitted pursuant to resolution 77/19" names A/79/302 in a footnote.
@Suite struct MandatePagesTests {
    static let corpus = ReferencesTests.corpus
    static let files = ["akn-text/A_RES_77_19-2226541E.txt", "akn-text/A_RES_79_135-2423452E.txt"]

    private func store() throws -> MemoryStore {
        MemoryStore(analyses: try Self.files.map { Pipeline.analyze(try Reader.read(path: Self.corpus + "/" + $0)) },
                    name: { String($0.dropFirst(Self.corpus.count + 1)) })
    }

    private func get(_ uri: String) async throws -> String {
        try await RouterClient(server: Server(store: try store())).get(uri).text
    }

    @Test(.enabled(if: ReferencesTests.hasCorpus)) func aResolutionListsItsMandatesAndWhoFulfilledThem() async throws {
        let page = try await get("/symbol?key=A/RES/77/19")
        let section = try #require(page.components(separatedBy: #"<section id="mandates">"#).dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(section.contains("Mandates: 3 clauses, 2 with no fulfilling document read"))
        let row = try #require(section.components(separatedBy: #"<tr class="mandate-row">"#).first { $0.hasPrefix("<td>22</td>") })
        #expect(row.contains("<td>requests</td>") && row.contains("<td>report</td>") && row.contains("<td>GA 79</td>"))
        #expect(row.contains(#"<a href="/symbol?key=A/79/302">A/79/302</a>"#) && row.contains(#"<a href="/document/1""#))
        #expect(section.contains("none read"))
    }

    @Test(.enabled(if: ReferencesTests.hasCorpus)) func aDocumentShowsItsRecordAndWhatItAnswers() async throws {
        let page = try await get("/document/1")
        #expect(page.contains("<dt>Organ</dt><dd>GA</dd><dt>Session</dt><dd>79</dd>"))
        #expect(page.contains(#"<dt>Predecessor</dt><dd><a href="/symbol?key=A/RES/77/19">A/RES/77/19</a>"#))
        let answers = try #require(page.components(separatedBy: #"<section id="answers">"#).dropFirst().first)
        #expect(answers.contains(#"¶22 of <a href="/symbol?key=A/RES/77/19">A/RES/77/19</a>: requests"#))
        // A resolution that answers nothing and creates mandates shows no empty answers section.
        #expect(!(try await get("/document/0")).contains(#"<section id="answers">"#))
    }

    @Test(.enabled(if: ReferencesTests.hasCorpus)) func pictureFiltersLeaveOutWhatIsHidden() async throws {
        let graph = try #require(try store().neighbourhood(of: "A/RES/77/19", depth: 1))
        let choices = PictureFilter.choices(graph)
        #expect(choices.relations.count > 1)
        // The page offers what the picture holds, found by walking links instead of building the picture.
        let store = try store()
        for depth in 1...2 {
            let offered = store.pictureChoices(of: "A/RES/77/19", depth: depth)
            let held = PictureFilter.choices(try #require(store.neighbourhood(of: "A/RES/77/19", depth: depth)))
            #expect(Set(held.organs).isSubset(of: offered.organs) && Set(held.types).isSubset(of: offered.types))
            #expect(Set(held.relations).isSubset(of: offered.relations))
        }
        let drawn = { (g: Graph) in g.nodes.filter { !$0.isPart }.count }
        for relation in choices.relations {
            var filter = PictureFilter()
            filter.relations = [relation]
            let left = filter.apply(graph, focus: "A/RES/77/19")
            #expect(left.edges.filter { PictureFilter.relation($0) == relation }.isEmpty)
            #expect(left.edges.count < graph.edges.count && drawn(left) <= drawn(graph))
            #expect(left.node(forKey: "A/RES/77/19") != nil)
        }
        var organs = PictureFilter()
        organs.organs = ["GA"]
        // The Assembly's nodes go, the focus (one of them) stays.
        let noGA = organs.apply(graph, focus: "A/RES/77/19")
        #expect(drawn(noGA) < drawn(graph) / 2 && noGA.node(forKey: "A/RES/77/19") != nil)
        #expect(noGA.nodes.filter { !$0.isPart && $0.key != "A/RES/77/19" }.allSatisfy { PictureFilter.organ($0) != "GA" })
        let page = try await get("/symbol?key=A/RES/77/19&hide-relation=recalls")
        #expect(page.contains(#"<input type="checkbox" name="hide-relation" value="recalls" checked="checked">"#))
        #expect(page.contains(#"data="/graph.svg?key=A/RES/77/19&amp;depth=1&amp;hide-relation=recalls""#))
    }

    /// An overview grows on demand: "Show more" doubles the room of the picture, up to its largest, and a
    /// room outside the bounds is the client's error.
    @Test(.enabled(if: ReferencesTests.hasCorpus)) func overviewsGrowOnDemand() async throws {
        let page = try #require(try store().symbol("A/RES/77/19", window: 0..<50))
        let big = PictureChoices(organs: ["GA"], types: ["resolution"], relations: ["recalls"], nodes: 500)
        let first = String(decoding: Pages.symbol(page, depth: 1, choices: big), as: UTF8.self)
        #expect(first.contains(#"<a id="show-more" href="/symbol?key=A/RES/77/19&amp;depth=1&amp;room=240">Show more: draw up to 240 documents and symbols</a>"#))
        let second = String(decoding: Pages.symbol(page, depth: 1, choices: big, room: 480), as: UTF8.self)
        #expect(second.contains("&amp;room=480\"></object>") && second.contains("room=960"))
        #expect(!String(decoding: Pages.symbol(page, depth: 1, choices: big, room: Server.maxRoom), as: UTF8.self).contains("show-more"))
        let small = PictureChoices(organs: ["GA"], types: ["resolution"], relations: ["recalls"], nodes: 12)
        #expect(!String(decoding: Pages.symbol(page, depth: 1, choices: small), as: UTF8.self).contains("show-more"))
        let refused = try await RouterClient(server: Server(store: try store())).get("/symbol?key=A/RES/77/19&room=5")
        #expect(refused.status == .badRequest)
    }
}
