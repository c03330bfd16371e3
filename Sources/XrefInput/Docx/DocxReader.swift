import Foundation
import XrefCore

/// DOCX: the main document part, then footnotes and endnotes, with the hyperlinks UN editors put on citations.
enum DocxReader {
    static func read(path: String) throws -> (text: TextPiece, symbols: [String], language: String?) {
        let zip = try DocxZip(path: path)
        let main = try mainPartName(zip)
        let missing = MarkupError(reason: "ZIP archive without \(main) (not a Word document)")
        guard zip.has(main) else { throw missing }
        var text = DocxText()
        let dir = main.split(separator: "/").dropLast().joined(separator: "/")
        let file = main.split(separator: "/").last.map(String.init) ?? main
        guard try text.run(zip, part: main, rels: try rels(zip, "\(dir)/_rels/\(file).rels"), notes: false) else { throw missing }
        for notes in ["footnotes", "endnotes"] {
            let part = "\(dir)/\(notes).xml"
            if zip.has(part) { _ = try text.run(zip, part: part, rels: try rels(zip, "\(dir)/_rels/\(notes).xml.rels"), notes: true) }
        }
        return (text.finish(), try ownSymbols(zip), try defaultLanguage(zip))
    }

    /// The language of the document defaults (`w:docDefaults/w:rPrDefault/w:rPr/w:lang w:val`, "fr-FR"):
    /// what Word spell-checks the text as unless a style or run says otherwise.
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static func defaultLanguage(_ zip: DocxZip) throws -> String? {
        var inDefaults = false, found: String?
        _ = try zip.parse("word/styles.xml") { s, node in
            guard found == nil else { return }
            if s.nameIs("docDefaults") { inDefaults = node == .start }
            if inDefaults, node == .start, s.nameIs("lang") { found = s.attribute("val", ns: wordNamespace) }
        }
        return found
    }

    /// UN Word files carry their symbol in custom document properties `Symbol1` (and `Symbol2` for a
    /// double symbol); the masthead that prints it lives in a page header, outside the text.
    private static func ownSymbols(_ zip: DocxZip) throws -> [String] {
        var out: [String] = []
        var wanted = false
        var value: [UInt8] = []
        _ = try zip.parse("docProps/custom.xml") { s, node in
            switch node {
            case .start:
                if s.nameIs("property") {
                    let name = s.attribute("name") ?? ""
                    wanted = name == "Symbol1" || name == "Symbol2"
                    value = []
                }
            case .text: if wanted { value.append(contentsOf: s.text) }
            case .end:
                if s.nameIs("property") && wanted {
                    let v = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    if !v.isEmpty && !out.contains(v) { out.append(v) }
                    wanted = false
                }
            }
        }
        return out
    }

    /// `word/document.xml` as a rule; otherwise the part the package relationships name.
    private static func mainPartName(_ zip: DocxZip) throws -> String {
        if zip.has("word/document.xml") { return "word/document.xml" }
        for (_, r) in try relationships(zip, "_rels/.rels") where r.type.hasSuffix("/officeDocument") {
            return r.target.hasPrefix("/") ? String(r.target.dropFirst()) : r.target
        }
        return "word/document.xml"
    }

    /// Hyperlink relationships of a part: id -> URL.
    private static func rels(_ zip: DocxZip, _ name: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for (id, r) in try relationships(zip, name) where r.type.hasSuffix("/hyperlink") { out[id] = r.target }
        return out
    }

    private static func relationships(_ zip: DocxZip, _ name: String) throws -> [String: (type: String, target: String)] {
        var out: [String: (type: String, target: String)] = [:]
        _ = try zip.parse(name) { s, node in
            if node == .start && s.nameIs("Relationship"), let id = s.attribute("Id"), let target = s.attribute("Target") {
                out[id] = (s.attribute("Type") ?? "", target)
            }
        }
        return out
    }
}
