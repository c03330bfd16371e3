import Foundation
import Testing

/// Issue 23: what the index promises when its file is damaged or may not be written (docs/index-guarantees.md).
@Suite struct IndexTrustTests {
    /// An index of twelve copies of the seed document (a few hundred KB, so 64 KB of damage misses the header).
    static func index(in dir: String) throws -> String {
        try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
        let seed = try #require(try FileManager.default.contentsOfDirectory(atPath: CLI.seeds).sorted().first)
        for i in 1...12 { try FileManager.default.copyItem(atPath: CLI.seeds + "/" + seed, toPath: "\(dir)/docs/\(i).txt") }
        let db = dir + "/x.sqlite"
        let built = try CLI.run(["index", "docs", "--db", db], in: dir)
        #expect(built.status == 0, "\(built.err)")
        return db
    }

    static let queries: [[String]] = [
        ["cites", "74/177"], ["symbols"], ["extract"], ["graph", "-o", "g.graphml"], ["show", "A/RES/73/187"],
    ]

    @Test func aDamagedIndexIsNeitherWrittenNorReadAndEveryCommandSaysSoAlike() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = try Self.index(in: dir)
        // 64 KB of garbage in the middle of the file, as a bad disk or a stray write would leave it.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(bytes.count > 3 * 65536, "\(bytes.count)")
        var seed: UInt64 = 23
        let start = bytes.count / 2 - 32768
        for i in start..<(start + 65536) {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            bytes[i] = UInt8(truncatingIfNeeded: seed >> 33)
        }
        try bytes.write(to: URL(fileURLWithPath: db))

