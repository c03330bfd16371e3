/// Serializes and draws a graph in every output format (DESIGN §5).
public enum Exporter {
    /// Serialize `graph` in `format`. GraphML, JSON and CSV are the data as is; DOT, SVG, PNG and PDF are the
    /// picture view (see `RenderOptions`). CSV gives both tables: nodes, a blank line, edges.
    ///
    /// The same graph gives the same bytes in every format: force-directed layouts are made repeatable by
    /// rounding their positions and removing overlaps in xref's own fixed-order arithmetic (ForceLayout),
    /// and PNG is drawn with gd (cairo's antialiasing turned float noise into different pixels).
    /// `documents`: the records and mandates `report.html` shows (other formats take them from the graph).
    public static func data(_ graph: Graph, format: OutputFormat, options: RenderOptions = RenderOptions(),
                            documents: ReportDocuments = ReportDocuments()) throws -> [UInt8] {
        try export(graph, format: format, options: options, documents: documents).bytes
    }

    private static func export(_ graph: Graph, format: OutputFormat, options: RenderOptions,
                               documents: ReportDocuments) throws -> (bytes: [UInt8], report: ExportReport) {
        switch format {
        case .graphml: return (try GraphMLWriter.data(graph), ExportReport())
        case .json: return (JSONWriter.data(graph), ExportReport())
        case .csv: return (CSVWriter.combined(graph), ExportReport())
        case .html:
            do { return try HTMLReport.data(graph, options: options, documents: documents) } catch var error as ExportError {
                error.format = format
                throw error
            }
        case .dot, .svg, .png, .pdf:
            do {
                let picture = try Picture(graph, options: options)
                let (bytes, shrink) = try Graphviz.render(picture, format: format)
                return (bytes, ExportReport(nodes: picture.nodes.count - 1, shrink: shrink))
            } catch var error as ExportError {
                error.format = format
                throw error
            }
        }
    }

    /// Write `graph` to `path` atomically: the file appears complete or not at all, and nothing (no
    /// temporary file) is left behind on failure. `-` writes to standard output.
    ///
    /// CSV is two files: `x.csv` becomes `x.nodes.csv` and `x.edges.csv` beside it (a path not ending in
    /// `.csv` gets `.nodes.csv` and `.edges.csv` appended); both are written or neither. To standard output
    /// CSV is the nodes table, a blank line, then the edges table.
    @discardableResult
    public static func write(_ graph: Graph, to path: String, format: OutputFormat,
                             options: RenderOptions = RenderOptions(),
                             documents: ReportDocuments = ReportDocuments()) throws -> ExportReport {
        do {
            if format == .csv && path != "-" {
                let (nodes, edges) = csvPaths(path)
                try AtomicFile.write([(nodes, CSVWriter.nodes(graph)), (edges, CSVWriter.edges(graph))])
                return ExportReport()
            }
            if format == .graphml {  // the largest data format, streamed to its file instead of held whole
                try stream(to: path) { try GraphMLWriter.write(graph, to: $0) }
                return ExportReport()
            }
            let (bytes, report) = try export(graph, format: format, options: options, documents: documents)
            if path == "-" { try AtomicFile.writeStandardOutput(bytes) } else { try AtomicFile.write([(path, bytes)]) }
            return report
        } catch let error as ExportError where error.path == nil {
            throw error.at(path)
        }
    }

    /// Writes `bytes` to `path` atomically (`-`: standard output), as `write(_:to:format:)` does: for the
    /// listings the commands print.
    public static func write(bytes: [UInt8], to path: String) throws {
        if path == "-" { try AtomicFile.writeStandardOutput(bytes) } else { try AtomicFile.write([(path, bytes)]) }
    }

    /// Streams a listing to `path` as `body` produces it (`-`: standard output, written as it comes); a file
    /// appears whole once `body` returns, or not at all if it throws.
    public static func stream(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        if path == "-" { try body { try AtomicFile.writeStandardOutput($0) } } else { try AtomicFile.stream(to: path, body) }
    }

    /// Where CSV output for `path` goes: (`x.nodes.csv`, `x.edges.csv`).
    public static func csvPaths(_ path: String) -> (nodes: String, edges: String) {
        let stem = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return (stem + ".nodes.csv", stem + ".edges.csv")
    }

    /// Checks, before any work, that Graphviz can lay out and write this picture format: throws the one-line
    /// error (naming the fix, `/usr/sbin/libgvc6-config-update -c`) that rendering would. Data formats pass.
    public static func checkRenderer(format: OutputFormat, options: RenderOptions = RenderOptions()) throws {
        guard format.isPicture, format != .dot else { return }
        guard RenderOptions.layouts.contains(options.layout) else {
            throw ExportError(format: format, reason: "unknown layout \"\(options.layout)\" (use one of "
                              + RenderOptions.layouts.joined(separator: ", ") + ")")
        }
        // auto may pick either engine.
        for layout in options.layout == "auto" ? ["dot", "sfdp"] : [options.layout] {
            try Graphviz.check(layout: layout, format: format == .html ? .svg : format)
        }
    }

    /// Graphviz layouts (`layout`) and output devices (`device`) installed here; empty when Graphviz's
    /// plugin registry is missing.
    public static func graphvizPlugins(_ kind: String) -> [String] { Graphviz.plugins(kind) }
}

/// What an export can tell its caller besides success.
public struct ExportReport: Sendable, Equatable {
    /// Nodes drawn in a picture (the legend not counted); 0 for data formats.
    public var nodes = 0
    /// How much a PNG or PDF was shrunk to fit its largest size (1: not at all).
    public var shrink = 1.0

    public init(nodes: Int = 0, shrink: Double = 1) { self.nodes = nodes; self.shrink = shrink }

    /// The size node labels (14 points as laid out) end up at.
    public var labelPoints: Double { 14 * shrink }

    /// Shrunk so far that labels are hard to read: under 7 points (9 pixels in a PNG).
    public var unreadable: Bool { labelPoints < 7 }
}
