import Foundation
import Testing

/// `xref index` and `--db`: the index answers exactly as reading the folder does, updates only what
/// changed, and refuses a file that is not an index with one line.
@Suite struct IndexTests {
    /// The folders indexed: the seeds, and real UN text of three formats from the shared corpus when present.
    static var folders: [String] {
        ["seeds"] + (CLI.hasShared ? ["../shared/corpus/docx-text", "../shared/corpus/html", "../shared/corpus/xml"] : [])
    }

    /// Indexes `folders` into a new file, and checks that each query answers from it exactly as reading them
    /// does (output, exit status) and that `graph` writes the same files. Returns the index, in `dir`.
    @discardableResult
    static func compare(_ folders: [String], _ queries: [[String]], graphs: [String] = ["g.graphml", "g.json"], in dir: String) throws -> String {
        let db = dir + "/x.sqlite"
        let built = try CLI.run(["index"] + folders + ["--db", db])
        #expect(built.status == 0, "\(built.err)")
        #expect(built.out.hasPrefix("indexed "))
        for q in queries {
            let read = try CLI.run(q + folders)
            // Given the folders, the index answers in their order; without them, in walk order of all paths.
            let indexed = try CLI.run(q + folders + ["--db", db])
            #expect(indexed.out == read.out, "\(q)")
            #expect(indexed.status == read.status, "\(q): \(indexed.err)")
            #expect(!read.out.isEmpty, "\(q)")
        }
        for name in graphs {
            let a = dir + "/read-" + name, b = dir + "/index-" + name
            #expect(try CLI.run(["graph"] + folders + ["-o", a]).status == 0)
            #expect(try CLI.run(["graph", "--db", db, "-o", b] + folders).status == 0)
            #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b), "\(name)")
        }
        return db
    }

