#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads through POSIX, so the failure reason is the system's own (`Permission denied`).
enum FileBytes {
    struct Failure: Error { var reason: String }

    /// The file's bytes, or its first `limit` bytes.
    static func read(_ path: String, limit: Int = .max) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(reason: message(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(reason: message(errno)) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a directory") }
        var out: [UInt8] = []
        out.reserveCapacity(min(max(Int(st.st_size), 0), limit))
        var chunk = [UInt8](repeating: 0, count: min(1 << 20, limit))
        while out.count < limit {
            let want = min(chunk.count, limit - out.count)
            let n = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: message(errno))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    private static func posixRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ n: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buf, n)
        #else
        Darwin.read(fd, buf, n)
        #endif
    }

    static func message(_ code: Int32) -> String {
        guard let m = strerror(code) else { return "error \(code)" }
        let s = String(cString: m)
        return s.prefix(1).lowercased() + s.dropFirst()
    }
}
