import Foundation
import Testing
@testable import XrefCore

/// Citations built by hand from byte offsets (the recognizer's job), with the paragraph from the
/// segmenter and the relation from the classifier, as the pipeline does.
func handCitations(_ text: [UInt8], _ blocks: [Block], _ specs: [(String, String, SymbolType)], from: Int = 0) -> [Citation] {
    var out: [Citation] = []
    var counts: [String: Int] = [:]
    for (surface, key, type) in specs {
        let nth = counts[surface, default: 0]
        counts[surface] = nth + 1
        guard let s = StructureFixture.offset(of: surface, in: text, nth: nth, from: from),
              let block = StructureFixture.block(at: s, in: blocks) else {
            Issue.record("\(surface) (occurrence \(nth + 1)) is not in the text")
            continue
        }
        let e = s + surface.utf8.count
        out.append(Citation(symbol: key, organ: .ga, type: type, surface: surface,
                            relation: Relations.classify(text, block: block, start: s, end: e),
                            start: s, end: e, paragraph: block.id))
    }
    return out
}

@Suite struct MandateSeedTests {
    let text = StructureFixture.seed
    let blocks = Segmenter.segment(StructureFixture.seed)

    /// Every citation of the seed report, in order of appearance.
    var citations: [Citation] {
        handCitations(text, blocks, [
            ("74/177", "A/RES/74/177", .resolution), ("A/75/50", "A/75/50", .document),
            ("74/177", "A/RES/74/177", .resolution), ("74/171", "A/RES/74/171", .resolution),
            ("74/550", "A/DEC/74/550", .decision), ("74/177", "A/RES/74/177", .resolution),
            ("resolution 9/1", "UNTOC-COP res 9/1", .resolution), ("resolution 9/1", "UNTOC-COP res 9/1", .resolution),
            ("73/186", "A/RES/73/186", .resolution), ("73/191", "A/RES/73/191", .resolution),
            ("73/190", "A/RES/73/190", .resolution), ("CAC/COSP/IRG/2020/3", "CAC/COSP/IRG/2020/3", .document),
            ("CAC/COSP/IRG/2019/4", "CAC/COSP/IRG/2019/4", .document), ("74/175", "A/RES/74/175", .resolution),
            ("2396 \\(2017\\)", "S/RES/2396 (2017)", .resolution), ("69/196", "A/RES/69/196", .resolution),
            ("73/187", "A/RES/73/187", .resolution), ("A/74/130", "A/74/130", .document),
            ("74/247", "A/RES/74/247", .resolution), ("2019/23", "E/RES/2019/23", .resolution),
            ("71/326", "A/RES/71/326", .resolution), ("62/9", "CND res 62/9", .resolution),
            ("28/4", "CCPCJ res 28/4", .resolution), ("74/171", "A/RES/74/171", .resolution),
            ("73/191", "A/RES/73/191", .resolution),
        ])
    }

    @Test func handBuiltCitationsAreAllFound() {
        #expect(citations.count == 25)
    }

    /// Exactly the edges the text states: the report itself rests on 74/177 (summary and paragraph 1),
    /// and A/74/130 was prepared in accordance with 73/187 (paragraph 85). Paragraph 92 ("by preparing
    /// a report pursuant to ... 71/326") names neither this report nor the symbol of the one prepared.
    @Test func exactlyTheStatedEdges() {
        let edges = Mandates.edges(text, blocks: blocks, citations: citations)
        let summary = edges.map { e -> String in
            let from: String
            switch e.source { case .document: from = "document"; case .symbol(let s): from = s }
            return "\(from) -> \(e.target) \(e.relation.rawValue) ¶\(e.paragraph)"
        }
        #expect(summary == [
            "document -> A/RES/74/177 pursuant-to ¶summary",
            "document -> A/RES/74/177 requested-by ¶1",
            "A/74/130 -> A/RES/73/187 in-accordance-with ¶85",
        ])
    }

    @Test func eachEdgeKeepsItsSentence() {
        let edges = Mandates.edges(text, blocks: blocks, citations: citations)
        let sentences = edges.map { String(decoding: text[$0.sentence], as: UTF8.self) }
        #expect(sentences.count == 3)
        #expect(sentences.first == "The present report has been prepared pursuant to General Assembly resolution [74/177](#).")
        #expect(sentences.dropFirst().first?.hasPrefix("The present report provides information") == true)
        #expect(sentences.dropFirst().first?.hasSuffix("in its resolution 74/177.") == true)
        #expect(sentences.last?.hasPrefix("In accordance with General Assembly resolution [73/187](#), UNODC prepared a report") == true)
        #expect(sentences.last?.hasSuffix("([A/74/130](#)).") == true)
    }

    @Test func citationsWithoutMandateMakeNoEdges() {
        let plain = citations.map { c -> Citation in var c = c; c.relation = .mentions; return c }
        #expect(Mandates.edges(text, blocks: blocks, citations: plain).isEmpty)
    }
}

