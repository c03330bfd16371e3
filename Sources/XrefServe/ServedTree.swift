#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders (or files) `xref serve` was asked to serve, by their real paths. A document is served only
/// when its own real path lies inside one of them: a symbolic link in the folder (`passwd.txt ->
/// /etc/passwd`, `etcdir -> /etc`) names something outside, and what it names is never read or shown.
/// Pages name a document by its path relative to the folder it was found in, never by the server's path.
public struct ServedTree: Sendable {
    struct Root: Sendable {
        /// As given on the command line, without a trailing slash; and resolved.
        var given: String
        var real: String
        var isFolder: Bool
    }

    let roots: [Root]

    /// The refusal `xref serve` prints (once per file) and lists among the documents not read.
    public static let refusal = "its real path lies outside the served folder, not served"

    public init(_ paths: [String]) {
        roots = paths.compactMap { p in
            guard let real = Self.realPath(p) else { return nil }
            var st = stat()
            let folder = stat(real, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
            return Root(given: Self.trimmed(p), real: real, isFolder: folder)
        }
    }

    /// The document's real path when it lies inside the tree; nil when it lies outside or does not exist.
    /// Read documents through this path, not the one given: a link swapped after the check is not followed.
    public func resolve(_ path: String) -> String? {
        guard let real = Self.realPath(path) else { return nil }
        for r in roots where r.real == real || (r.isFolder && real.hasPrefix(r.real == "/" ? "/" : r.real + "/")) { return real }
        return nil
    }

    /// Whether the path names something that exists outside the tree (a file that is gone is not outside:
    /// an index's page of it still shows its citing paragraphs).
    public func isOutside(_ path: String) -> Bool {
        Self.realPath(path) != nil && resolve(path) == nil
    }

    /// The entry of `path` that leads outside (`docs/etcdir` for `docs/etcdir/passwd`, the file itself for a
    /// linked file), so that a linked folder is refused once rather than once per file under it.
    public func outsideEntry(_ path: String) -> String? {
        guard isOutside(path) else { return nil }
        let p = Self.trimmed(path)
        for r in roots where r.isFolder && p.hasPrefix(r.given == "/" ? "/" : r.given + "/") {
            var prefix = r.given == "/" ? "" : r.given
            for part in p.dropFirst(prefix.count + 1).split(separator: "/") {
                prefix += "/" + part
                if isOutside(prefix) { return prefix }
            }
        }
        return p
    }

    /// How pages name a document: its path under the folder it was found in (`sub/A_RES_74_177.txt`),
    /// prefixed with that folder's own name when several were served; a file served by name is its name.
    public func relative(_ path: String) -> String {
        let p = Self.trimmed(path)
        for r in roots {
            let name = Self.lastComponent(r.given)
            if p == r.given { return name }
            guard r.isFolder, p.hasPrefix(r.given == "/" ? "/" : r.given + "/") else { continue }
            let rest = String(p.dropFirst(r.given == "/" ? 1 : r.given.count + 1))
            return roots.count > 1 ? name + "/" + rest : rest
        }
        return Self.lastComponent(p)
    }

    /// The folder holding every one of `paths` (for an index, whose documents are the served tree).
    public static func commonFolder(_ paths: [String]) -> String {
        let split = paths.map { p -> [Substring] in
            let parts = p.split(separator: "/", omittingEmptySubsequences: false)
            return Array(parts.dropLast())
        }
        guard var common = split.first else { return "." }
        for s in split.dropFirst() {
            var n = 0
            while n < common.count, n < s.count, common[n] == s[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        let joined = common.joined(separator: "/")
        if joined.isEmpty { return common.isEmpty ? "." : "/" }
        return joined
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    private static func trimmed(_ p: String) -> String {
        var s = Substring(p)
        while s.count > 1, s.hasSuffix("/") { s = s.dropLast() }
        while s.hasPrefix("./"), s.count > 2 { s = s.dropFirst(2) }
        return String(s)
    }

    private static func lastComponent(_ p: String) -> String {
        String(p.split(separator: "/").last ?? Substring(p))
    }
}
