import ArgumentParser
import XrefCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every citation occurrence (the machine contract: one JSON object per line).",
        discussion: """
        Fields: document, paragraph, symbol, organ, type, surface, relation,
        start, end, line, resolved; unresolved citations add candidates,
        lettered ones parts, linked ones the editors' link. start/end are byte
        offsets into the input file (for PDF, DOCX, HTML and XML into the text
        `xref text` prints); line is 1-based.

        Examples:
          xref extract seeds/ --format jsonl
          xref extract docs/ --format csv -o citations.csv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    @OptionGroup var inputs: Inputs
    @Option(help: "jsonl (default; with -o the extension .jsonl, .json or .csv chooses), json (one array) or csv.")
    var format: Format?
    @Option(name: .shortAndLong, help: "Output file; '-' (default) for stdout.") var output: String = "-"

    /// The extension of -o when it names one of the formats.
    private var named: Format? {
        output == "-" ? nil : Format(rawValue: (output.split(separator: "/").last?.split(separator: ".").dropFirst().last).map { $0.lowercased() } ?? "")
    }

    func validate() throws {
        // "-o c.csv --format json" would put JSON in a file every spreadsheet opens as CSV.
        if let named, let format, named != format {
            throw ValidationError("-o \(output) names a .\(named.rawValue) file but --format is \(format.rawValue); make them agree")
        }
    }

    func run() throws {
        try refuseInputAsOutput([output], inputs: inputs.paths)
        let corpus = try Corpus.load(inputs.paths)
        var out = Output()
        switch format ?? named ?? .jsonl {
        case .jsonl:
            for a in corpus.analyses { for c in a.citations { out.line(c.jsonLine(document: a.path)) } }
        case .json:
            let lines = corpus.analyses.flatMap { a in a.citations.map { $0.jsonLine(document: a.path) } }
            out.line("[" + lines.joined(separator: ",\n") + "]")
        case .csv:
            out.write(CSV.row(Citation.csvHeader))
            for a in corpus.analyses { for c in a.citations { out.write(CSV.row(c.csvFields(document: a.path))) } }
        }
        try out.save(to: output)
        try corpus.finish()
    }
}
