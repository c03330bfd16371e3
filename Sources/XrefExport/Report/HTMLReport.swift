import XrefCore

/// `report.html`: the graph in one self-contained file to e-mail or open offline. The data (`ReportData`: the
/// graph, Graphviz's node positions, the document records and mandates) sits in one data block, and a small
/// script written here (`ReportPage`, `ReportPicture`) searches symbols in any written form, shows each
/// symbol's citing paragraphs grouped by document with the citation marked, its mandate chain both ways, a
/// resolution's mandates and who fulfilled them, each document's citations, and draws the picture from the
/// positions on a canvas (pan, zoom, filters, an overview that expands on demand). No network: nothing is
/// fetched, so it works from a mail attachment.
///
/// Document text reaches the page only as JSON data and is put on screen by the script as text
/// (`textContent`), never as markup: a document containing `<script>` shows those characters.
enum HTMLReport {
    static func data(_ whole: Graph, options: RenderOptions,
                     documents: ReportDocuments = ReportDocuments()) throws -> (bytes: [UInt8], report: ExportReport) {
        let graph = ReportPaths.relative(whole)
        let named = documents.only(Set(whole.nodes.compactMap(\.document))).renamed(ReportPaths.cutter(whole))
        // The page draws documents and symbols; their paragraphs are in the data and on the pages.
        var drawing = options
        drawing.paragraphs = false
        let picture = try Picture(graph, options: drawing)
        let boxes = try Graphviz.layoutBoxes(picture)
        let json = ReportData.json(graph, picture: picture, boxes: boxes, documents: named)
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64_000)
        let documents = graph.nodes.filter { $0.kind == .document }.count
        let symbols = graph.nodes.filter { $0.kind == .symbol }.count
        out += """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="xref">
        <title>xref report: \(documents) document\(documents == 1 ? "" : "s"), \(symbols) symbols</title>
        <style>\(ReportPage.css)\(ReportPicture.css)</style>
        </head><body>

        """.utf8
        out += ReportPage.body.utf8
        out += ReportPicture.body.utf8
        out += "<script type=\"application/json\" id=\"graph\">".utf8
        out += scriptSafe(json)
        out += "</script>\n<script>".utf8
        out += ReportPage.script.utf8
        out += ReportMandates.script.utf8
        out += ReportPicture.script.utf8
        out += ReportPage.start.utf8
        out += "</script>\n</body></html>\n".utf8
        return (out, ExportReport(nodes: picture.nodes.count - 1, shrink: 1))
    }

    /// JSON inside `<script>` ends at the first `</script`, and HTML parsers treat `<!--` there specially:
    /// every `<` (which JSON has only inside strings) becomes `\u003c`, so no document text can close the
    /// block or open markup. U+2028/U+2029 are escaped too, as older script engines end lines there.
    static func scriptSafe(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 16)
        var i = 0
        let n = json.count
        while i < n {
            let b = json[i]
            if b == UInt8(ascii: "<") {
                out += Array("\\u003c".utf8)
            } else if b == 0xE2, i + 2 < n, json[i + 1] == 0x80, json[i + 2] == 0xA8 || json[i + 2] == 0xA9 {
                out += Array((json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
