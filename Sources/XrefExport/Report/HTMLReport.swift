import XrefCore

/// `report.html`: the graph in one self-contained file to e-mail or open offline. The Graphviz picture is
/// inlined as SVG, the graph itself (the JSON export) sits in a data block, and a small script written here
/// (`ReportPage`) searches symbols in any written form, shows each symbol's citing paragraphs grouped by
/// document with the citation marked, its mandate chain both ways, and each document's citations. No
/// network: nothing is fetched, so it works from a mail attachment.
///
/// Document text reaches the page only as JSON data and is put on screen by the script as text
/// (`textContent`), never as markup: a document containing `<script>` shows those characters.
enum HTMLReport {
    static func data(_ whole: Graph, options: RenderOptions) throws -> (bytes: [UInt8], report: ExportReport) {
        let graph = ReportPaths.relative(whole)
        let picture = try Picture(graph, options: options)
        let (svg, shrink) = try Graphviz.render(picture, format: .svg)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count * 2 + 64 * graph.edges.count + 16_384)
        let documents = graph.nodes.filter { $0.kind == .document }.count
        let symbols = graph.nodes.filter { $0.kind == .symbol }.count
        out += """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="xref">
        <title>xref report: \(documents) document\(documents == 1 ? "" : "s"), \(symbols) symbols</title>
        <style>\(ReportPage.css)</style>
        </head><body>

        """.utf8
        out += ReportPage.body.utf8
        out += "<section id=\"picture\" hidden>\n".utf8
        out += withoutXMLProlog(svg)
        out += "</section>\n<script type=\"application/json\" id=\"graph\">".utf8
        out += scriptSafe(JSONWriter.data(graph))
        out += "</script>\n<script>".utf8
        out += ReportPage.script.utf8
        out += "</script>\n</body></html>\n".utf8
        return (out, ExportReport(nodes: picture.nodes.count - 1, shrink: shrink))
    }

    /// Graphviz's SVG starts with an XML declaration and a DOCTYPE: fine in a file, not inside HTML.
    private static func withoutXMLProlog(_ svg: [UInt8]) -> ArraySlice<UInt8> {
        let open = Array("<svg".utf8)
        var i = 0
        while i + open.count <= svg.count {
            if svg[i] == open[0], svg[i..<(i + open.count)].elementsEqual(open) { return svg[i...] }
            i += 1
        }
        return svg[...]
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
