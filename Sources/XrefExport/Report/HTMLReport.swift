import Foundation
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
        out.reserveCapacity(json.count / 3 + 64_000)
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
        // Packed: gzip in base64 (no "<" can occur in it), unpacked by the page with DecompressionStream.
        out += "<script type=\"application/gzip\" id=\"graph\" data-encoding=\"gzip\">".utf8
        out += Data(try Gzip.compress(json)).base64EncodedString().utf8
        out += "</script>\n<script>".utf8
        out += ReportPage.script.utf8
        out += ReportMandates.script.utf8
        out += ReportPicture.script.utf8
        out += ReportPage.start.utf8
        out += "</script>\n</body></html>\n".utf8
        return (out, ExportReport(nodes: picture.nodes.count - 1, shrink: 1))
    }
}
