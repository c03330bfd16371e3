#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2
import XrefCore

/// WordprocessingML to text, in the shape of the corpus renderings (`docx-text`): every paragraph of the
/// body (table cells and text boxes included) as a block, runs as written (tabs as `\t`, line breaks as
/// `\n`, page and column breaks as a space, non-breaking hyphens as `-`), blank paragraphs dropped;
/// then every footnote and endnote as one block whose paragraphs are joined by `\n`. Footnote reference
/// marks are Word fields without text and stay out, as in `docx-text`.
struct DocxText {
    var out: TextBuilder
    /// Relationship id -> target URL (hyperlinks).
    private var rels: [String: String] = [:]

    init() { out = TextBuilder(whitespace: .keep) }

    /// Adds the text of one part of `zip`, read as it is inflated; false when the part is absent.
    mutating func run(_ zip: DocxZip, part: String, rels: [String: String], notes: Bool) throws -> Bool {
        self.rels = rels
        return try parse(zip, part, notes: notes)
    }

    mutating func finish() -> TextPiece { out.finish() }

    // Word fields (`HYPERLINK "url"`) open at `begin`, carry their instruction, show their result after `separate`.
    private struct Field { var instr: [UInt8] = []; var linked = false }

    private mutating func parse(_ zip: DocxZip, _ part: String, notes: Bool) throws -> Bool {
        var skip = 0                 // inside mc:Fallback, w:pPr, w:delText, w:moveFrom: nothing shows
        var inText = false           // inside w:t
        var inInstr = false          // inside w:instrText
        var outer: [TextPiece] = []  // paragraphs a text box interrupted
        var superscript = false      // the run under way is raised: a footnote or table-note mark typed as text
        var inPara = 0
        var note = false             // inside a footnote/endnote that counts
        var noteParas = 0
        var fields: [Field] = []
        var simpleLinks: [Bool] = []
        var wNS: UnsafePointer<UInt8>? = nil

        func isW(_ s: XMLStream) -> Bool {
            guard let ns = s.namespaceURI else { return false }
            if ns == wNS { return true }
            if strstr(UnsafeRawPointer(ns).assumingMemoryBound(to: CChar.self), "wordprocessingml") != nil { wNS = ns; return true }
            return false
        }

        return try zip.parse(part) { s, node in
            switch node {
            case .text:
                if skip == 0 && inText && inPara > 0 {
                    if superscript { out.appendMark(s.text) } else { out.append(s.text) }
                }
                else if inInstr && !fields.isEmpty { fields[fields.count - 1].instr.append(contentsOf: s.text) }
            case .start:
                if s.nameIs("Fallback") { skip += 1; return }
                guard isW(s) else { return }
                if s.nameIs("pPr") || s.nameIs("delText") || s.nameIs("moveFrom") || s.nameIs("delInstrText") { skip += 1; return }
                if skip > 0 { return }
                if s.nameIs("t") { inText = true }
                else if s.nameIs("r") { superscript = false }
                else if s.nameIs("vertAlign") { superscript = s.attribute("w:val") == "superscript" }
                else if s.nameIs("p") {
                    if note {
                        if noteParas > 0 { out.append(byte: 0x0A) }
                        noteParas += 1
                        inPara = max(inPara, 1)
                    } else {
                        if inPara > 0 { outer.append(out.takeParagraph()) }
                        inPara += 1
                    }
                }
                else if s.nameIs("tab") { if inPara > 0 { out.append(byte: 0x09) } }
                else if s.nameIs("br") || s.nameIs("cr") {
                    guard inPara > 0 else { return }
                    let type = s.nameIs("br") ? s.attribute("w:type") : nil
                    out.append(byte: type == "page" || type == "column" ? 0x20 : 0x0A)
                }
                else if s.nameIs("noBreakHyphen") { if inPara > 0 { out.append(byte: 0x2D) } }
                else if s.nameIs("hyperlink") {
                    if let id = s.attribute("r:id") ?? s.attribute("id", ns: relNS), let target = rels[id] {
                        out.beginLink(target)
                    }
                }
                else if s.nameIs("fldSimple") {
                    let url = s.attribute("w:instr").flatMap { Self.hyperlinkTarget(Array($0.utf8)) }
                    if let url { out.beginLink(url) }
                    simpleLinks.append(url != nil)
                }
                else if s.nameIs("fldChar") {
                    switch s.attribute("w:fldCharType") {
                    case "begin": fields.append(Field())
                    case "separate":
                        if !fields.isEmpty, let url = Self.hyperlinkTarget(fields[fields.count - 1].instr) {
                            out.beginLink(url); fields[fields.count - 1].linked = true
                        }
                    case "end":
                        if let f = fields.popLast(), f.linked { out.endLink() }
                    default: break
                    }
                }
                else if s.nameIs("instrText") { inInstr = true }
                else if notes && (s.nameIs("footnote") || s.nameIs("endnote")) {
                    let type = s.attribute("w:type")
                    if type == nil || type == "normal" { note = true; noteParas = 0; inPara = 0 }
                    else { skip += 1 }
                }
            case .end:
                if s.nameIs("Fallback") { skip -= 1; return }
                guard isW(s) else { return }
                if s.nameIs("pPr") || s.nameIs("delText") || s.nameIs("moveFrom") || s.nameIs("delInstrText") { skip -= 1; return }
                if notes && (s.nameIs("footnote") || s.nameIs("endnote")) {
                    if note { out.endParagraph(); note = false; inPara = 0 } else { skip -= 1 }
                    return
                }
                if skip > 0 { return }
                if s.nameIs("t") { inText = false }
                else if s.nameIs("instrText") { inInstr = false }
                else if s.nameIs("p") {
                    if note { return }
                    if inPara > 0 {
                        out.endParagraph()
                        inPara -= 1
                        if let o = outer.popLast() { out.restoreParagraph(o) }
                    }
                }
                else if s.nameIs("hyperlink") { out.endLink() }
                else if s.nameIs("fldSimple") { if simpleLinks.popLast() == true { out.endLink() } }
            }
        }
    }

    private let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The URL of a `HYPERLINK "url" \o "tip"` field instruction; nil for other fields and `\l` anchors.
    static func hyperlinkTarget(_ instr: [UInt8]) -> String? {
        var i = 0
        let n = instr.count
        while i < n && instr[i] == 0x20 { i += 1 }
        let word = Array("HYPERLINK".utf8)
        guard i + word.count <= n, Array(instr[i..<(i + word.count)]) == word else { return nil }
        i += word.count
        while i < n && instr[i] == 0x20 { i += 1 }
        guard i < n else { return nil }
        if instr[i] == 0x5C { return nil }   // `\l "bookmark"`: a link inside the document
        var url: [UInt8] = []
        if instr[i] == 0x22 {
            i += 1
            while i < n && instr[i] != 0x22 { url.append(instr[i]); i += 1 }
        } else {
            while i < n && instr[i] != 0x20 { url.append(instr[i]); i += 1 }
        }
        return url.isEmpty ? nil : String(decoding: url, as: UTF8.self)
    }
}
