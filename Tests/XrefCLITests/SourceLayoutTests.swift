import Foundation
import Testing

/// The sources stay grouped by pipeline stage: a folder that collects more than a dozen files no longer tells
/// a reader which stage a file belongs to, and is split (DESIGN §7).
@Suite struct SourceLayoutTests {
    static let limit = 12

    @Test func noSourceFolderHoldsMoreThanTwelveFiles() throws {
        let sources = CLI.root.appendingPathComponent("Sources").path
        let walker = try #require(FileManager.default.enumerator(atPath: sources))
        var counts: [String: Int] = [:]
        while let path = walker.nextObject() as? String {
            if path.hasSuffix(".swift") { counts[(path as NSString).deletingLastPathComponent, default: 0] += 1 }
        }
        #expect(counts.count > 10, "the walk found the source folders")
        let crowded = counts.filter { $0.value > Self.limit }.sorted { $0.key < $1.key }
        #expect(crowded.isEmpty, "folders over \(Self.limit) files: \(crowded.map { "Sources/\($0.key) (\($0.value))" })")
    }
}