        let update = try CLI.run(["index", "docs", "--db", db], in: dir)
        #expect(update.status == 1 && update.out.isEmpty, "\(update.out)")
        #expect(update.err.hasPrefix("xref: \(db): damaged index (SQLite"), "\(update.err)")
        #expect(update.err.hasSuffix("), neither read nor written; remove it and build it again with `xref index PATH --db \(db)`\n"))
        #expect(update.err.split(separator: "\n").count == 1)
        // Not a byte written, and no journal left beside it.
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["docs", "x.sqlite"])
        // Every query fails the same way, the one that touches few pages too.
        for q in Self.queries {
            let r = try CLI.run(q + ["--db", db], in: dir)
            #expect(r.status == 1 && r.out.isEmpty, "\(q)")
            #expect(r.err == update.err, "\(q)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/g.graphml"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    }

    /// A table that lost a column is damage too, refused alike (SQLite's own check finds nothing there).
    @Test func anIndexMissingAColumnIsRefused() throws {
        let python = try #require(CLI.which("python3"))
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = try Self.index(in: dir)
        let drop = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('alter table citations drop column link'); c.commit()"
        #expect(try CLI.exec(python, ["-c", drop, db]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for q in [["index", "docs"], ["cites", "74/177"], ["extract"]] {
            let r = try CLI.run(q + ["--db", db], in: dir)
            #expect(r.status == 1, "\(q)")
            #expect(r.err == "xref: \(db): damaged index (its table citations lacks a column), neither read nor written; "
                    + "remove it and build it again with `xref index PATH --db \(db)`\n", "\(q)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// Queries open the index read-only: a 0444 file in a folder nobody may write, as another user, answers
    /// every query as its owner gets it; only `xref index` needs to write, and says it cannot in one line.
    @Test func aReadOnlyIndexAnswersQueries() throws {
        let dir = try CLI.temporaryDirectory()
        defer {
            chmod(dir, 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        let db = try Self.index(in: dir)
        var expected: [String] = []
        for q in Self.queries where q[0] != "graph" { expected.append(try CLI.run(q + ["--db", db], in: dir).out) }
        #expect(chmod(db, 0o444) == 0 && chmod(dir, 0o555) == 0)
        // Root may write anything: the queries run as user nobody then, to whom the file is another's.
        let asOther: (_ arguments: [String]) throws -> CLI.Result = { arguments in
            if getuid() == 0, let setpriv = CLI.which("setpriv") {
                return try CLI.exec(setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CLI.executable] + arguments, in: dir)
            }
            return try CLI.run(arguments, in: dir)
        }
        for (q, out) in zip(Self.queries.filter { $0[0] != "graph" }, expected) {
            let r = try asOther(q + ["--db", db])
            #expect(r.status == 0 && r.err.isEmpty, "\(q): \(r.err)")
            #expect(r.out == out, "\(q)")
        }
        let graph = try asOther(["graph", "--db", db, "-o", "-", "--format", "graphml"])
        #expect(graph.status == 0 && graph.out.contains("<graphml"), "\(graph.err)")
        let update = try asOther(["index", "docs", "--db", db])
        #expect(update.status == 1)
        #expect(update.err.hasPrefix("xref: \(db): ") && update.err.contains("read-only") && update.err.split(separator: "\n").count == 1,
                "\(update.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["docs", "x.sqlite"])
    }

    /// A run killed (SIGKILL: no handler runs) after its first commits leaves whole batches, an index every
    /// query can read, and a next run that reads exactly the files still missing.
    @Test func aKilledRunLeavesWholeBatchesAndTheNextRunReadsTheRest() throws {
        let python = try #require(CLI.which("python3"))
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/docs", withIntermediateDirectories: true)
        let total = 3000
        for i in 0..<total {
            try "Recalling General Assembly resolution 74/\(100 + i % 90) and Security Council resolution \(2000 + i % 300) (2011),\n"
                .write(toFile: String(format: "%@/docs/%04d.txt", dir, i), atomically: false, encoding: .utf8)
        }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: CLI.executable)
        run.arguments = ["index", "docs", "--db", "x.sqlite"]
        run.currentDirectoryURL = URL(fileURLWithPath: dir)
        run.standardOutput = FileHandle.nullDevice
        run.standardError = FileHandle.nullDevice
        try run.run()
        // Killed as soon as a first batch is committed (watched from outside, as another reader would).
        let watch = """
            import os, sqlite3, sys, time
            while True:
                try:
                    c = sqlite3.connect('file:x.sqlite?mode=ro', uri=True)
                    n = c.execute('select count(*) from documents').fetchone()[0]; c.close()
                    if n >= 64: os.kill(int(sys.argv[1]), 9); print(n); break
                except sqlite3.Error: pass
                time.sleep(0.005)
            """
        let watched = try CLI.exec(python, ["-c", watch, String(run.processIdentifier)], in: dir)
        run.waitUntilExit()
        #expect(run.terminationReason == .uncaughtSignal, "the run ended before it was killed: make the corpus larger")
        let kept = try #require(Int(try CLI.exec(python, ["-c", "import sqlite3; print(sqlite3.connect('x.sqlite').execute('select count(*) from documents').fetchone()[0])"], in: dir)
                                .out.trimmingCharacters(in: .whitespacesAndNewlines)), "\(watched.err)")
        #expect(kept % 64 == 0 && kept >= 64 && kept < total, "\(kept)")
        // Readable as it is, and what it holds is what reading those files gives.
        let partial = try CLI.run(["extract", "--db", "x.sqlite"], in: dir)
        #expect(partial.status == 0, "\(partial.err)")
        let rest = try CLI.run(["index", "docs", "--db", "x.sqlite"], in: dir)
        let grouped = { (n: Int) in n < 1000 ? "\(n)" : "\(n / 1000)," + String(String(n % 1000 + 1000).dropFirst()) }
        #expect(rest.out.hasPrefix("indexed \(grouped(total - kept)) new, 0 changed, 0 removed, \(grouped(kept)) unchanged"), "\(rest.out)")
        #expect(try CLI.run(["extract", "--db", "x.sqlite"], in: dir).out == (try CLI.run(["extract", "docs"], in: dir)).out)
        #expect(partial.out.split(separator: "\n").count < (try CLI.run(["extract", "--db", "x.sqlite"], in: dir)).out.split(separator: "\n").count)
    }

    @Test func serveAnswersFromAReadOnlyIndex() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = try Self.index(in: dir)
        #expect(chmod(db, 0o444) == 0)
        let asNobody = getuid() == 0 ? CLI.which("setpriv").map { [$0, "--reuid=nobody", "--regid=nogroup", "--clear-groups"] } ?? [] : []
        let served = try Served.start(["--db", db], launcher: asNobody)
        defer { served.stop() }
        let said = served.said
        #expect(said.hasPrefix("xref: serving 12 documents on http://127.0.0.1:"), "\(said)")
    }
}
