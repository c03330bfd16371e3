#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files appear whole or not at all: bytes go to a hidden temporary file in the target's directory (same
/// file system, so rename is atomic), which is renamed over the target; on any failure, and on SIGINT or
/// SIGTERM, it is removed.
///
/// Never replaces what is not ours: a symbolic link is followed on purpose (the file it points to is
/// replaced, the link stays); a FIFO or character device (`/dev/null`, `/dev/stdout`, a pipe) is written
/// in place, never renamed over; folders, sockets and block devices are refused. An existing file keeps
/// its permission bits (and owner, when we may set it); a new one gets 0666 less the umask.
enum AtomicFile {
    /// Writes every file, or none: if one fails, the temporaries and any file already put in place go.
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var targets: [Target] = []
        for file in files { targets.append(try Target(file.path)) }
        // Special files cannot be part of an all-or-nothing set; they are written as they come.
        var temporaries: [String?] = []
        do {
            for (file, target) in zip(files, targets) {
                let fill: (Int32) throws -> Void = { try writeAll(file.bytes, to: $0, path: file.path) }
                if target.inPlace { try writeInPlace(to: target.path, shownAs: file.path, fill); temporaries.append(nil) }
                else { temporaries.append(try writeTemporary(target: target, shownAs: file.path, fill)) }
            }
        } catch {
            for t in temporaries.compactMap({ $0 }) { remove(t) }
            throw error
        }
        for (i, file) in files.enumerated() {
            guard let t = temporaries[i] else { continue }
            if rename(t, targets[i].path) != 0 {
                let reason = errorText()
                for later in temporaries[i...].compactMap({ $0 }) { remove(later) }
                for (placed, target) in zip(temporaries[..<i], targets[..<i]) where placed != nil { unlink(target.path) }
                throw ExportError(path: file.path, reason: reason)
            }
            Interrupt.forget(t)
        }
    }

    /// Everything to standard output (`-o -`).
    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        try writeAll(bytes, to: 1, path: "-")
    }

    /// Writes what `body` hands out, piece by piece, to a temporary beside `path`, renamed into place once
    /// `body` returns (a FIFO or device is written as it comes); if it throws, the temporary goes and
    /// `path` is untouched. For outputs too large to hold (`xref extract` of a big corpus).
    static func stream(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let target = try Target(path)
        let fill: (Int32) throws -> Void = { fd in try body { try writeAll($0, to: fd, path: path) } }
        if target.inPlace { return try writeInPlace(to: target.path, shownAs: path, fill) }
        let temporary = try writeTemporary(target: target, shownAs: path, fill)
        if rename(temporary, target.path) != 0 {
            let reason = errorText()
            remove(temporary)
            throw ExportError(path: path, reason: reason)
        }
        Interrupt.forget(temporary)
    }

    /// Where the bytes for a path end up, decided before anything is written.
    private struct Target {
        var path: String
        var inPlace = false
        var existingMode: mode_t?
        var owner: (uid_t, gid_t)?

        init(_ asked: String) throws {
            path = asked
            var st = stat()
            if lstat(asked, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
                // Follow the link on purpose: its target is what the user named; the link itself stays.
                guard let real = realpath(asked, nil) else {
                    throw ExportError(path: asked, reason: "a symbolic link to a missing file (not followed)")
                }
                path = String(cString: real)
                free(real)
            }
            guard stat(path, &st) == 0 else { return }   // a new file
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                existingMode = st.st_mode & 0o777
                owner = (st.st_uid, st.st_gid)
            case S_IFIFO, S_IFCHR:
                inPlace = true
            case S_IFDIR:
                throw ExportError(path: asked, reason: "is a folder")
            case S_IFSOCK:
                throw ExportError(path: asked, reason: "is a socket (not replaced)")
            case S_IFBLK:
                throw ExportError(path: asked, reason: "is a block device (not written)")
            default:
                throw ExportError(path: asked, reason: "is not a regular file (not replaced)")
            }
        }
    }

    /// A FIFO or character device: opened as it is (never created, truncated or renamed over). A FIFO
    /// nobody reads is an error, not a hang.
    private static func writeInPlace(to path: String, shownAs shown: String, _ fill: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            throw ExportError(path: shown, reason: errno == ENXIO ? "a FIFO with no reader" : errorText())
        }
        defer { close(fd) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        try fill(fd)
    }

    private static func writeTemporary(target: Target, shownAs shown: String, _ fill: (Int32) throws -> Void) throws -> String {
        let path = target.path
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw ExportError(path: shown, reason: "not a file name") }
        var template = Array((directory + "." + name + ".tmp-XXXXXX").utf8CString)
        // Signals are held between creating the file and registering it, so an interrupt cannot leave it.
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, &previous)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let created = errno
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if fd >= 0 { Interrupt.remember(temporary) }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        guard fd >= 0 else { errno = created; throw ExportError(path: shown, reason: errorText()) }
        var failure: ExportError?
        do {
            try fill(fd)
            if let owner = target.owner, geteuid() == 0 { _ = fchown(fd, owner.0, owner.1) }
            if fchmod(fd, target.existingMode ?? newFileMode) != 0 || fsync(fd) != 0 {
                failure = ExportError(path: shown, reason: errorText())
            }
        } catch {
            failure = error as? ExportError ?? ExportError(path: shown, reason: "\(error)")
        }
        // Close exactly once; a failed close can mean the data never reached the disk.
        if close(fd) != 0 && failure == nil { failure = ExportError(path: shown, reason: errorText()) }
        if let failure {
            remove(temporary)
            throw failure
        }
        return temporary
    }

    private static func remove(_ temporary: String) {
        unlink(temporary)
        Interrupt.forget(temporary)
    }

    /// 0666 less the umask, as `open(O_CREAT)` would give (mkstemp makes 0600).
    private static var newFileMode: mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
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
