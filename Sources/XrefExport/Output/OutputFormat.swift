/// What `xref graph -o FILE` can write; the file extension chooses (DESIGN §5).
public enum OutputFormat: String, CaseIterable, Sendable {
    case graphml, json, csv, dot, svg, png, pdf, html

    /// The format for an extension such as `svg` or `.GraphML`; `gv` is Graphviz too.
    public init?(pathExtension: String) {
        var ext = pathExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        if ext == "gv" { self = .dot; return }
        self.init(rawValue: ext)
    }

    /// Formats drawn by Graphviz (a layout is computed, except for `.dot`, which is the picture unlaid);
    /// the HTML report inlines an SVG picture.
    var isPicture: Bool { self == .dot || self == .svg || self == .png || self == .pdf || self == .html }
}

/// How to draw the picture formats. The data formats (GraphML, JSON, CSV) ignore it.
public struct RenderOptions: Sendable, Hashable {
    /// `auto` (dot for small pictures, sfdp for large ones) or a Graphviz layout: dot, sfdp, neato, fdp, circo, twopi.
    public var layout: String = "auto"
    /// Draw paragraph nodes inside each document's cluster instead of folding them into their document.
    public var paragraphs = false
    /// The key of the symbol a `--focus` picture is about: drawn with a heavy border, so the eye finds it.
    public var focus: String?
    /// Where a symbol node links: this prefix with the key appended (`/symbol?key=`), in the same window,
    /// for pictures inside xref's own pages. Nil: the official text on undocs.org, in a new window.
    public var symbolLink: String?
    /// A line printed above the picture (what an overview left out).
    public var caption: String?

    public init() {}

    public init(layout: String = "auto", paragraphs: Bool = false, focus: String? = nil, symbolLink: String? = nil,
                caption: String? = nil) {
        self.layout = layout; self.paragraphs = paragraphs; self.focus = focus; self.symbolLink = symbolLink
        self.caption = caption
    }

    public static let layouts = ["auto", "dot", "sfdp", "neato", "fdp", "circo", "twopi"]
}

/// A failed export: one line that names the file (or the format, when no file is involved).
public struct ExportError: Error, CustomStringConvertible, Sendable {
    /// The file being written, nil for an in-memory export.
    public var path: String?
    public var format: OutputFormat?
    public var reason: String

    public init(path: String? = nil, format: OutputFormat? = nil, reason: String) {
        self.path = path; self.format = format; self.reason = reason
    }

    public var description: String {
        if let path { return "cannot write \(path): \(reason)" }
        if let format { return "cannot export \(format.rawValue): \(reason)" }
        return "cannot export: \(reason)"
    }

    func at(_ path: String) -> ExportError {
        var copy = self
        copy.path = path
        return copy
    }
}
