import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `xref serve` for real, on loopback, and raw HTTP to it: what a browser, a slow client or a scanner sends.
struct Served {
    let process: Process
    let base: String
    let port: UInt16
    /// What the server said on stderr before it listened (refusals, the address).
    let said: String

    /// Starts `xref serve ARGS --port 0`; with `descriptors`, under that `ulimit -n`; with `launcher`, through it
    /// (`setpriv` to run as another user).
    static func start(_ arguments: [String], descriptors: Int? = nil, launcher: [String] = []) throws -> Served {
        var command = [CLI.executable, "serve"] + arguments + ["--port", "0"]
        if let descriptors { command = ["/bin/sh", "-c", "ulimit -n \(descriptors) && exec \"$@\"", "sh"] + command }
        command = launcher + command
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        p.currentDirectoryURL = CLI.root
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var said = ""
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, !said.contains("/\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        guard let url = said.components(separatedBy: " on http://").last?.trimmingCharacters(in: .whitespacesAndNewlines),
              said.contains(" on http://"), let port = url.split(separator: ":").last.flatMap({ UInt16($0.dropLast()) }) else {
            p.terminate()
            throw Failure("xref serve did not start: \(said)")
        }
        return Served(process: p, base: "http://" + url, port: port, said: said)
    }

    func stop() { process.terminate(); process.waitUntilExit() }

    /// Sends `request` as is and reads until the server closes (or `seconds` pass): the raw answer.
    func exchange(_ request: String, seconds: Int = 20) throws -> String {
        let s = try connect(timeout: seconds)
        defer { close(s) }
        let bytes = Array(request.utf8)
        guard write(s, bytes, bytes.count) == bytes.count else { throw Failure("cannot send") }
        return String(decoding: readAll(s), as: UTF8.self)
    }

    /// A connected socket that has sent nothing; reads give up after `timeout` seconds.
    func connect(timeout: Int = 20) throws -> Int32 {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard s >= 0 else { throw Failure("socket: \(errno)") }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(s); throw Failure("connect: \(errno)") }
        return s
    }

    /// Everything until the server closes, or nothing more comes within the socket's timeout.
    func readAll(_ s: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(s, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    /// Whether the server closed `s` (a read returns end of file) within the socket's timeout.
    func closedByServer(_ s: Int32) -> Bool {
        var byte: UInt8 = 0
        while true {
            let n = read(s, &byte, 1)
            if n == 0 { return true }
            if n < 0 { return errno == ECONNRESET }
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String; init(_ d: String) { description = d } }
}

/// A raw HTTP answer taken apart.
struct RawAnswer {
    var status: Int
    var headers: [String: String]
    var body: String

    init(_ raw: String) {
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let head = parts.first?.components(separatedBy: "\r\n") ?? []
        status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var h: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            h[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        headers = h
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}
