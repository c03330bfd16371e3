import Foundation
import Testing

/// `xref documents`, `mandates` (with fulfilment and --open), `diff` and `show` end to end on real resolutions.
@Suite(.enabled(if: CLI.hasShared)) struct MandateCommandsTests {
    static let akn = CLI.shared + "/corpus/akn-text/"
    static let pair = [akn + "A_RES_77_19-2226541E.txt", akn + "A_RES_79_135-2423452E.txt"]

    @Test func documentsListsRecordsWithLineage() throws {
        let r = try CLI.run(["documents"] + Self.pair + ["--format", "jsonl"])
        #expect(r.status == 0, "\(r.err)")
        let rows = try CLI.jsonLines(r.out)
        #expect(rows.count == 2)
        #expect(rows.last?["symbol"] as? String == "A/RES/79/135" && rows.last?["predecessor"] as? String == "A/RES/77/19")
        #expect(rows.last?["title"] as? String == "Cooperation between the United Nations and the Central European Initiative")
        let csv = try CLI.run(["documents"] + Self.pair + ["--format", "csv"])
        #expect(csv.out.hasPrefix("document,symbol,date,organ,session,agenda_item,language,predecessor,predecessor_evidence,title\r\n"))
    }

    @Test func mandatesAreFulfilledByTheReportALaterResolutionNames() throws {
        let r = try CLI.run(["mandates"] + Self.pair + ["--format", "jsonl"])
        #expect(r.status == 0, "\(r.err)")
        let rows = try CLI.jsonLines(r.out)
        let requested = try #require(rows.first { $0["symbol"] as? String == "A/RES/77/19" && $0["paragraph"] as? String == "22" })
        let by = requested["fulfilled_by"] as? [[String: Any]]
        #expect(by?.first?["symbol"] as? String == "A/79/302" && by?.first?["reason"] as? String == "due GA 79")
        let open = try CLI.jsonLines(try CLI.run(["mandates"] + Self.pair + ["--open", "--format", "jsonl"]).out)
        #expect(!open.isEmpty && !open.contains { $0["symbol"] as? String == "A/RES/77/19" && $0["paragraph"] as? String == "22" })
        let all = try CLI.jsonLines(try CLI.run(["mandates"] + Self.pair + ["--all", "--format", "jsonl"]).out)
        #expect(all.count > rows.count && all.contains { $0["mandate"] as? Bool == false })
    }

    @Test func diffAlignsAResolutionWithItsPredecessor() throws {
        let r = try CLI.run(["diff", "A/RES/77/19", "A/RES/79/135"] + Self.pair + ["--format", "jsonl"])
        #expect(r.status == 0, "\(r.err)")
        let rows = try CLI.jsonLines(r.out)
        #expect(rows.first?["op"] as? String == "same")
        let taking = try #require(rows.first { $0["old"] as? String == "pp7" })
        #expect(taking["op"] as? String == "modified" && (taking["changes"] as? String ?? "").contains("+77/19"))
        let table = try CLI.run(["diff"] + Self.pair)
        #expect(table.out.contains("{+77/19,1+}") && table.out.contains("[-75/7,1-]"))
        let missing = try CLI.run(["diff", "A/RES/1/1", "A/RES/79/135"] + Self.pair)
        #expect(missing.status == 1 && missing.err.hasPrefix("xref: A/RES/1/1 is not among"))
    }

    @Test func showPrintsAResolutionsMandatesAndTheirStatus() throws {
        let r = try CLI.run(["show", "A/RES/77/19"] + Self.pair)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("mandates:") && r.out.contains("¶22.1 requests Secretary-General: report to General Assembly due GA 79  [fulfilled by A/79/302]"))
    }
}
