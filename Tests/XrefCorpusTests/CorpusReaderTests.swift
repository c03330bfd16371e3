import Foundation
import Testing
import XrefCore
import XrefInput
@testable import XrefCorpus

@Suite struct CorpusReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path

    @Test func resultsArriveInOrderWithABoundedNumberAhead() throws {
        let ahead = Counter()
        var seen: [Int] = []
        try OrderedParallel.forEach(count: 500, workers: 4, window: 8, transform: { i in
            ahead.add(1)
            // Uneven work, so that threads finish out of order.
            var x = 0
            for k in 0..<((i * 7919) % 5000) { x &+= k }
            return i + (x & 0)
        }, consume: { i, value in
            #expect(i == value)
            seen.append(value)
            ahead.add(-1)
        })
        #expect(seen == Array(0..<500))
        // Started but not yet consumed never exceeds the window (plus the one being handed over).
        #expect(ahead.peak <= 9)
    }

    /// A consumer slower than the workers: they fill the window and sleep, and each item taken must wake
    /// one of them again (woken only when there is room, a missed wake-up would hang here).
    @Test func workersWaitingForRoomAreWokenAsItemsAreTaken() throws {
        let ahead = Counter()
        var seen: [Int] = []
        try OrderedParallel.forEach(count: 200, workers: 3, window: 3, transform: { i in ahead.add(1); return i },
                                    consume: { i, value in
            usleep(200)
            seen.append(value)
            ahead.add(-1)
        })
        #expect(seen == Array(0..<200))
        #expect(ahead.peak <= 4)
    }

    @Test func aThrowingConsumerStopsTheStream() {
        let started = Counter()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try OrderedParallel.forEach(count: 10_000, workers: 2, window: 4, transform: { i in started.add(1); return i },
                                        consume: { i, _ in if i == 3 { throw Stop() } })
        }
        #expect(started.total < 20)
    }

    @Test func seedsStreamAsThePipelineAnalysesThemOneByOne() throws {
        let reader = CorpusReader(paths: [Self.seeds])
        #expect(!reader.files.isEmpty)
        var paths: [String] = []
        try reader.forEach { item in
            let a = try #require(item.analysis)
            let direct = Pipeline.analyze(try Reader.read(path: item.path))
            #expect(a.citations == direct.citations)
            paths.append(item.path)
        }
        #expect(paths == reader.files)
    }

    @Test func aDocumentOverTheCitationLimitIsCutAndReported() throws {
        let seed = try #require(CorpusReader(paths: [Self.seeds]).files.first)
        let full = Pipeline.analyze(try Reader.read(path: seed))
        #expect(full.citations.count > 20)
        #expect(CorpusReader.limited(full).problem == nil)
        let item = CorpusReader.limited(full, limit: 20)
        #expect(item.analysis?.citations == Array(full.citations.prefix(20)))
        #expect(item.problem?.description == "\(seed): more than the 20 citations a document may have: only the first 20 are used")
        // Cut while scanning: the same first 20, and one more to tell that there were more.
        let stopped = Pipeline.analyze(try Reader.read(path: seed), citationLimit: 20)
        #expect(stopped.citations == Array(full.citations.prefix(21)))
        #expect(CorpusReader.limited(stopped, limit: 20).analysis?.citations == item.analysis?.citations)
    }
}

/// Running total and its peak, shared between threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    private(set) var peak = 0
    private(set) var total = 0
    func add(_ n: Int) {
        lock.lock(); value += n; peak = max(peak, value); if n > 0 { total += n }; lock.unlock()
    }
}
