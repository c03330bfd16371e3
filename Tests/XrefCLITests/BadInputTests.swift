import Foundation
import Testing

/// Bad input is normal input: one line naming the file, the rest still read, the exit code says what
/// happened, no half-written output.
@Suite struct BadInputTests {
    @Test func missingPathIsAnErrorNamingIt() throws {
        let r = try CLI.run(["extract", "/no/such/folder"])
        #expect(r.status == 1)
        #expect(r.err.contains("/no/such/folder"))
        #expect(r.err.split(separator: "\n").allSatisfy { $0.hasPrefix("xref: ") })
    }

    @Test func emptyFolderIsAnError() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["symbols", dir])
        #expect(r.status == 1)
        #expect(r.err.contains(dir))
    }

    @Test func unreadableFilesAreReportedAndTheRestIsRead() throws {
        let dir = try CLI.temporaryDirectory()
        try Data([0x00, 0xFF, 0x10, 0x00, 0x42]).write(to: URL(fileURLWithPath: dir + "/binary.bin"))
        try Data([0x72, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: dir + "/latin.txt"))
        try Data("Recalling its resolution 74/177 of 18 December 2019,\n".utf8).write(to: URL(fileURLWithPath: dir + "/good.txt"))
        let r = try CLI.run(["extract", dir])
        #expect(r.status == 1, "some input could not be read")
        #expect(r.err.contains("binary.bin"))
        #expect(r.err.contains("latin.txt"))
        #expect(r.out.contains("\"A/RES/74/177\""))
    }

    @Test func aFailedGraphLeavesNoFile() throws {
        let dir = try CLI.temporaryDirectory()
        let target = dir + "/missing-dir/mandates.svg"
        let r = try CLI.run(["graph", "seeds/", "-o", target])
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(r.err == "xref: cannot write \(target): No such file or directory\n", "\(r.err)")
        let nothing = try CLI.run(["graph", "/no/such/folder", "-o", dir + "/x.svg"])
        #expect(nothing.status == 1)
        #expect((try FileManager.default.contentsOfDirectory(atPath: dir)).isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["cites"]).status == 2)
        #expect(try CLI.run(["graph", CLI.seeds, "-o", "x.unknown"], in: dir).status == 2)
        #expect(try CLI.run(["graph", CLI.seeds, "-o", "x.svg", "--layout", "nope"], in: dir).status == 2)
        #expect(try CLI.run(["--help"]).status == 0)
        // Caught before the folder is read: a folder that does not exist is not what is reported.
        for args in [["graph", "/no/such/folder", "-o", "x.svg", "--organ", "XX"], ["symbols", "/no/such/folder", "--organ", "XX"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 2 && r.err.contains("unknown organ 'XX'") && !r.err.contains("/no/such/folder"), "\(r.err)")
        }
        // A usage error is found before any work: nothing is written.
        #expect((try FileManager.default.contentsOfDirectory(atPath: dir)).isEmpty)
    }

    @Test func aTenMegabyteLineIsRead() throws {
        let dir = try CLI.temporaryDirectory()
        var line = String(repeating: "word ", count: 2_000_000)
        line += "pursuant to General Assembly resolution 74/177."
        try Data(line.utf8).write(to: URL(fileURLWithPath: dir + "/long.txt"))
        let r = try CLI.run(["extract", dir])
        #expect(r.status == 0)
        #expect(try CLI.jsonLines(r.out).map { $0["symbol"] as? String } == ["A/RES/74/177"])
    }
}
