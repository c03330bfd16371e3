import Foundation
import Testing

/// The founding document end to end: every citation a reader finds in it, with its key and paragraph,
/// and nothing else (issue "xref, end to end on the seed").
@Suite struct SeedTests {
    /// Read off the seed by hand: (paragraph, canonical key) in document order.
    static let expected: [(String, String)] = [
        ("summary", "A/RES/74/177"), ("fn*", "A/75/50"), ("1", "A/RES/74/177"), ("10", "A/RES/74/171"),
        ("11", "A/DEC/74/550"), ("19", "A/RES/74/177"), ("21", "UNTOC-COP res 9/1"), ("23", "UNTOC-COP res 9/1"),
        ("40", "A/RES/73/186"), ("47", "A/RES/73/191"), ("57", "A/RES/73/190"), ("57", "CAC/COSP/IRG/2020/3"),
        ("57", "CAC/COSP/IRG/2019/4"), ("60", "A/RES/74/175"), ("64", "S/RES/2396 (2017)"), ("84", "A/RES/69/196"),
        ("85", "A/RES/73/187"), ("85", "A/74/130"), ("86", "A/RES/74/247"), ("89", "E/RES/2019/23"),
        ("92", "A/RES/71/326"), ("93", "CND res 62/9"), ("93", "CCPCJ res 28/4"), ("114", "A/RES/74/171"),
        ("115", "A/RES/73/191"),
    ]

    @Test func extractFindsEveryCitationAndNothingElse() throws {
        let r = try CLI.run(["extract", "seeds/", "--format", "jsonl"])
        #expect(r.status == 0, "\(r.err)")
        let rows = try CLI.jsonLines(r.out)
        let got = rows.map { ($0["paragraph"] as? String ?? "", $0["symbol"] as? String ?? "") }
        #expect(got.map { "\($0.0) \($0.1)" } == Self.expected.map { "\($0.0) \($0.1)" })
    }

    @Test func extractFollowsTheContract() throws {
        let r = try CLI.run(["extract", "seeds/"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: CLI.seeds + "/000_0d3a60e5d9e57139.txt"))
        let lines = r.out.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            // Field order is part of the contract (DESIGN §6).
            let keys = ["document", "paragraph", "symbol", "organ", "type", "surface", "relation", "start", "end", "line", "resolved"]
            var at = line.startIndex
            for k in keys {
                let r = line.range(of: "\"\(k)\":", range: at..<line.endIndex)
                #expect(r != nil, "\(k) in \(line)")
                if let r { at = r.upperBound }
            }
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let start = o["start"] as! Int, end = o["end"] as! Int, lineNo = o["line"] as! Int
            // Offsets point into the file: the span is the surface with its Markdown around it.
            let span = String(decoding: bytes[start..<end], as: UTF8.self)
            let unwrapped = span.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "[", with: "")
                .replacingOccurrences(of: "](#)", with: "")
            #expect(unwrapped == o["surface"] as? String)
            #expect(bytes[..<start].filter { $0 == 0x0A }.count + 1 == lineNo)
        }
    }

    @Test(arguments: ["74/177", "A/RES/74/177", "resolution 74/177", "a/res/74/177"])
    func citesAcceptsEveryWrittenForm(_ form: String) throws {
        let r = try CLI.run(["cites", form, "seeds/", "--format", "csv"])
        #expect(r.status == 0, "\(r.err)")
        let paragraphs = r.out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(paragraphs == ["summary", "1", "19"])
    }

    /// An ambiguous spelling finds the citations of every organ it may mean.
    @Test(arguments: ["9/1", "resolution 9/1"]) func citesAnAmbiguousNumber(_ form: String) throws {
        let r = try CLI.run(["cites", form, "seeds/", "--format", "csv"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] } == ["21", "23"])
    }

    @Test func citesAnUnknownSymbolSaysSoAndSuggests() throws {
        let r = try CLI.run(["cites", "74/17", "seeds/"])
        #expect(r.status == 1)
        #expect(r.err.contains("A/RES/74/17") && r.err.contains("A/RES/74/177"))
    }

    @Test func symbolsCountsEachCitedSymbol() throws {
        let r = try CLI.run(["symbols", "seeds/", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: r.outData) as! [[String: Any]]
        let counts = Dictionary(Self.expected.map { ($0.1, 1) }, uniquingKeysWith: +)
        #expect(rows.count == counts.count)
        for row in rows { #expect(row["count"] as? Int == counts[row["symbol"] as! String], "\(row)") }
        #expect(rows.first?["symbol"] as? String == "A/RES/74/177")
    }

    @Test func showFollowsTheMandateFromTheReportItProduced() throws {
        let r = try CLI.run(["show", "A/RES/73/187", "seeds/", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let lines = try JSONSerialization.jsonObject(with: r.outData) as! [[String: Any]]
        let down = lines.filter { $0["direction"] as? String == "down" }
        #expect(down.contains { $0["symbol"] as? String == "A/74/130" && $0["relation"] as? String == "mandated-by" && $0["paragraph"] as? String == "85" })
        #expect(down.contains { $0["relation"] as? String == "in-accordance-with" && $0["paragraph"] as? String == "85" })
    }

    @Test func citesFiltersByRelation() throws {
        let r = try CLI.run(["cites", "74/177", "seeds/", "--relation", "requested-by", "--format", "csv"])
        let rows = r.out.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 1 && rows.first?.split(separator: ",")[1] == "1")
    }
}