@Suite struct MandateSentenceTests {
    func edges(_ sentence: String, _ specs: [(String, String, SymbolType)]) -> [MandateEdge] {
        let text = Array(sentence.utf8)
        let blocks = [Block(id: "1", kind: .paragraph, range: 0..<text.count)]
        return Mandates.edges(text, blocks: blocks, citations: handCitations(text, blocks, specs))
    }

    @Test func passiveProduction() {
        let e = edges("The report (A/74/130) was prepared pursuant to resolution 73/187.",
                      [("A/74/130", "A/74/130", .document), ("73/187", "A/RES/73/187", .resolution)])
        #expect(e.map(\.source) == [.symbol("A/74/130")])
        #expect(e.first?.target == "A/RES/73/187")
    }

    @Test func noProductionVerbNoEdge() {
        #expect(edges("In accordance with resolution 73/187, the Committee took note of document A/74/5.",
                      [("73/187", "A/RES/73/187", .resolution), ("A/74/5", "A/74/5", .document)]).isEmpty)
    }

    @Test func theNextSentenceIsOutOfReach() {
        #expect(edges("Pursuant to resolution 73/187, UNODC prepared a report. The report (A/74/130) is available online.",
                      [("73/187", "A/RES/73/187", .resolution), ("A/74/130", "A/74/130", .document)]).isEmpty)
    }

    @Test func documentsDoNotMandate() {
        // A mandate cue before a document symbol: documents carry no mandate of their own.
        #expect(edges("The present note is submitted in accordance with A/74/130.", [("A/74/130", "A/74/130", .document)]).isEmpty)
    }

    @Test func noteNamingItself() {
        let e = edges("The Secretary-General has the honour to transmit, pursuant to resolution 2140 (2014), the report of the Panel.",
                      [("2140 (2014)", "S/RES/2140 (2014)", .resolution)])
        #expect(e.map(\.source) == [.document])
        #expect(e.first?.relation == .pursuantTo)
    }
}

@Suite(.enabled(if: StructureFixture.corpusAvailable)) struct MandateCorpusTests {
    /// "Having considered the letters ..., circulated as S/2019/28, S/2019/485, and S/2019/823
    /// respectively, which were submitted pursuant to its resolutions 2451 (2018) and 2452 (2019)".
    @Test func lettersSubmittedPursuantToResolutions() throws {
        let text = StructureFixture.corpusFile("akn-text/S_RES_2505 (2020)-2000446E.txt")
        let blocks = Segmenter.segment(text)
        let from = try #require(StructureFixture.offset(of: "Having considered the letters", in: text))
        let citations = handCitations(text, blocks, [
            ("S/2019/28", "S/2019/28", .document), ("S/2019/485", "S/2019/485", .document),
            ("S/2019/823", "S/2019/823", .document), ("2451 (2018)", "S/RES/2451 (2018)", .resolution),
            ("2452 (2019)", "S/RES/2452 (2019)", .resolution),
        ], from: from)
        #expect(citations.count == 5)
        let edges = Mandates.edges(text, blocks: blocks, citations: citations)
        let pairs = Set(edges.map { e -> String in
            guard case .symbol(let s) = e.source else { return "document" }
            return s + " -> " + e.target
        })
        #expect(pairs == Set(["S/2019/28", "S/2019/485", "S/2019/823"].flatMap { d in
            ["S/RES/2451 (2018)", "S/RES/2452 (2019)"].map { d + " -> " + $0 }
        }))
        #expect(edges.allSatisfy { $0.paragraph == "pp2" && $0.relation == .pursuantTo })
    }
}
