import Foundation
import Testing
@testable import XrefCore

/// The listings' field tables: JSON members and CSV columns come from one list, so they agree.
@Suite struct ListingTests {
    static let seed: URL = {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let name = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?.sorted().first ?? ""
        return seeds.appendingPathComponent(name)
    }()

    @Test func extractRowsKeepTheMachineContract() throws {
        let a = try Corpus.analyze(Self.seed)
        let c = try #require(a.citations.first)
        let line = Listings.extract.json((a.path, c, .en))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        // Fixed members, in this order, then additions only when set.
        let fixed = ["document", "paragraph", "symbol", "organ", "type", "surface", "relation", "start", "end", "line", "resolved"]
        let order = fixed.compactMap { name in line.range(of: "\"\(name)\":").map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(order == order.sorted() && order.count == fixed.count)
        #expect(object["start"] as? Int == c.start && object["surface"] as? String == c.surface)
        // Additions go at the end: "pinpoint" (issue 18) after "language".
        #expect(Listings.extract.csvHeader == fixed + ["candidates", "parts", "link", "language", "pinpoint"])
        let cells = Listings.extract.csv((a.path, c, .en))
        #expect(cells.count == Listings.extract.csvHeader.count)
        let language = Listings.extract.csvHeader.firstIndex(of: "language")!
        // JSON names a language only when it is not English; CSV names it on every row.
        #expect(object["language"] == nil && cells[language] == "en")
        #expect(Listings.extract.json((a.path, c, .zh)).contains(",\"language\":\"zh\"") && Listings.extract.csv((a.path, c, .zh))[language] == "zh")
        #expect(cells[0] == a.path && cells[7] == String(c.start) && cells[10] == (c.resolved ? "true" : "false"))
        #expect(c.jsonLine(document: a.path) == line)
    }

    @Test func everyListingNamesItsJSONMembersAsItsCSVColumns() throws {
        let a = try Corpus.analyze(Self.seed)
        let hits = Query.citations(of: ["A/RES/74/177"], in: [a])
        let hit = try #require(hits.first)
        let cites = try JSONSerialization.jsonObject(with: Data(Listings.cites.jsonArray([(hit, "…words…")]).utf8)) as? [[String: Any]]
        #expect(Set(cites?.first?.keys.map { $0 } ?? []) == Set(Listings.cites.csvHeader))
        let summary = try #require(Query.symbols(in: [a]).first)
        let symbols = try JSONSerialization.jsonObject(with: Data(Listings.symbols.jsonArray([summary]).utf8)) as? [[String: Any]]
        #expect(Set(symbols?.first?.keys.map { $0 } ?? []) == Set(Listings.symbols.csvHeader))
        #expect(Listings.symbols.tableHeader == ["SYMBOL", "ORGAN", "TYPE", "COUNT", "PARAGRAPHS"])
        #expect(Listings.symbols.jsonArray([]) == "[]\n")
        #expect(Listings.show.csvHeader == ["depth", "direction", "symbol", "relation", "document", "paragraph"])
    }
}
