/// Writes small PDFs with the base-14 Helvetica font, so layout rules can be tested on known geometry.
struct MiniPDF {
    /// Text at (x, y) from the bottom-left corner, in points; `rise` raises it (superscripts).
    struct Item { var x: Double, y: Double, size: Double, text: String, rise: Double = 0 }

    /// A URI link annotation over a rectangle (PDF coordinates, origin bottom left).
    struct Link { var x1: Double, y1: Double, x2: Double, y2: Double, uri: String }

    static func make(pages: [[Item]], links: [Int: [Link]] = [:], width: Int = 612, height: Int = 792, drawing: String = "") -> [UInt8] {
        var objects: [String] = []
        let pageIDs = pages.indices.map { 4 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for (i, items) in pages.enumerated() {
            var content = drawing
            for it in items {
                let esc = it.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
                content += "BT /F1 \(it.size) Tf \(it.rise) Ts 1 0 0 1 \(it.x) \(it.y) Tm (\(esc)) Tj ET\n"
            }
            let annots = (links[i] ?? []).map { "<< /Type /Annot /Subtype /Link /Rect [\($0.x1) \($0.y1) \($0.x2) \($0.y2)] /Border [0 0 0] /A << /S /URI /URI (\($0.uri)) >> >>" }
            let annotEntry = annots.isEmpty ? "" : " /Annots [\(annots.joined(separator: " "))]"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Contents \(pageIDs[i] + 1) 0 R /Resources << /Font << /F1 3 0 R >> >>\(annotEntry) >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