    @Test func theIndexAnswersAsReadingTheFolders() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let queries: [[String]] = [
            ["cites", "74/177", "--format", "json"], ["cites", "2396 (2017)", "--format", "csv"], ["cites", "73/187"],
            ["symbols", "--format", "json"], ["symbols"], ["show", "A/RES/73/187", "--depth", "2", "--format", "csv"],
            ["extract", "--format", "jsonl"], ["extract", "--format", "csv"],
        ]
        let db = try Self.compare(Self.folders, queries, in: dir)
        // One folder of the index; the whole index (walk order of every path, as one folder holding them all).
        let one = try CLI.run(["extract", "seeds"])
        #expect(try CLI.run(["extract", "seeds", "--db", db]).out == one.out)
        let all = try CLI.run(["extract", "--db", db]).out
        #expect(all.split(separator: "\n").sorted() == (try CLI.run(["extract"] + Self.folders)).out.split(separator: "\n").sorted())
        #expect(all.hasPrefix("{\"document\":\"../shared") == CLI.hasShared)
    }

    /// The same in the five other languages: each citation is listed with its document's language, and the
    /// graph labels each document with it, from the index as from the files (issue 23: the index dropped it).
    @Test(.enabled(if: CLI.hasShared)) func theIndexAnswersAsReadingInEveryLanguage() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folders = ["../shared/corpus/akn-intl"]
        let queries: [[String]] = [
            ["extract", "--format", "jsonl"], ["symbols", "--format", "json"], ["cites", "70/1", "--format", "json"],
        ]
        let db = try Self.compare(folders, queries, graphs: ["g.graphml"], in: dir)
        let languages = Set(try CLI.jsonLines(try CLI.run(["extract", "--db", db]).out).compactMap { $0["language"] as? String })
        #expect(languages == ["fr", "es", "ru", "zh", "ar"])
    }

    /// An index of version 1 (no language) is refused by queries with what to do, and read again by `xref index`.
    @Test func anOlderIndexIsRefusedByQueriesAndReadAgainByIndex() throws {
        let python = try #require(CLI.which("python3"))
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/old.sqlite"
        #expect(try CLI.run(["index", "seeds", "--db", db]).status == 0)
        // What xref before issue 23 wrote: version 1, without the language column (nor version 3's columns).
        let dropped = ["documents": ["language", "record", "clauses"], "citations": ["pinpoint", "footnote_mark", "via"]]
        let drops = dropped.flatMap { table, columns in columns.map { "c.execute('alter table \(table) drop column \($0)'); " } }.joined()
        let downgrade = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); " + drops
            + "c.execute(\"update xref_meta set value='1' where key='version'\"); c.commit()"
        #expect(try CLI.exec(python, ["-c", downgrade, db]).status == 0)
        let refused = try CLI.run(["extract", "--db", db])
        #expect(refused.status == 1 && refused.out.isEmpty)
        #expect(refused.err == "xref: \(db): index version 1 is older than this xref's (3) and lacks the documents' language; "
                + "update it with `xref index PATH --db \(db)`\n")
        let updated = try CLI.run(["index", "seeds", "--db", db])
        #expect(updated.status == 0)
        #expect(updated.err == "xref: note: \(db): index version 1 updated to this xref's; its documents lacked their language, so every file is read again\n")
        #expect(updated.out.hasPrefix("indexed 1 new, 0 changed, 0 removed, 0 unchanged"), "\(updated.out)")
        #expect(try CLI.run(["extract", "--db", db]).out == (try CLI.run(["extract", "seeds"])).out)
    }

    /// Records and clauses are stored as JSON: two runs over the same documents store the same bytes, keys in order,
    /// so a diff of two indexes shows only what changed in the documents.
    @Test func storedRecordsAndClausesAreTheSameBytesInEveryRun() throws {
        let python = try #require(CLI.which("python3"))
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let check = """
            import json, sqlite3, sys
            rows = [sqlite3.connect(p).execute('select path, record, clauses from documents order by path').fetchall() for p in sys.argv[1:]]
            assert rows[0] == rows[1], 'runs differ'
            def ordered(pairs):
                keys = [k for k, _ in pairs]
                assert keys == sorted(keys), keys
                return dict(pairs)
            for row in rows[0]:
                for v in row[1:]:
                    if v: json.loads(v, object_pairs_hook=ordered)
            print(sum(1 for r in rows[0] if r[1]), sum(1 for r in rows[0] if r[2]))
            """
        // The seed is a report (a record, no clauses); three resolutions of the shared corpus have clauses too.
        var folders = ["seeds"]
        if CLI.hasShared {
            let akn = CLI.root.path + "/../shared/corpus/akn-text"
            try FileManager.default.createDirectory(atPath: dir + "/akn", withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: akn).sorted().prefix(3) {
                try FileManager.default.copyItem(atPath: akn + "/" + name, toPath: dir + "/akn/" + name)
            }
            folders.append(dir + "/akn")
        }
        let dbs = [dir + "/a.sqlite", dir + "/b.sqlite"]
        for db in dbs { #expect(try CLI.run(["index"] + folders + ["--db", db]).status == 0) }
        let checked = try CLI.exec(python, ["-c", check] + dbs)
        #expect(checked.status == 0, "\(checked.err)")
        let counts = checked.out.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] >= 1, "\(checked.out)")
        if CLI.hasShared { #expect(counts.count == 2 && counts[1] == 3, "\(checked.out)") }
    }

    @Test func aSecondRunReadsOnlyWhatChanged() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let docs = dir + "/docs", db = dir + "/x.sqlite"
        try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        let seed = try #require(try FileManager.default.contentsOfDirectory(atPath: CLI.seeds).sorted().first)
        let text = try String(contentsOfFile: CLI.seeds + "/" + seed, encoding: .utf8)
        for name in ["a", "b", "c", "d"] { try text.write(toFile: "\(docs)/\(name).txt", atomically: true, encoding: .utf8) }
        try Data([0, 1, 2, 0, 0xFF]).write(to: URL(fileURLWithPath: docs + "/blob.bin"))
        let first = try CLI.run(["index", docs, "--db", db])
        #expect(first.out.hasPrefix("indexed 5 new, 0 changed, 0 removed, 0 unchanged in "))
        #expect(first.out.hasSuffix("(1 unreadable)\n"))
        #expect(first.err == "xref: \(docs)/blob.bin: binary file, not a document\n")
        #expect(first.status == 1)

        try (text + "\nSee General Assembly resolution 74/177.\n").write(toFile: docs + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: docs + "/b.txt")
        try text.write(toFile: docs + "/e.txt", atomically: true, encoding: .utf8)
        // Same bytes, later time: not read again.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: docs + "/c.txt")
        let second = try CLI.run(["index", docs, "--db", db])
        #expect(second.out.hasPrefix("indexed 1 new, 1 changed, 1 removed, 3 unchanged in "), "\(second.out)")
        #expect(second.status == 0)

        // What the index answers is what reading the folder now gives, the unreadable file reported alike.
        let read = try CLI.run(["extract", docs])
        let indexed = try CLI.run(["extract", "--db", db])
        #expect(indexed.out == read.out)
        #expect(indexed.err == read.err)
        #expect(indexed.status == 1 && read.status == 1)
        #expect(read.out.contains("74/177"))
    }

    @Test func aFileThatIsNoIndexIsOneClearError() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let junk = dir + "/junk.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: junk))
        let damaged = try CLI.run(["cites", "74/177", "--db", junk])
        #expect(damaged.status == 1)
        #expect(damaged.err == "xref: \(junk): not an xref index (damaged, or not an SQLite database)\n")
        // Not even `xref index` writes into it.
        #expect(try CLI.run(["index", "seeds", "--db", junk]).err == damaged.err)

        let missing = try CLI.run(["symbols", "--db", dir + "/none.sqlite"])
        #expect(missing.status == 1)
        #expect(missing.err == "xref: \(dir)/none.sqlite: no index here (build one with `xref index PATH --db \(dir)/none.sqlite`)\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/none.sqlite"))

        if let python = CLI.which("python3") {
            let foreign = dir + "/other.sqlite"
            _ = try CLI.exec(python, ["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table notes (t text)'); c.commit()", foreign])
            let r = try CLI.run(["index", "seeds", "--db", foreign])
            #expect(r.status == 1)
            #expect(r.err == "xref: \(foreign): not an xref index (it holds other tables: notes)\n")
        }
    }
}
