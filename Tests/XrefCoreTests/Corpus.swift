import Foundation
@testable import XrefCore

/// The shared corpus beside the checkout (`../shared`), when it is there.
enum Corpus {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static var available: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    static func files(_ folder: String) -> [URL] {
        let dir = shared.appendingPathComponent("corpus/" + folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().map { dir.appendingPathComponent($0) }
    }

    static func analyze(_ url: URL) throws -> DocumentAnalysis {
        Pipeline.analyze(SourceText(path: url.path, bytes: Array(try Data(contentsOf: url))))
    }

    struct Link { var file: String; var start: Int; var end: Int; var symbol: String }

    /// Editors' links of an annotations TSV, offsets converted from code points to bytes of the text file.
    static func links(_ tsv: String, textFolder: String) throws -> [String: [Link]] {
        let rows = try String(contentsOf: shared.appendingPathComponent("corpus/annotations/" + tsv), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first else { return [:] }
        let col = { (name: String) in header.firstIndex(of: name)! }
        let (file, start, end, symbol) = (col("file"), col("txt_start"), col("txt_end"), col("symbol"))
        var byFile: [String: [Link]] = [:]
        var offsets: [String: [Int]] = [:]
        for r in rows.dropFirst() where r.count == header.count {
            let name = (r[file] as NSString).deletingPathExtension
            if offsets[name] == nil {
                let text = try Data(contentsOf: shared.appendingPathComponent("corpus/\(textFolder)/\(name).txt"))
                var table = [0]
                for b in text where b & 0xC0 != 0x80 { _ = b; table.append(0) }
                // table[k] = byte offset of code point k
                var k = 0
                for (i, b) in text.enumerated() where b & 0xC0 != 0x80 { table[k] = i; k += 1 }
                table[k] = text.count
                offsets[name] = table
            }
            let t = offsets[name]!
            byFile[name, default: []].append(Link(file: name, start: t[Int(r[start])!], end: t[Int(r[end])!], symbol: r[symbol]))
        }
        return byFile
    }

    /// The scorer's normalization: spaces and case ignored, part letters dropped.
    static func norm(_ key: String) -> String {
        var k = key
        if let r = k.range(of: #"^([A-Za-z][A-Za-z-]*) (res|dec) "#, options: .regularExpression) {
            let words = k[r].split(separator: " ")
            k = words[0] + "/" + words[1] + "/" + k[r.upperBound...]
        }
        k = k.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "", options: .regularExpression)
        k = k.replacingOccurrences(of: " ", with: "").uppercased()
        return k.replacingOccurrences(of: #"(/(?:RES|DEC)/.*?\d)[A-Z](?:-[A-Z])?$"#, with: "$1", options: .regularExpression)
    }
}
