#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum InputFiles {
    /// Expands files and folders: folders recursively, entries sorted by name, hidden files and folders
    /// and `.build*` folders skipped, and inside folders the data and code files that sit beside documents
    /// (`.tsv`, `.csv`, `.json`, ...: see `notDocuments`). A file named explicitly is always read. A missing
    /// or unreadable path becomes one error; the rest is returned.
    ///
    /// Hostile folders: only regular files are returned (a FIFO, socket or device would block or never
    /// end; named explicitly it is an error, inside a folder it is skipped). Each real file and folder is
    /// visited once, by device and inode, so a symbolic link back up the tree (`ln -s . loop`) is skipped
    /// with one error line instead of multiplying every file or never ending.
    public static func collect(_ paths: [String]) -> (files: [String], errors: [ReadError]) {
        var walk = Walk()
        for path in paths {
            var st = stat()
            guard PathBytes.withSystemPath(path, { stat($0, &st) }) == 0 else {
                let code = errno
                walk.errors.append(ReadError(path: path, reason: code == ENOENT || code == ENOTDIR ? "no such file or folder"
                                                                                                    : FileBytes.message(code)))
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                walk.folder(path, st)
            case S_IFREG:
                if PathBytes.withSystemPath(path, { access($0, R_OK) }) != 0 { walk.errors.append(ReadError(path: path, reason: "permission denied")) }
                else { walk.file(path, st) }
            default:
                walk.errors.append(ReadError(path: path, reason: notRegular(st.st_mode)))
            }
        }
        return (walk.files, walk.errors)
    }

    /// Why a path that is not a regular file or folder is not read.
    static func notRegular(_ mode: mode_t) -> String {
        let kind: String
        switch mode & S_IFMT {
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFDIR: kind = "a folder"
        default: kind = "not a regular file"
        }
        return "\(kind), not read (only regular files are)"
    }

    private struct Identity: Hashable {
        var device: UInt64, inode: UInt64
        init(_ st: stat) { device = UInt64(st.st_dev); inode = UInt64(st.st_ino) }
    }

    private struct Walk {
        var files: [String] = []
        var errors: [ReadError] = []
        var seenFiles = Set<Identity>()
        /// Folders on the current path from a root: one seen again here is a loop.
        var open = Set<Identity>()
        /// Every folder walked: one reached again through another link is not walked twice.
        var walked = Set<Identity>()

        mutating func file(_ path: String, _ st: stat) {
            if seenFiles.insert(Identity(st)).inserted { files.append(path) }
        }

        mutating func folder(_ dir: String, _ st: stat) {
            let id = Identity(st)
            if open.contains(id) {
                errors.append(ReadError(path: dir, reason: "symbolic link loop, skipped"))
                return
            }
            guard walked.insert(id).inserted else { return }
            guard let names = list(dir) else {
                errors.append(ReadError(path: dir, reason: "cannot list folder"))
                return
            }
            open.insert(id)
            defer { open.remove(id) }
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                if name.hasPrefix(".") { continue }
                if let dot = name.lastIndex(of: "."), notDocuments.contains(name[name.index(after: dot)...].lowercased()) { continue }
                let p = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var child = stat()
                guard PathBytes.withSystemPath(p, { stat($0, &child) }) == 0 else {
                    // A dangling link, or a name the system refuses: said, never dropped in silence.
                    let code = errno
                    errors.append(ReadError(path: p, reason: code == ENOENT ? "broken symbolic link, not read" : FileBytes.message(code) + ", not read"))
                    continue
                }
                switch child.st_mode & S_IFMT {
                case S_IFDIR: folder(p, child)
                case S_IFREG: file(p, child)
                default: continue   // FIFOs, sockets, devices sit in folders (/dev, run dirs): not documents
                }
            }
        }

        private func list(_ dir: String) -> [String]? {
            guard let d = PathBytes.withSystemPath(dir, { opendir($0) }) else { return nil }
            defer { closedir(d) }
            var names: [String] = []
            while let e = readdir(d) {
                // Bytes as they are: a name that is not UTF-8 is still a file (see PathBytes).
                let name = withUnsafeBytes(of: e.pointee.d_name) { raw in PathBytes.path(raw.prefix(while: { $0 != 0 })) }
                if name != "." && name != ".." { names.append(name) }
            }
            return names
        }
    }

    /// Extensions of tables, data and code: a corpus folder holds them beside its documents (annotation
    /// tables, provenance lists), and reading them as documents floods the graph with their rows.
    public static let notDocuments: Set<String> = ["tsv", "csv", "json", "jsonl", "ids", "log", "py", "sh", "swift",
                                                   "yml", "yaml", "toml", "lock", "graphml", "dot", "svg", "png",
                                                   "jpg", "jpeg", "gif", "zip", "gz"]
}
