import Foundation
@testable import XrefInput

/// The shared corpus beside the repository (`../shared/corpus`); tests that need it skip when it is absent.
enum Corpus {
    static let root: String = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.appendingPathComponent("../shared/corpus").standardized.path
    }()
    static var available: Bool { FileManager.default.fileExists(atPath: root + "/docx-text") }
    static func path(_ rel: String) -> String { root + "/" + rel }
    static func text(_ rel: String) -> String { (try? String(contentsOfFile: path(rel), encoding: .utf8)) ?? "" }
}

/// A private temporary folder per test.
struct TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "xref-input-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        try! FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

extension SourceText {
    var string: String { String(decoding: bytes, as: UTF8.self) }
    var paragraphs: [String] { string.components(separatedBy: "\n\n") }
    func text(of link: SourceLink) -> String { String(decoding: bytes[link.range], as: UTF8.self) }
}

/// Whitespace-insensitive form for comparing PDF text with the Word text of the same document.
func normalized(_ s: String) -> String {
    var out = ""
    var space = false
    for ch in s.unicodeScalars {
        let c: Unicode.Scalar = ch == "\u{2011}" ? "-" : ch
        if ch == "\u{AD}" { continue }
        if c.properties.isWhitespace { space = !out.isEmpty; continue }
        if space { out.unicodeScalars.append(" "); space = false }
        out.unicodeScalars.append(c)
    }
    return out
}

/// Share of `reference` paragraphs of at least `minLength` characters found verbatim (whitespace
/// normalized) among `candidate`'s paragraphs, and found anywhere inside `candidate`.
func paragraphShare(reference: String, candidate: String, minLength: Int = 100) -> (exact: Double, within: Double) {
    let ref = reference.components(separatedBy: "\n\n").map(normalized).filter { $0.count >= minLength }
    let cand = candidate.components(separatedBy: "\n\n").map(normalized)
    let set = Set(cand)
    let all = cand.joined(separator: " \n ")
    guard !ref.isEmpty else { return (0, 0) }
    let exact = ref.filter { set.contains($0) }.count
    let within = ref.filter { all.contains($0) }.count
    return (Double(exact) / Double(ref.count), Double(within) / Double(ref.count))
}
