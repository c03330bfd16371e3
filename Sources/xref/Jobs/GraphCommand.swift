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
        elements), .csv (NAME.nodes.csv and NAME.edges.csv), .html (one
        self-contained page, its data gzipped: the picture drawn from
        Graphviz's positions with pan, zoom and filters, search, every
        symbol's citing paragraphs, each resolution's mandates and who
        fulfilled them, documents by their records; works offline; paragraphs
        are on its pages, not in its picture). With -o - give --format.

        Examples:
          xref graph seeds/ -o mandates.svg
          xref graph seeds/ -o report.html
          xref graph docs/ -o mandates.graphml
          xref graph docs/ -o big.svg --organ GA,SC --min-citations 3
          xref graph docs/ -o focus.png --focus 74/177 --depth 2
          xref graph docs/ -o - --format json | jq .
        """)

    @OptionGroup var inputs: Inputs
    // Optional to the parser, required by validate: a required option missing would be reported before an
    // unknown one (`graph seeds --bogus` said "missing --output", not what was wrong).
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file; '-' for stdout (required).", valueName: "output")) var outputOption: String?
    private var output: String { outputOption ?? "" }
    @Option(help: "Output format when -o is '-' or has no known extension: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?
    @Option(help: "Layout: auto (dot for small graphs, sfdp for large ones), dot, sfdp, neato, fdp, circo, twopi.") var layout = "auto"
    @Flag(help: "Draw paragraph nodes inside each document's cluster.") var paragraphs = false
    @Option(help: "Keep only symbols of these organs, e.g. GA,SC,ECOSOC,HRC.") var organ: String?
    // .unconditional: "-1" is read as the value (and refused by validate), not as a missing value.
    @Option(parsing: .unconditional, help: "Keep only symbols cited at least N times.") var minCitations = 1
    @Option(help: "Keep only the neighbourhood of this symbol (any written form).") var focus: String?
    @Option(parsing: .unconditional, help: "With --focus: how many steps from the symbol.") var depth = 1

    func validate() throws {
        if !RenderOptions.layouts.contains(layout) {
            throw ValidationError("unknown layout '\(layout)'; known: " + RenderOptions.layouts.joined(separator: ", "))
        }
        _ = try organ.map(parseOrgans) // before reading a corpus, not after
        if depth < 0 { throw ValidationError("--depth takes a whole number ≥ 0, not \(depth)") }
        if minCitations < 0 { throw ValidationError("--min-citations takes a whole number ≥ 0, not \(minCitations)") }
        // The parser looks for unknown options after this: a missing -o is said in `run`, so that
        // `graph seeds --bogus` reports --bogus.
        guard outputOption != nil else { return }
        if output == "-" && format == nil { throw ValidationError("with -o - give --format") }
        let named = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
        if format == nil, named == nil {
            throw ValidationError("cannot tell the format of '\(output)': use .svg .png .pdf .dot .graphml .json .csv .html or --format")
        }
        if let format, OutputFormat(rawValue: format) == nil { throw ValidationError("unknown format '\(format)'") }
        // "-o m.svg --format json" would put JSON in a file every viewer opens as SVG.
        if output != "-", let named, let asked = format.flatMap(OutputFormat.init(rawValue:)), asked != named {
            throw ValidationError("-o \(output) names a .\(named.rawValue) file but --format is \(asked.rawValue); make them agree")
        }
        // A missing Graphviz plugin fails here, before the corpus is read, with the one-line fix.
        do { try Exporter.checkRenderer(format: chosenFormat, options: RenderOptions(layout: layout)) }
        catch let error as ExportError { throw ValidationError(error.description) }
    }

    private var chosenFormat: OutputFormat {
        format.flatMap(OutputFormat.init(rawValue:)) ?? OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)!
    }

    func run() throws {
        guard outputOption != nil else { throw UsageError(command: "graph", message: "give the output file with -o FILE (or -o - with --format)") }
        let written = chosenFormat == .csv ? [Exporter.csvPaths(output).nodes, Exporter.csvPaths(output).edges] : [output]
        try refuseInputAsOutput(written, inputs: inputs.paths)
        var corpus = try Corpus.load(inputs, forGraph: true, extras: [.record, .mandates, .mandateClauses])
        var graph = GraphBuilder.build(corpus.analyses)
        let documents = chosenFormat == .html ? ReportDocuments(corpus.analyses) : ReportDocuments()
        // The graph holds what it needs: the rest of the text goes before the export, freed on another
        // thread (a quarter of a second of the one thread that writes the output, on 100 MB).
        let analyses = corpus.analyses
        corpus.analyses = []
        DispatchQueue.global().async { withExtendedLifetime(analyses) {} }
        let organs = try organ.map(parseOrgans)
        var focusKey: String?
        if let focus { focusKey = try graphKey(focus, in: graph, paths: [inputs.described]) }
        if organs != nil || minCitations > 1 || focusKey != nil {
            graph = graph.filtered(organs: organs, minCitations: minCitations, focus: focusKey, depth: depth)
        }
        let chosen = chosenFormat
        let report = try Exporter.write(graph, to: output, format: chosen,
                                        options: RenderOptions(layout: layout, paragraphs: paragraphs, focus: focusKey),
                                        documents: documents)
        if report.unreadable {
            // Not an error: the file is what was asked for, but a reader would see specks.
            let percent = max(1, Int(report.shrink * 100))
            let points = report.labelPoints < 1 ? "under 1" : String(Int(report.labelPoints))
            Xref.note("\(output): \(report.nodes) nodes shrunk to \(percent)% to fit the \(chosen.rawValue), labels \(points) pt; "
                      + "write .svg to zoom, or narrow it with --organ, --min-citations N or --focus SYMBOL")
        }
        try corpus.finish()
    }

}

/// The graph key of a symbol the user wrote, or an error naming the nearest known symbols.
func graphKey(_ input: String, in graph: Graph, paths: [String]) throws -> String {
    let (key, nearest) = Query.graphKey(for: input, in: graph)
    if let key { return key }
    throw CLIError("\(Query.keys(for: input).first ?? input) is not in the graph of \(paths.joined(separator: " "))"
                   + (nearest.isEmpty ? "" : "; nearest known: " + nearest.joined(separator: ", ")))
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
