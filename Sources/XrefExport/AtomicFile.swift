#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files appear whole or not at all: bytes go to a hidden temporary file in the target's directory (same
/// file system, so rename is atomic), which is renamed over the target; on any failure it is removed.
enum AtomicFile {
    /// Writes every file, or none: if one fails, the temporaries and any file already put in place go.
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var temporaries: [String] = []
        do {
            for file in files {
                temporaries.append(try writeTemporary(beside: file.path) { try writeAll(file.bytes, to: $0, path: file.path) })
            }
        } catch {
            for t in temporaries { unlink(t) }
            throw error
        }
        for (i, file) in files.enumerated() where rename(temporaries[i], file.path) != 0 {
            let reason = errorText()
            for t in temporaries[i...] { unlink(t) }
            for placed in files[..<i] { unlink(placed.path) }
            throw ExportError(path: file.path, reason: reason)
        }
    }

    /// Everything to standard output (`-o -`).
    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        try writeAll(bytes, to: 1, path: "-")
    }

    /// Writes what `body` hands out, piece by piece, to a temporary beside `path`, renamed into place once
    /// `body` returns; if it throws, the temporary goes and `path` is untouched. For outputs too large to
    /// hold (`xref extract` of a big corpus).
    static func stream(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let temporary = try writeTemporary(beside: path) { fd in try body { try writeAll($0, to: fd, path: path) } }
        if rename(temporary, path) != 0 {
            let reason = errorText()
            unlink(temporary)
            throw ExportError(path: path, reason: reason)
        }
    }

    private static func writeTemporary(beside path: String, _ fill: (Int32) throws -> Void) throws -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw ExportError(path: path, reason: "not a file name") }
        var template = Array((directory + "." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ExportError(path: path, reason: errorText()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: ExportError?
        do {
            try fill(fd)
            if fchmod(fd, 0o644) != 0 || fsync(fd) != 0 { failure = ExportError(path: path, reason: errorText()) }
        } catch {
            failure = error as? ExportError ?? ExportError(path: path, reason: "\(error)")
        }
        // Close exactly once; a failed close can mean the data never reached the disk.
        if close(fd) != 0 && failure == nil { failure = ExportError(path: path, reason: errorText()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ExportError(path: path, reason: errorText())
                }
                offset += n
            }
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
