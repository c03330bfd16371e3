import Foundation
import Testing
@testable import XrefInput

@Suite struct PlainTextTests {
    @Test func textComesBackByteForByte() throws {
        let dir = TempDir(); defer { dir.remove() }
        let body = "\u{FEFF}Recalling its resolution 74/177 of 18\u{A0}December 2019,\r\n\r\n57. Requests ...\n"
        let t = try Reader.read(path: dir.file("a.txt", body))
        #expect(t.bytes == Array(body.utf8))   // BOM and CRLF kept: offsets are offsets into the file
        #expect(t.links.isEmpty && t.declaredSymbols.isEmpty)
    }

    @Test func invalidUTF8NamesTheOffset() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = dir.file("latin1.txt", Array("résolution".utf8.prefix(1)) + [0xE9] + Array("solution".utf8))
        #expect(throws: ReadError(path: path, reason: "not UTF-8 text (invalid byte at offset 1)")) { try Reader.read(path: path) }
        // Overlong encodings and surrogates are invalid too.
        #expect(PlainText.firstInvalidUTF8([0x41, 0xC0, 0xAF]) == 1)
        #expect(PlainText.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(PlainText.firstInvalidUTF8(Array("74/177 – ok ✓ 🇺🇳".utf8)) == nil)
        #expect(PlainText.firstInvalidUTF8([0x61, 0xE2, 0x80]) == 1)   // cut in the middle of a character
    }

    @Test func emptyFileIsEmptyText() throws {
        let dir = TempDir(); defer { dir.remove() }
        let t = try Reader.read(path: dir.file("empty.txt", ""))
        #expect(t.bytes.isEmpty)
    }

    @Test func tenMegabyteLine() throws {
        let dir = TempDir(); defer { dir.remove() }
        var line = [UInt8](repeating: 0x61, count: 10 << 20)
        line.replaceSubrange(5_000_000..<5_000_012, with: Array(" A/RES/74/1 ".utf8))
        let t = try Reader.read(path: dir.file("long.txt", line))
        #expect(t.bytes.count == line.count)
        #expect(t.bytes[5_000_001..<5_000_011].elementsEqual("A/RES/74/1".utf8))
    }

    @Test func markdownLinksToTheDocumentSystem() throws {
        let dir = TempDir(); defer { dir.remove() }
        let md = "See [74/177](https://undocs.org/en/A/RES/74/177) and [OHCHR](https://www.ohchr.org/x) and [A/74/130](https://docs.un.org/A/74/130).\n"
        let t = try Reader.read(path: dir.file("a.md", md))
        #expect(t.links.map { t.text(of: $0) } == ["74/177", "A/74/130"])
        #expect(t.links.first?.target == "https://undocs.org/en/A/RES/74/177")
    }

    @Test func binaryAndMissingFilesAreOneLineErrors() throws {
        let dir = TempDir(); defer { dir.remove() }
        let bin = dir.file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48])
        #expect(throws: ReadError(path: bin, reason: "binary file, not a document")) { try Reader.read(path: bin) }
        let missing = dir.path + "/nope.txt"
        #expect(throws: ReadError(path: missing, reason: "no such file or directory")) { try Reader.read(path: missing) }
        #expect(throws: ReadError(path: dir.path, reason: "is a directory")) { try Reader.read(path: dir.path) }
        let e = ReadError(path: "docs/a.pdf", reason: "no text layer (scanned PDF?)")
        #expect(e.description == "docs/a.pdf: no text layer (scanned PDF?)")
    }

    @Test func utf16IsRefusedWithAHint() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = dir.file("wide.txt", [0xFF, 0xFE, 0x41, 0x00, 0x2F, 0x00])
        #expect(throws: ReadError(path: path, reason: "UTF-16 text is not read (convert it to UTF-8)")) { try Reader.read(path: path) }
    }

    /// Root reads files whatever their mode, so this only means something for other users.
    @Test(.enabled(if: getuid() != 0)) func unreadableFile() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = dir.file("secret.txt", "A/74/130")
        chmod(path, 0)
        #expect(throws: ReadError(path: path, reason: "permission denied")) { try Reader.read(path: path) }
        let (files, errors) = InputFiles.collect([path])
        #expect(files.isEmpty && errors.count == 1)
    }
}
