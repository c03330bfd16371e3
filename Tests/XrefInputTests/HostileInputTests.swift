import Foundation
import Testing
@testable import XrefInput

/// Issue 11, the readers' side: folders and files built to hurt.
@Suite struct HostileInputTests {
    @Test func symlinkLoopsAreSkippedAndEachFileIsReadOnce() throws {
        let dir = TempDir(); defer { dir.remove() }
        let a = dir.file("a.txt", "resolution 74/177")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/l1", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/l2", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/same.txt", withDestinationPath: "a.txt")
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(files == [a])
        #expect(errors.map(\.path) == [dir.path + "/l1", dir.path + "/l2"])
        #expect(errors.allSatisfy { $0.reason.contains("loop") })
    }

    @Test func aFIFOInAFolderIsSkippedAndNamedItIsRefused() throws {
        let dir = TempDir(); defer { dir.remove() }
        let good = dir.file("good.txt", "resolution 74/177")
        let fifo = dir.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let (files, errors) = InputFiles.collect([dir.path])
        #expect(files == [good] && errors.isEmpty)
        let named = InputFiles.collect([fifo])
        #expect(named.files.isEmpty)
        #expect(named.errors.first?.reason.contains("FIFO") == true)
        // Reader.read would block in open() on the old code; now it refuses at once.
        #expect(throws: ReadError.self) { _ = try Reader.read(path: fifo) }
    }

    @Test func markdownBracketsAlongOneLineStillFindLinks() throws {
        let hostile = String(repeating: "](", count: 20_000)
        let text = "See [A/74/130](https://undocs.org/A/74/130) " + hostile + " [x](y)\n"
        let links = PlainText.markdownLinks(Array(text.utf8))
        #expect(links.count == 1)
        #expect(links.first?.target == "https://undocs.org/A/74/130")
    }

    @Test func libxml2MessagesAreOneLine() throws {
        let dir = TempDir(); defer { dir.remove() }
        let bad = dir.file("bad.xml", [UInt8]("<?xml version=\"1.0\" encoding=\"UTF-8\"?><doc>".utf8) + [0xFF, 0xFE] + Array(" resolution 74/177</doc>".utf8))
        do { _ = try Reader.read(path: bad); Issue.record("read a file with invalid UTF-8") }
        catch let e as ReadError {
            #expect(!e.description.contains("\n"), "\(e)")
            #expect(e.reason.contains("UTF-8"))
        }
    }

    @Test func htmlTextNodesOverTenMegabytesAreReadWhole() throws {
        let words = String(repeating: "word ", count: 2_200_000)   // 11 MB in one text node
        let html = "<html><body><p>" + words + "see resolution 74/177</p></body></html>"
        let r = try HTMLReader.read(bytes: Array(html.utf8))
        #expect(String(decoding: r.bytes.suffix(40), as: UTF8.self).contains("resolution 74/177"))
    }

    @Test func htmlNestedDeeperThanTheWalkIsReadAsText() throws {
        for depth in [300, 20_000] {
            let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep resolution 74/177</p>"
                + String(repeating: "</div>", count: depth) + "<p>after resolution 74/178</p></body></html>"
            let text = String(decoding: try HTMLReader.read(bytes: Array(html.utf8)).bytes, as: UTF8.self)
            #expect(text.contains("deep resolution 74/177"), "depth \(depth)")
            #expect(text.contains("after resolution 74/178"), "depth \(depth)")
        }
    }
}
