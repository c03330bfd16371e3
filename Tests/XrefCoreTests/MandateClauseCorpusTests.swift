import Foundation
import Testing
@testable import XrefCore

/// The real cases of issue 18 and reference/mandates.md, read from ../shared/corpus/akn-text.
@Suite(.enabled(if: Corpus.available)) struct MandateClauseCorpusTests {
    static func clauses(_ file: String) throws -> [MandateClause] {
        try Corpus.analyze(Corpus.shared.appendingPathComponent("corpus/akn-text/" + file)).clauses
    }

    static func clause(_ file: String, _ paragraph: String, _ n: Int = 1) throws -> MandateClause? {
        try clauses(file).first { $0.paragraph == paragraph && $0.clause == n }
    }

    @Test func reportToTheAssemblyAtItsEightyFirstSession() throws {
        let c = try #require(try Self.clause("A_RES_79_135-2423452E.txt", "18"))
        #expect(c.mandate && c.verb == "requests" && c.addressee == "Secretary-General" && c.addresseeType == .secretariat)
        #expect(c.deliverables == [.report] && c.recipients == ["General Assembly"] && c.due == ["GA 81"] && c.recurrence == .oneOff)
    }

    @Test func agendaItemOnItself() throws {
        let c = try #require(try Self.clause("A_RES_79_124-2423505E.txt", "16"))
        #expect(c.mandate && c.addresseeType == .self && c.deliverables == [.agendaItem] && c.due == ["GA 81"])
        let sub = try #require(try Self.clause("A_RES_79_295-2509824E.txt", "9"))
        #expect(sub.due == ["GA 80", "GA 81"] && sub.recurrence == .biennial && sub.deliverables == [.agendaItem])
    }

    @Test func twoAddresseesInOneParagraph() throws {
        let all = try Self.clauses("A_RES_77_234-2229000E.txt").filter { $0.paragraph == "21" }
        #expect(all.count == 2)
        #expect(all.first?.addressee == "UNODC" && all.first?.deliverables == [.action])
        #expect(all.last?.addressee == "the Institute" && all.last?.deliverables == [.report] && all.last?.recurrence == .annual)
    }

    @Test func actionAndReportThereon() throws {
        let c = try #require(try Self.clause("A_RES_75_292-2108995E.txt", "10"))
        #expect(c.verb == "authorizes" && c.deliverables == [.action, .report])
        let t = try #require(try Self.clause("A_RES_79_250-2424689E.txt", "20"))
        #expect(t.deliverables == [.action, .report] && t.recurrence == .triennial)
    }

    @Test func meetingAtASession() throws {
        let c = try #require(try Self.clause("A_RES_79_170-2424210E.txt", "51"))
        #expect(c.mandate && c.addresseeType == .self && c.deliverables == [.meeting] && c.due == ["GA 81"])
    }

    @Test func hortatoryStatesAndSelfExecutingAreNoMandates() throws {
        #expect(try Self.clause("A_RES_79_176-2424217E.txt", "4")?.mandate == false)
        #expect(try Self.clause("A_RES_75_291_E.txt", "25")?.addresseeType == .states)
        #expect(try Self.clause("A_RES_75_291_E.txt", "25")?.mandate == false)
        #expect(try Self.clause("A_RES_75_309-2110119E.txt", "2")?.mandate == false)
    }

    @Test func yearsSessionsAndTwoRecipients() throws {
        let years = try #require(try Self.clause("A_RES_79_226-2424320E.txt", "127"))
        #expect(years.recipients == ["Economic and Social Council"] && years.due == ["2025", "2026", "2027"] && years.recurrence == .explicitYears)
        let sessions = try #require(try Self.clause("A_RES_77_218-2228962E.txt", "30"))
        #expect(sessions.addresseeType == .official && sessions.due == ["GA 78", "GA 79"] && sessions.recurrence == .explicitYears)
        let two = try #require(try Self.clause("A_RES_79_183-2424225E.txt", "34"))
        #expect(two.recipients == ["General Assembly", "Human Rights Council"] && two.due == ["GA 80", "HRC 59"])
        let via = try #require(try Self.clause("A_RES_79_186-2424146E.txt", "26"))
        #expect(via.recipients == ["General Assembly"] && via.due == ["CCPCJ 34"])
    }

    @Test func subParagraphsInheritTheLeadIn() throws {
        let subs = try Self.clauses("A_RES_79_124-2423505E.txt").filter { $0.paragraph.hasPrefix("12(") }
        #expect(subs.count >= 4 && subs.allSatisfy { $0.verb == "requests" && $0.addressee == "Secretary-General" && $0.mandate })
        let c = try #require(try Self.clause("A_RES_77_246-2300137E.txt", "51(c)"))
        #expect(c.verb == "requests" && c.addressee == "President of the General Assembly" && c.addresseeType == .official && c.mandate)
    }

    @Test func addsToTheAforementionedReport() throws {
        let c = try #require(try Self.clause("75_100_E.txt", "6"))
        #expect(c.deliverables == [.information] && c.refersTo == "5" && c.due == ["GA 76"])
    }

    @Test func pronounAddressee() throws {
        let c = try #require(try Self.clauses("A_RES_75_297_E.txt").first { $0.paragraph == "26" && $0.clause == 2 })
        #expect(c.clause == 2 && c.addressee == "Secretary-General" && c.deliverables.contains(.report))
    }
}
