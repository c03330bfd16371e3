import Foundation
import XrefExport
import XrefInput

/// Where a listing goes: stdout, or a file written to a temporary name and renamed into place.
struct Output {
    private var text = ""
    mutating func write(_ s: String) { text += s }
    mutating func line(_ s: String) { text += s + "\n" }

    func save(to path: String?) throws {
        try Exporter.write(bytes: Array(text.utf8), to: path ?? "-")
    }
}

/// A plain table for an 80-column terminal: columns padded, the last one cut to fit.
struct Table {
    var header: [String]
    var rows: [[String]] = []
    var width = 80

    func render() -> String {
        guard !header.isEmpty else { return "" }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count - 1 { widths[i] = min(max(widths[i], c.count), 40) } }
        let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        let last = max(12, width - used)
        func format(_ r: [String]) -> String {
            var line = ""
            for (i, c) in r.enumerated() {
                if i == r.count - 1 { line += c.count > last ? String(c.prefix(last - 1)) + "…" : c }
                else { line += (c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c.padding(toLength: widths[i], withPad: " ", startingAt: 0)) + "  " }
            }
            return line
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n") + "\n"
    }
}

/// Refuses, before anything is read or written, an output file that is one of the inputs (the same file
/// by device and inode, whatever path or link names it): `xref extract d -o d/good.txt` would replace a
/// document with its own citations.
func refuseInputAsOutput(_ outputs: [String], inputs: [String]) throws {
    var targets: [(path: String, device: UInt64, inode: UInt64)] = []
    for path in outputs where path != "-" {
        var st = stat()
        if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG { targets.append((path, UInt64(st.st_dev), UInt64(st.st_ino))) }
    }
    guard !targets.isEmpty else { return }
    for file in InputFiles.collect(inputs).files {
        var st = stat()
        guard stat(file, &st) == 0 else { continue }
        if let t = targets.first(where: { $0.device == UInt64(st.st_dev) && $0.inode == UInt64(st.st_ino) }) {
            throw CLIError("\(t.path) is one of the inputs (\(file)); not overwritten, choose another -o")
        }
    }
}
