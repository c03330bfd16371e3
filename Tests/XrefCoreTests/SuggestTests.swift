import Testing
@testable import XrefCore

/// What the search box suggests, best first (issue 19: "70/1" put A/70/122 before A/RES/70/1; "res 70"
/// suggested nothing).
@Suite struct SuggestTests {
    static let keys = ["A/70/122", "A/70/1", "A/RES/70/122", "A/RES/71/70", "A/RES/70/1", "E/RES/70/1", "A/HRC/RES/70/1",
                       "S/RES/1701 (2006)", "CND res 62/9", "A/DEC/70/550", "A/RES/69/313"]

    @Test func theResolutionTheInputNamesComesFirst() {
        let ranked = Suggest.rank("70/1", among: Self.keys, limit: 20)
        #expect(ranked.first == "A/RES/70/1")
        #expect(ranked.firstIndex(of: "A/RES/70/1")! < ranked.firstIndex(of: "A/70/122")!)
        // Ending at a slash ranks above merely containing it, resolutions above other documents.
        #expect(ranked.firstIndex(of: "E/RES/70/1")! < ranked.firstIndex(of: "A/70/1")!)
        #expect(ranked.firstIndex(of: "A/70/1")! < ranked.firstIndex(of: "A/70/122")!)
    }

    @Test func aKindWordKeepsThatKindAndReadsTheNumber() {
        let res = Suggest.rank("res 70", among: Self.keys, limit: 20)
        #expect(Array(res.prefix(2)) == ["A/RES/70/1", "E/RES/70/1"])
        #expect(!res.contains("A/70/122") && !res.contains("A/DEC/70/550"))
        #expect(res.firstIndex(of: "A/RES/70/122")! < res.firstIndex(of: "A/RES/71/70")!)
        #expect(Suggest.rank("decision 70", among: Self.keys, limit: 20) == ["A/DEC/70/550"])
        #expect(Suggest.rank("res 62/9", among: Self.keys, limit: 20) == ["CND res 62/9"])
    }

    @Test func nothingForNothing() {
        #expect(Suggest.rank("  ", among: Self.keys, limit: 5).isEmpty)
        #expect(Suggest.rank("zzz", among: Self.keys, limit: 5).isEmpty)
    }
}
