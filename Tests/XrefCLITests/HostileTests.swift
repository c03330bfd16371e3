import Foundation
import Testing

/// Issue 11 end to end: outputs that are not ours, folders that loop or block, messages. (Signals are not
/// tested here: the test runner hands its children SIGTERM and SIGINT blocked; see the README figures.)
/// Every file is made here; the text is the repository's seed document.
@Suite struct HostileTests {
    static let seed = CLI.seeds + "/000_0d3a60e5d9e57139.txt"

    func folder() throws -> String {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/d", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.seed, toPath: dir + "/d/good.txt")
        return dir
    }

    @Test func anOutputThatIsAnInputIsRefusedAndNothingWritten() throws {
        let dir = try folder()
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/d/good.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/alias.txt", withDestinationPath: dir + "/d/good.txt")
        for target in ["d/good.txt", "alias.txt"] {
            let r = try CLI.run(["extract", "d", "-o", target], in: dir)
            #expect(r.status == 1, "\(target)")
            #expect(r.err.hasPrefix("xref: ") && r.err.contains("one of the inputs"), "\(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/d/good.txt")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/d")
        #expect(leftovers == ["good.txt"])
    }

    @Test func symlinksAreFollowedModesKeptFIFOsWrittenInPlace() throws {
        let dir = try folder()
        // A symlink: the file it points to gets the output, the link stays a link.
        FileManager.default.createFile(atPath: dir + "/target.jsonl", contents: Data("old".utf8))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.jsonl", withDestinationPath: "target.jsonl")
        #expect(try CLI.run(["extract", "d", "-o", "link.jsonl"], in: dir).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.jsonl") == "target.jsonl")
        #expect(try String(contentsOfFile: dir + "/target.jsonl", encoding: .utf8).contains("\"symbol\""))
        // A file's mode stays.
        FileManager.default.createFile(atPath: dir + "/private.jsonl", contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        #expect(try CLI.run(["extract", "d", "-o", "private.jsonl"], in: dir).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/private.jsonl")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A FIFO with a reader is written into, and stays a FIFO.
        #expect(mkfifo(dir + "/pipe", 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat pipe > from-pipe"]
        reader.currentDirectoryURL = URL(fileURLWithPath: dir)
        try reader.run()
        let r = try CLI.run(["extract", "d", "-o", "pipe"], in: dir)
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.err)")
        #expect(try FileManager.default.attributesOfItem(atPath: dir + "/pipe")[.type] as? FileAttributeType == .typeUnknown
                || (try FileManager.default.attributesOfItem(atPath: dir + "/pipe")[.type] as? FileAttributeType) != .typeRegular)
        #expect(try String(contentsOfFile: dir + "/from-pipe", encoding: .utf8).contains("\"symbol\""))
        // A FIFO nobody reads is an error, not a hang.
        #expect(mkfifo(dir + "/lonely", 0o644) == 0)
        let lonely = try CLI.run(["extract", "d", "-o", "lonely"], in: dir)
        #expect(lonely.status == 1 && lonely.err.contains("no reader"), "\(lonely.err)")
    }

    @Test func loopsAndFIFOsInAFolderDoNotStopTheRun() throws {
        let dir = try folder()
        try FileManager.default.createSymbolicLink(atPath: dir + "/d/l1", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: dir + "/d/l2", withDestinationPath: ".")
        #expect(mkfifo(dir + "/d/pipe.txt", 0o644) == 0)
        let r = try CLI.run(["extract", "d"], in: dir)
        let documents = Set(try CLI.jsonLines(r.out).map { $0["document"] as? String })
        #expect(documents == ["d/good.txt"])
        #expect(r.err.split(separator: "\n").count == 2 && r.err.contains("d/l1: symbolic link loop"), "\(r.err)")
        let text = try CLI.run(["text", "d/pipe.txt"], in: dir)
        #expect(text.status == 1 && text.err.contains("FIFO"), "\(text.err)")
    }

    @Test func usageErrorsAreOneXrefLineWithExitTwo() throws {
        let dir = try folder()
        let cases: [[String]] = [
            ["graph", "d", "-o", "m.svg", "--depth", "-1"],
            ["graph", "d", "-o", "m.svg", "--format", "json"],
            ["extract", "d", "-o", "c.csv", "--format", "json"],
            ["graph", "d", "-o", "x"],
            ["extract"],
        ]
        for args in cases {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 2, "\(args)")
            #expect(r.err.hasPrefix("xref: ") && r.err.split(separator: "\n").count == 1, "\(args): \(r.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/m.svg"))
        let bench = try CLI.run(["bench", "nope"], in: dir)
        #expect(bench.status == 1 && bench.err.contains("nope"), "\(bench.err)")
        // With -o the extension chooses the listing format.
        #expect(try CLI.run(["extract", "d", "-o", "c.csv"], in: dir).status == 0)
        #expect(try String(contentsOfFile: dir + "/c.csv", encoding: .utf8).hasPrefix("document,paragraph,"))
    }
}
