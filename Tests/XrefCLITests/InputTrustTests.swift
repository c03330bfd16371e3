import Foundation
import Testing

/// Issue 23: file names that are not UTF-8 are read, never dropped in silence; messages say what happened
/// in xref's words, short. Every file is made here; the text is the repository's seed document.
@Suite struct InputTrustTests {
    /// Runs `script` in /bin/sh in `dir` with $X the xref executable: the only way to hand xref an argument
    /// that is not UTF-8 (Foundation's Process takes Strings).
    func shell(_ script: String, in dir: String) throws -> CLI.Result {
        try CLI.exec("/bin/sh", ["-c", "X=\"$1\"; " + script, "sh", CLI.executable], in: dir)
    }

    func folder() throws -> String {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/d", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: HostileTests.seed, toPath: dir + "/d/good.txt")
        // "bad\xff.txt": the byte 0xFF is no UTF-8.
        #expect(try shell("cp d/good.txt \"$(printf 'd/bad\\377.txt')\"", in: dir).status == 0)
        return dir
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Walking the folder: both files, the odd name shown with \xff.
        let walked = try CLI.run(["extract", "d"], in: dir)
        #expect(walked.status == 0 && walked.err.isEmpty, "\(walked.err)")
        let rows = try CLI.jsonLines(walked.out)
        let byDocument = Dictionary(grouping: rows, by: { $0["document"] as? String ?? "" }).mapValues(\.count)
        #expect(byDocument.keys.sorted() == ["d/bad\\xff.txt", "d/good.txt"])
        #expect(byDocument["d/bad\\xff.txt"] == byDocument["d/good.txt"])
        // Named on the command line, by its bytes.
        let named = try shell("\"$X\" extract \"$(printf 'd/bad\\377.txt')\"", in: dir)
        #expect(named.status == 0, "\(named.err)")
        #expect(Set(try CLI.jsonLines(named.out).map { $0["document"] as? String }) == ["d/bad\\xff.txt"])
        let missing = try shell("\"$X\" extract \"$(printf 'd/gone\\377.txt')\"", in: dir)
        #expect(missing.status == 1)
        #expect(missing.err.hasPrefix("xref: d/gone\\xff.txt: no such file or folder\n"), "\(missing.err)")
        // Indexed, and answered from the index as reading answers.
        let indexed = try CLI.run(["index", "d", "--db", "x.sqlite"], in: dir)
        #expect(indexed.out.hasPrefix("indexed 2 new, 0 changed, 0 removed, 0 unchanged"), "\(indexed.out) \(indexed.err)")
        #expect(try CLI.run(["extract", "--db", "x.sqlite"], in: dir).out == walked.out)
        #expect(try CLI.run(["index", "d", "--db", "x.sqlite"], in: dir).out.hasPrefix("indexed 0 new, 0 changed, 0 removed, 2 unchanged"))
    }

    @Test func nothingInAFolderIsDroppedWithoutALine() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/d/dangling.txt", withDestinationPath: "nowhere.txt")
        let r = try CLI.run(["extract", "d"], in: dir)
        #expect(r.err == "xref: d/dangling.txt: broken symbolic link, not read\n")
        #expect(r.status == 1)
        #expect(Set(try CLI.jsonLines(r.out).map { $0["document"] as? String }) == ["d/bad\\xff.txt", "d/good.txt"])
    }

    /// "No citation of" is the answer from an index as from the files, when the index has documents.
    @Test func aSymbolNotCitedGetsTheSameAnswerFromTheIndex() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(["index", "seeds", "--db", dir + "/x.sqlite"]).status == 0)
        let read = try CLI.run(["cites", "74/178", "seeds"])
        let indexed = try CLI.run(["cites", "74/178", "seeds", "--db", dir + "/x.sqlite"])
        #expect(read.status == 1 && read.err.hasPrefix("xref: no citation of A/RES/74/178 in seeds; nearest cited: "), "\(read.err)")
        #expect(indexed.err == read.err && indexed.status == read.status)
    }

    @Test func parserMessagesAreXrefsWordsAndShort() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try (String(repeating: "<a>", count: 300) + "x" + String(repeating: "</a>", count: 300)).write(toFile: dir + "/deep.xml", atomically: true, encoding: .utf8)
        let deep = try CLI.run(["extract", "deep.xml"], in: dir)
        #expect(deep.status == 1)
        #expect(deep.err.hasPrefix("xref: deep.xml: malformed XML: elements nested more than 256 deep, past the limit xref reads"), "\(deep.err)")
        #expect(!deep.err.contains("XML_PARSE_HUGE"))
        // A damaged element name of 400 bytes with a control byte: not echoed whole.
        try ("<doc><p>See resolution 74/177.</p><" + String(repeating: "z", count: 400) + ">x</doc>").write(toFile: dir + "/damaged.xml", atomically: true, encoding: .utf8)
        let damaged = try CLI.run(["extract", "damaged.xml"], in: dir)
        #expect(damaged.status == 1)
        #expect(damaged.err.hasPrefix("xref: damaged.xml: malformed XML: "), "\(damaged.err)")
        let line = String(damaged.err.split(separator: "\n").first ?? "")
        #expect(line.count < 200 && !line.contains(String(repeating: "z", count: 41)), "\(line)")
        #expect(damaged.err == line + "\nxref: no document could be read\n")
    }

    @Test func anEmptyPageIsAnEmptyDocument() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["empty.txt", "empty.html", "blank.html"] {
            FileManager.default.createFile(atPath: dir + "/" + name, contents: name == "blank.html" ? Data(" \n".utf8) : Data())
            let r = try CLI.run(["extract", name], in: dir)
            #expect(r.status == 0 && r.err.isEmpty && r.out.isEmpty, "\(name): \(r.err)")
        }
    }

    @Test func usageMessagesNameWhatIsWrong() throws {
        let bogus = try CLI.run(["graph", "seeds", "--bogus"])
        #expect(bogus.status == 2)
        #expect(bogus.err.hasPrefix("xref: Unknown option '--bogus'"), "\(bogus.err)")
        let missing = try CLI.run(["graph", "seeds"])
        #expect(missing.status == 2 && missing.err.hasPrefix("xref: give the output file with -o FILE"), "\(missing.err)")
        let xml = try CLI.run(["extract", "seeds", "--format", "xml"])
        #expect(xml.status == 2)
        #expect(!xml.err.contains(". ;") && !xml.err.contains(".;") && xml.err.contains("'xml'"), "\(xml.err)")
        #expect(xml.err.split(separator: "\n").count == 1)
    }
}
