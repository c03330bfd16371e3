import Foundation
import Testing

/// A PostgreSQL server that stops while `xref index` writes into it: the run ends with one line and exit 1,
/// never hangs, and what it committed before stays. The test starts a server of its own (`.ci/postgres`
/// on another port and folder), since it stops it. Runs where `.ci/run` provides PostgreSQL
/// (XREF_TEST_POSTGRES) and the shared corpus gives a run long enough to stop in the middle.
@Suite(.serialized) struct PostgresStopTests {
    static let script = CLI.root.appendingPathComponent(".ci/postgres").path
    static var enabled: Bool { PostgresTests.url != nil && CLI.hasShared }
    static let corpus = "../shared/corpus/akn-text"

    @Test(.enabled(if: enabled), arguments: ["fast", "immediate"])
    func aServerStoppedMidRunEndsTheRunWithOneLine(mode: String) throws {
        let state = try CLI.temporaryDirectory() + "/pg"
        let environment = ["XREF_CI_POSTGRES_PORT": mode == "fast" ? "55441" : "55442", "XREF_CI_POSTGRES_STATE": state]
        func server(_ arguments: [String]) throws -> CLI.Result {
            try CLI.exec("/usr/bin/env", environment.map { "\($0)=\($1)" } + ["bash", Self.script] + arguments)
        }
        let started = try server(["start"])
        try #require(started.status == 0, "\(started.err)")
        defer { _ = try? server(["stop"]) }
        let url = started.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let psql = try #require(CLI.which("psql"))
        func committed() -> Int {
            let r = try? CLI.exec(psql, [url, "-Atc", "SELECT count(*) FROM documents"])
            return r.flatMap { $0.status == 0 ? Int($0.out.trimmingCharacters(in: .whitespacesAndNewlines)) : nil } ?? 0
        }

        let run = try Background(CLI.executable, ["index", Self.corpus, "--db", url], in: CLI.root.path)
        // Stop the server once the first batch is in, while the run is still writing.
        let waitStart = Date()
        while committed() == 0, run.isRunning, Date().timeIntervalSince(waitStart) < 120 { usleep(50_000) }
        let before = committed()
        try #require(run.isRunning, "the run ended before the server could be stopped: \(run.finish().err)")
        try #require(before > 0)
        #expect(try server(["halt", mode]).status == 0)

        let ended = run.finish(within: 90)
        #expect(ended.finished, "xref index still waiting 90 s after the server stopped (-m \(mode))")
        #expect(ended.status == 1)
        let lines = ended.err.split(separator: "\n")
        #expect(lines.count == 1, "\(ended.err)")
        #expect(lines.first?.hasPrefix("xref: postgres://xref@127.0.0.1:") == true, "\(ended.err)")
        #expect(ended.err.contains("lost the connection to the server") || ended.err.contains("terminating connection"), "\(ended.err)")

        // What was committed before the stop is still there, and a later run completes it.
        #expect(try server(["resume"]).status == 0)
        #expect(committed() >= before)
        let again = try CLI.run(["index", Self.corpus, "--db", url])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out.contains(" unchanged"), "\(again.out)")
    }
}

/// A process left running while the test acts on the world around it, its output in files.
private final class Background {
    let process = Process()
    let dir: String

    init(_ program: String, _ arguments: [String], in directory: String) throws {
        dir = try CLI.temporaryDirectory()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        FileManager.default.createFile(atPath: dir + "/err", contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/err"))
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Waits at most `seconds`; a process still running then is killed and reported as not finished.
    func finish(within seconds: Double = 600) -> (finished: Bool, status: Int32, err: String) {
        let start = Date()
        while process.isRunning, Date().timeIntervalSince(start) < seconds { usleep(50_000) }
        let finished = !process.isRunning
        if !finished { process.terminate(); process.waitUntilExit() }
        let err = (try? String(contentsOfFile: dir + "/err", encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: dir)
        return (finished, process.terminationStatus, err)
    }
}
