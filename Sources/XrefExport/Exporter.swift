/// Serializes and draws a graph in every output format (DESIGN §5).
public enum Exporter {
    /// Serialize `graph` in `format`. GraphML, JSON and CSV are the data as is; DOT, SVG, PNG and PDF are the
    /// picture view (see `RenderOptions`). CSV gives both tables: nodes, a blank line, edges.
    ///
    /// The same graph gives the same bytes in every format: force-directed layouts are made repeatable by
    /// removing overlaps with `overlap=scale`, rounding positions before clusters are boxed, and drawing
    /// PNG with gd (cairo's antialiasing turned float noise into different pixels).
    public static func data(_ graph: Graph, format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        switch format {
        case .graphml: return try GraphMLWriter.data(graph)
        case .json: return JSONWriter.data(graph)
        case .csv: return CSVWriter.combined(graph)
        case .dot, .svg, .png, .pdf:
            do {
                return try Graphviz.render(try Picture(graph, options: options), format: format)
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
    public static func write(_ graph: Graph, to path: String, format: OutputFormat,
                             options: RenderOptions = RenderOptions()) throws {
        do {
            if path == "-" { return try AtomicFile.writeStandardOutput(data(graph, format: format, options: options)) }
            if format == .csv {
                let (nodes, edges) = csvPaths(path)
                return try AtomicFile.write([(nodes, CSVWriter.nodes(graph)), (edges, CSVWriter.edges(graph))])
            }
            try AtomicFile.write([(path, data(graph, format: format, options: options))])
        } catch let error as ExportError where error.path == nil {
            throw error.at(path)
        }
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
            try Graphviz.check(layout: layout, format: format)
        }
    }

    /// Graphviz layouts (`layout`) and output devices (`device`) installed here; empty when Graphviz's
    /// plugin registry is missing.
    public static func graphvizPlugins(_ kind: String) -> [String] { Graphviz.plugins(kind) }
}
