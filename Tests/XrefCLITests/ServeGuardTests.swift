import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `xref serve` against what is not a browser reading pages: links out of the folder, clients that
/// connect and say nothing, methods other than GET. The real server, on loopback.
@Suite(.serialized) struct ServeGuardTests {
    static let seedFile = "000_0d3a60e5d9e57139.txt"

    /// A folder with one real document and links out of it, made here: the two of the issue, and a link to
    /// a text document in another folder (`/etc/passwd` is also `etcdir/passwd`, so it is read once, there).
    private func folderWithLinksOut(to outside: String) throws -> String {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(atPath: CLI.seeds + "/" + Self.seedFile, toPath: dir + "/" + Self.seedFile)
        try FileManager.default.createSymbolicLink(atPath: dir + "/passwd.txt", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: dir + "/etcdir", withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: dir + "/notes.txt", withDestinationPath: outside + "/secret.txt")
        return dir
    }

    @Test func linksOutOfTheFolderAreRefusedOnceAndNeverShown() throws {
        let outside = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try String(repeating: "SECRET OUTSIDE THE FOLDER 74/177\n", count: 20_000).write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        let dir = try folderWithLinksOut(to: outside)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let served = try Served.start([dir])
        defer { served.stop() }
        // Said once for the linked file, once for the linked folder (not once per file of /etc).
        let refusals = served.said.split(separator: "\n").filter { $0.contains("outside the served folder") }
        #expect(refusals == ["xref: \(dir)/etcdir: its real path lies outside the served folder, not served",
                             "xref: \(dir)/notes.txt: its real path lies outside the served folder, not served"])
        #expect(served.said.contains("xref: serving 1 documents on"), "\(served.said)")
        let overview = RawAnswer(try served.exchange("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        #expect(overview.status == 200)
        #expect(overview.body.contains("notes.txt: <span class=\"error\">its real path lies outside the served folder"))
        #expect(overview.body.contains("etcdir: <span class=\"error\">its real path lies outside the served folder"))
        #expect(!overview.body.contains("SECRET") && !overview.body.contains("root:x:0:0"))
        #expect(!overview.body.contains(dir), "the server's own path is never shown")
        let cited = RawAnswer(try served.exchange("GET /symbol?key=A/RES/74/177 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        #expect(cited.body.contains("Cited in 3 paragraphs") && !cited.body.contains("SECRET"))
        #expect(RawAnswer(try served.exchange("GET /document/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).status == 404)
        // A document swapped for a link after the start is checked again when its page is read: the file it
        // names (outside, long enough to pass for the document's text) is never shown.
        try FileManager.default.removeItem(atPath: dir + "/" + Self.seedFile)
        try FileManager.default.createSymbolicLink(atPath: dir + "/" + Self.seedFile, withDestinationPath: outside + "/secret.txt")
        let page = RawAnswer(try served.exchange("GET /document/0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        #expect(page.status == 200)
        #expect(!page.body.contains("SECRET"), "\(page.body.prefix(2000))")
        #expect(page.body.contains("Only the paragraphs that cite are shown"))
    }

    /// 300 connections that say nothing, against a server allowed 256 descriptors: a request still answers.
    @Test func idleConnectionsDoNotLockOthersOut() throws {
        let served = try Served.start(["seeds/"], descriptors: 256)
        defer { served.stop() }
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let idle = min(300, Int(limit.rlim_cur) - 64)
        var sockets: [Int32] = []
        defer { for s in sockets { close(s) } }
        for i in 0..<idle {
            let s = try served.connect(timeout: 10)
            // Some begin a request and never finish it (slowloris), the rest say nothing.
            if i % 3 == 0 { send(s, "GET / HTTP/1.1\r\nHost: x\r\n") }
            sockets.append(s)
        }
        let answer = RawAnswer(try served.exchange("GET /symbol?key=A/RES/74/177 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", seconds: 10))
        #expect(answer.status == 200)
        #expect(answer.body.contains("<h1 id=\"symbol\">A/RES/74/177</h1>"))
    }

    /// A client that starts a request and stops, or never starts one, is closed after --timeout.
    @Test func slowAndSilentClientsAreClosed() throws {
        let served = try Served.start(["seeds/", "--timeout", "1"])
        defer { served.stop() }
        let silent = try served.connect(timeout: 20)
        defer { close(silent) }
        let slow = try served.connect(timeout: 20)
        defer { close(slow) }
        send(slow, "GET / HTTP/1.1\r\nHost: x\r\n")
        #expect(served.closedByServer(silent))
        #expect(served.closedByServer(slow))
    }

    /// Requests sent back to back on one connection are answered in order; what is not HTTP gets a 400 and
    /// its connection closed at once, not at the idle deadline.
    @Test func pipelinedRequestsInOrderAndGarbageClosed() throws {
        let served = try Served.start(["seeds/", "--timeout", "30"])
        defer { served.stop() }
        let answers = try served.exchange("GET /symbol?key=A/RES/74/177 HTTP/1.1\r\nHost: x\r\n\r\n"
            + "HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET /favicon.ico HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", seconds: 10)
        let statuses = answers.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
        #expect(statuses == ["200", "200", "204"], "\(answers.prefix(300))")
        #expect(answers.contains("<h1 id=\"symbol\">A/RES/74/177</h1>"))
        let start = ContinuousClock.now
        let refused = RawAnswer(try served.exchange("GARBAGE\r\n\r\n", seconds: 20))
        #expect(refused.status == 400)
        #expect(ContinuousClock.now - start < .seconds(15), "closed by the server, not by the client's timeout")
    }

    private func send(_ s: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = write(s, bytes, bytes.count)
    }

    @Test func headIsGetWithoutTheBodyAndOtherMethodsAre405() throws {
        let served = try Served.start(["seeds/"])
        defer { served.stop() }
        for path in ["/", "/symbol?key=A/RES/74/177", "/nowhere"] {
            let get = RawAnswer(try served.exchange("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
            let head = RawAnswer(try served.exchange("HEAD \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
            #expect(head.status == get.status, "\(path)")
            #expect(head.headers["content-type"] == get.headers["content-type"], "\(path)")
            #expect(head.headers["content-length"] == String(get.body.utf8.count), "\(path)")
            #expect(head.body.isEmpty, "\(path)")
        }
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
            let r = RawAnswer(try served.exchange("\(method) / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"))
            #expect(r.status == 405, "\(method)")
            #expect(r.headers["allow"] == "GET, HEAD", "\(method)")
            #expect(r.body.contains("\(method) is not served here"), "\(method)")
        }
        let icon = RawAnswer(try served.exchange("GET /favicon.svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        #expect(icon.status == 200 && icon.headers["content-type"] == "image/svg+xml" && icon.body.hasPrefix("<svg"))
        #expect(RawAnswer(try served.exchange("GET /favicon.ico HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).status == 204)
    }
}
