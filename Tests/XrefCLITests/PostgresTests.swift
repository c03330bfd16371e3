import Foundation
import Testing

/// The index in PostgreSQL (`--db postgres://...`), filled by shard writers at once. Needs a server:
/// `.ci/run` starts one on loopback and sets XREF_TEST_POSTGRES; elsewhere these tests are skipped.
@Suite(.serialized) struct PostgresTests {
    static let url = ProcessInfo.processInfo.environment["XREF_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether the server answers, told once on stderr when it does not.
    static let reachable: Bool = {
        guard let url, let psql = CLI.which("psql") else {
            FileHandle.standardError.write(Data("PostgresTests: skipped, XREF_TEST_POSTGRES is not set (or psql is missing); .ci/run starts a server\n".utf8))
            return false
        }
        let ok = (try? CLI.exec(psql, [url, "-Atc", "SELECT 1"]))?.status == 0
        if !ok { FileHandle.standardError.write(Data("PostgresTests: skipped, no PostgreSQL server answers at \(url)\n".utf8)) }
        return ok
    }()

    /// A new empty database on the test server, dropped after `body`.
    static func withDatabase(_ body: (String) throws -> Void) throws {
        let url = try #require(Self.url), psql = try #require(CLI.which("psql"))
        let name = "xref_test_" + UUID().uuidString.prefix(8).lowercased()
        #expect(try CLI.exec(psql, [url, "-qc", "CREATE DATABASE \(name)"]).status == 0)
        defer { _ = try? CLI.exec(psql, [url, "-qc", "DROP DATABASE \(name) WITH (FORCE)"]) }
        let base = url[..<(url.lastIndex(of: "/") ?? url.endIndex)]
        try body(base + "/" + name)
    }

    static var folders: [String] { IndexTests.folders }

    @Test(.enabled(if: reachable)) func twoShardWritersAtOnceGiveTheGraphOfOneSQLiteRun() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sqlite = dir + "/one.sqlite"
        #expect(try CLI.run(["index"] + Self.folders + ["--db", sqlite]).status == 0)
        #expect(try CLI.run(["graph", "--db", sqlite, "-o", dir + "/one.graphml"] + Self.folders).status == 0)
        try Self.withDatabase { pg in
            let runs = Runs()
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                runs.set(k, try? CLI.run(["index"] + Self.folders + ["--db", pg, "--shard", "\(k + 1)/2"]))
            }
            let counts = try runs.results.map { r -> Int in
                let out = try #require(r).out
                #expect(r?.status == 0, "\(r?.err ?? "")")
                return Int(out.split(separator: " ")[1].filter(\.isNumber)) ?? -1
            }
            // Both shards did part of the work (when there is more than the one seed document to share), and
            // together all of it.
            if CLI.hasShared { #expect(counts.allSatisfy { $0 > 0 }) }
            let total = try CLI.run(["index"] + Self.folders + ["--db", sqlite]).out
            #expect(total.contains("0 new, 0 changed, 0 removed, \(grouped(counts.reduce(0, +))) unchanged"))

            #expect(try CLI.run(["graph", "--db", pg, "-o", dir + "/shards.graphml"] + Self.folders).status == 0)
            let one = try #require(FileManager.default.contents(atPath: dir + "/one.graphml"))
            #expect(FileManager.default.contents(atPath: dir + "/shards.graphml") == one)
            for q in [["cites", "74/177", "--format", "json"], ["extract", "--format", "csv"]] {
                #expect(try CLI.run(q + ["--db", pg] + Self.folders).out == (try CLI.run(q + ["--db", sqlite] + Self.folders)).out)
            }
            // A shard's second run reads nothing and removes none of the other shard's documents.
            let again = try CLI.run(["index"] + Self.folders + ["--db", pg, "--shard", "1/2"])
            #expect(again.out.hasPrefix("indexed 0 new, 0 changed, 0 removed, \(grouped(counts[0])) unchanged"))
        }
    }

    @Test(.enabled(if: reachable)) func aDatabaseOfAnotherProgramIsRefused() throws {
        try Self.withDatabase { pg in
            let psql = try #require(CLI.which("psql"))
            #expect(try CLI.exec(psql, [pg, "-qc", "CREATE TABLE invoices (n int)"]).status == 0)
            let r = try CLI.run(["index", "seeds", "--db", pg])
            #expect(r.status == 1)
            #expect(r.err.hasSuffix(": not an xref index (it holds other tables: invoices)\n"))
        }
    }

    private func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }
}

/// Results of processes run at once.
private final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [CLI.Result?] = [nil, nil]
    func set(_ k: Int, _ r: CLI.Result?) { lock.lock(); results[k] = r; lock.unlock() }
}
