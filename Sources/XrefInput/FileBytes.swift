#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads through POSIX, so the failure reason is the system's own (`Permission denied`).
enum FileBytes {
    struct Failure: Error { var reason: String }

    /// The file's bytes, or its first `limit` bytes. Only regular files: a FIFO, socket or device is
    /// refused, not read (opened without O_NONBLOCK a FIFO blocks in open() until a writer comes).
    static func read(_ path: String, limit: Int = .max) throws -> [UInt8] {
        let fd = PathBytes.withSystemPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY) }
        guard fd >= 0 else { throw Failure(reason: message(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(reason: message(errno)) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a directory") }
        if (st.st_mode & S_IFMT) != S_IFREG { throw Failure(reason: InputFiles.notRegular(st.st_mode)) }
        // Read straight into the result at the size the file reports; zero-filling a scratch buffer per
        // file was a fifth of the whole pipeline's time on a folder of small files.
        let expected = min(max(Int(st.st_size), 0), limit)
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let n = posixRead(fd, buffer.baseAddress! + count, expected - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw Failure(reason: message(failure)) }
        // Files that grew, or report no size (/proc): read on to the end, through a scratch
        // buffer that is not zero-filled.
        if out.count == expected, out.count < limit {
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
                while out.count < limit {
                    let n = posixRead(fd, chunk.baseAddress, min(chunk.count, limit - out.count))
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw Failure(reason: message(errno))
                    }
                    if n == 0 { break }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
                }
            }
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
