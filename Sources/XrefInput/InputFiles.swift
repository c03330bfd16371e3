import Foundation

public enum InputFiles {
    /// Expands files and folders: folders recursively, entries sorted by name, hidden files and folders
    /// and `.build*` folders skipped. A missing or unreadable path becomes one error; the rest is returned.
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
}
