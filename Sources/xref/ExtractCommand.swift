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
    @Option(help: "jsonl (default), json (one array) or csv.") var format: Format = .jsonl
    @Option(name: .shortAndLong, help: "Output file; '-' (default) for stdout.") var output: String = "-"

    func run() throws {
        let corpus = try Corpus.load(inputs.paths)
        var out = Output()
        switch format {
        case .jsonl:
            for a in corpus.analyses { for c in a.citations { out.line(c.jsonLine(document: a.path, language: a.context.language)) } }
        case .json:
            let lines = corpus.analyses.flatMap { a in a.citations.map { $0.jsonLine(document: a.path, language: a.context.language) } }
            out.line("[" + lines.joined(separator: ",\n") + "]")
        case .csv:
            out.write(CSV.row(Citation.csvHeader))
            for a in corpus.analyses { for c in a.citations { out.write(CSV.row(c.csvFields(document: a.path))) } }
        }
        try out.save(to: output)
        try corpus.finish()
    }
}
