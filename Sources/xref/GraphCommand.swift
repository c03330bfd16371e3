import ArgumentParser
import Foundation
import XrefCore
import XrefExport

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the citation and mandate graph and write it as a picture or a data file.",
        discussion: """
        The format follows the extension of -o: .svg .png .pdf (laid out by
        Graphviz), .dot, .graphml, .json (networkx node-link and Cytoscape.js
        elements), .csv (NAME.nodes.csv and NAME.edges.csv). With -o - give
        --format.

        Examples:
          xref graph seeds/ -o mandates.svg
          xref graph docs/ -o mandates.graphml
          xref graph docs/ -o big.svg --organ GA,SC --min-citations 3
          xref graph docs/ -o focus.png --focus 74/177 --depth 2
          xref graph docs/ -o - --format json | jq .
        """)

    @OptionGroup var inputs: Inputs
    @Option(name: .shortAndLong, help: "Output file; '-' for stdout.") var output: String
    @Option(help: "Output format when -o is '-' or has no known extension: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?
    @Option(help: "Layout: auto (dot for small graphs, sfdp for large ones), dot, sfdp, neato, fdp, circo, twopi.") var layout = "auto"
    @Flag(help: "Draw paragraph nodes inside each document's cluster.") var paragraphs = false
    @Option(help: "Keep only symbols of these organs, e.g. GA,SC,ECOSOC,HRC.") var organ: String?
    @Option(help: "Keep only symbols cited at least N times.") var minCitations = 1
    @Option(help: "Keep only the neighbourhood of this symbol (any written form).") var focus: String?
    @Option(help: "With --focus: how many steps from the symbol.") var depth = 1

    func validate() throws {
        if !["auto", "dot", "sfdp", "neato", "fdp", "circo", "twopi"].contains(layout) { throw ValidationError("unknown layout '\(layout)'") }
        if output == "-" && format == nil { throw ValidationError("with -o - give --format") }
        if format == nil, OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(output)': use .svg .png .pdf .dot .graphml .json .csv or --format")
        }
        if let format, OutputFormat(rawValue: format) == nil { throw ValidationError("unknown format '\(format)'") }
        if depth < 0 || minCitations < 0 { throw ValidationError("--depth and --min-citations take whole numbers ≥ 0") }
    }

    func run() throws {
        let corpus = try Corpus.load(inputs.paths)
        var graph = GraphBuilder.build(corpus.analyses)
        let organs = try organ.map(parseOrgans)
        var focusKey: String?
        if let focus {
            let keys = Query.keys(for: focus)
            guard let key = keys.first(where: { graph.node(forKey: $0) != nil }) else {
                throw CLIError("\(focus) is not in the graph" + suggestion(focus, graph))
            }
            focusKey = key
        }
        if organs != nil || minCitations > 1 || focusKey != nil {
            graph = graph.filtered(organs: organs, minCitations: minCitations, focus: focusKey, depth: depth)
        }
        let chosen = format.flatMap(OutputFormat.init(rawValue:)) ?? OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)!
        let report = try Exporter.write(graph, to: output, format: chosen,
                                        options: RenderOptions(layout: layout, paragraphs: paragraphs, focus: focusKey))
        if report.unreadable {
            // Not an error: the file is what was asked for, but a reader would see specks.
            let percent = max(1, Int(report.shrink * 100))
            let points = report.labelPoints < 1 ? "under 1" : String(Int(report.labelPoints))
            Xref.note("\(output): \(report.nodes) nodes shrunk to \(percent)% to fit the \(chosen.rawValue), labels \(points) pt; "
                      + "write .svg to zoom, or narrow it with --organ, --min-citations N or --focus SYMBOL")
        }
        try corpus.finish()
    }

    private func suggestion(_ input: String, _ graph: Graph) -> String {
        let near = Query.suggestions(for: input, among: graph.nodes.compactMap(\.symbol))
        return near.isEmpty ? "" : "; did you mean " + near.joined(separator: ", ") + "?"
    }
}

func parseOrgans(_ list: String) throws -> Set<Organ> {
    var out: Set<Organ> = []
    for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        guard let o = Organ.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(name) == .orderedSame }) else {
            throw ValidationError("unknown organ '\(name)'; known: \(Organ.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        out.insert(o)
    }
    return out
}
