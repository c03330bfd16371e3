import Foundation

public enum InputFiles {
    /// Expands files and folders: folders recursively, entries sorted by name, hidden files and folders
    /// and `.build*` folders skipped, and inside folders the data and code files that sit beside documents
    /// (`.tsv`, `.csv`, `.json`, ...: see `notDocuments`). A file named explicitly is always read. A missing
    /// or unreadable path becomes one error; the rest is returned.
    public static func collect(_ paths: [String]) -> (files: [String], errors: [ReadError]) {
        var files: [String] = []
        var errors: [ReadError] = []
        var seen = Set<String>()
        var visitedDirs = Set<String>()
        let fm = FileManager.default

        func walk(_ dir: String) {
            let real = (dir as NSString).resolvingSymlinksInPath
            guard visitedDirs.insert(real).inserted else { return }   // a symlink loop
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: dir) }
            catch { errors.append(ReadError(path: dir, reason: "cannot list folder")); return }
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                if name.hasPrefix(".") { continue }
                if let dot = name.lastIndex(of: "."), notDocuments.contains(name[name.index(after: dot)...].lowercased()) { continue }
                let p = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: p, isDirectory: &isDir) else { continue }   // dangling link
                if isDir.boolValue { walk(p) } else if seen.insert(p).inserted { files.append(p) }
            }
        }

        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(ReadError(path: path, reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                walk(path)
            } else if !fm.isReadableFile(atPath: path) {
                errors.append(ReadError(path: path, reason: "permission denied"))
            } else if seen.insert(path).inserted {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// Extensions of tables, data and code: a corpus folder holds them beside its documents (annotation
    /// tables, provenance lists), and reading them as documents floods the graph with their rows.
    public static let notDocuments: Set<String> = ["tsv", "csv", "json", "jsonl", "ids", "log", "py", "sh", "swift",
                                                   "yml", "yaml", "toml", "lock", "graphml", "dot", "svg", "png",
                                                   "jpg", "jpeg", "gif", "zip", "gz"]
}
