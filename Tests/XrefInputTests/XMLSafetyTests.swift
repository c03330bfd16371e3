import Foundation
import Testing
@testable import XrefInput

/// Hostile XML must be harmless: no file content leaks, no network, bounded time and memory.
@Suite struct XMLSafetyTests {
    @Test func externalEntityIsRefusedAndLeaksNothing() throws {
        let dir = TempDir(); defer { dir.remove() }
        let secret = dir.file("secret.txt", "TOP-SECRET-12345")
        for (name, xml) in [
            ("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(secret)\">]>\n<r><p>&x;</p></r>"),
            ("xxe-akn.xml", "<!-- c --><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"\(secret)\">]><akomaNtoso><p>&x;</p></akomaNtoso>"),
            ("param.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]><r/>"),
        ] {
            let path = dir.file(name, xml)
            do {
                let t = try Reader.read(path: path)
                Issue.record("\(name) was read: \(t.string)")
            } catch let e as ReadError {
                #expect(e.path == path)
                #expect(!e.description.contains("TOP-SECRET"))
            }
        }
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let dir = TempDir(); defer { dir.remove() }
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n" }
        xml += "]>\n<lolz a=\"&lol9;\">&lol9;</lolz>"
        let path = dir.file("lol.xml", xml)
        let start = Date()
        #expect(throws: ReadError.self) { try Reader.read(path: path) }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    /// Entities without a DOCTYPE are undefined: an error, not an expansion.
    @Test func undeclaredEntityIsMalformed() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = dir.file("u.xml", "<?xml version=\"1.0\"?><r>&nbsp;</r>")
        #expect(throws: ReadError.self) { try Reader.read(path: path) }
        let bad = dir.file("bad.xml", "<?xml version=\"1.0\"?><r><p>open</r>")
        do { _ = try Reader.read(path: bad); Issue.record("malformed XML read") }
        catch let e as ReadError { #expect(e.reason.hasPrefix("malformed XML")) }
    }

    @Test func htmlDoesNotFetchOrExpand() throws {
        let dir = TempDir(); defer { dir.remove() }
        let secret = dir.file("secret.txt", "TOP-SECRET-12345")
        let html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file://\(secret)\">]><html><body><p>a &x; b</p><iframe src=\"file://\(secret)\"></iframe></body></html>"
        let t = try Reader.read(path: dir.file("x.html", html))
        #expect(!t.string.contains("TOP-SECRET"))
    }
}
