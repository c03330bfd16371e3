import Foundation
import Testing
@testable import XrefInput

/// Runs `judgedSample` (JudgedSample.swift) against the corpus: every judged citation is found with its
/// key, organ and relation; nothing is found where the judge saw no citation.
@Suite(.enabled(if: Corpus.available)) struct JudgedSampleTests {
    @Test(arguments: Dictionary(grouping: judgedSample, by: \.file).keys.sorted())
    func judgedRowsHold(_ file: String) throws {
        let source = try Reader.read(path: Corpus.path(file))
        let analysis = Pipeline.analyze(source)
        let text = source.bytes
        for row in judgedSample where row.file == file {
            let context = Array(row.context.utf8), candidate = Array(row.candidate.utf8)
            let at = try #require(firstIndex(of: context, in: text), "\(file): context not found: \(row.context)")
            let offset = try #require(firstIndex(of: candidate, in: context), "\(row.candidate) not in its context")
            let span = (at + offset)..<(at + offset + candidate.count)
            let hits = analysis.citations.filter { $0.start < span.upperBound && span.lowerBound < $0.end }
            switch row.verdict {
            case .found:
                let hit = hits.first { $0.symbol == row.key }
                #expect(hit != nil, "\(file): missed \(row.candidate) -> \(row.key), got \(hits.map(\.symbol)) in “\(row.context)”")
                if let hit, !row.organ.isEmpty { #expect(hit.organ.rawValue == row.organ, "\(file): \(row.key) organ") }
                if let hit, !row.relation.isEmpty { #expect(hit.relation.rawValue == row.relation, "\(file): \(row.key) relation in “\(row.context)”") }
            case .noCitation:
                #expect(hits.isEmpty, "\(file): \(row.candidate) is no citation, found \(hits.map(\.symbol)) in “\(row.context)”")
            case .knownMiss, .knownError:
                break
            }
        }
    }

    @Test func sampleHasEveryVerdict() {
        #expect(judgedSample.filter { $0.verdict == .found }.count >= 250)
        #expect(judgedSample.filter { $0.verdict == .noCitation }.count >= 100)
    }

    private func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && hay[i..<i + needle.count].elementsEqual(needle) { return i }
        return nil
    }
}
