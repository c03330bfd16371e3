import ArgumentParser
import Foundation
import XrefIndex

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Keep a corpus in a database, so that cites, show, symbols, extract and graph answer without reading it.",
        discussion: """
        Reads new and changed files only (size, modification time, then content),
        removes files gone from under PATH, and says what it did. A killed run
        leaves the last committed batch; other xref commands may read meanwhile.
        The index is an SQLite file (default $XREF_DB, else ./xref.sqlite) or a
        PostgreSQL database (postgres://user@host:port/db), where N processes on
        any machines may index disjoint shards of one corpus at once.

        Examples:
          xref index docs/
          xref cites 74/177 --db xref.sqlite
          xref index docs/ --db postgres://xref@db.example.org/xref --shard 1/4
        """)

    @Argument(help: "Files or folders to index (folders recursively; hidden files skipped).") var paths: [String] = []
    @Option(help: "The index: an SQLite file or postgres://... (default $XREF_DB, else ./xref.sqlite).") var db: String?
    @Option(help: "Index only shard K of N (by a hash of each path), e.g. 2/4.") var shard: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to index") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/4") }
    }

    func run() throws {
        let location = db ?? Index.defaultLocation
        var failed = false
        let summary = try Index.open(location, writable: true) { index in
            if let old = index.upgradedFrom {
                Xref.note("\(location): index version \(old) updated to this xref's; "
                          + (old < Index.rereadBelow ? "its documents lacked their language, so every file is read again" : "nothing to read again"))
            }
            let progress = Progress(total: 0, verb: "indexed")
            defer { progress.finish() }
            return try index.update(paths, shard: shard.flatMap(Shard.init), started: { progress.total = $0 }, progress: progress.step) { problem in
                failed = true
                FileHandle.standardError.write(Data("xref: \(problem)\n".utf8))
            }
        }
        print(summary)
        if failed { throw ExitCode(1) }
    }
}
