import ArgumentParser
import XrefCore
import XrefExport

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every citation occurrence (the machine contract: one JSON object per line).",
        discussion: """
        Fields: document, paragraph, symbol, organ, type, surface, relation,
        start, end, line, resolved; unresolved citations add candidates,
        lettered ones parts, linked ones the editors' link, documents in
        French, Spanish, Russian, Chinese or Arabic their language (a CSV
        column on every row, "en" for English). start/end are byte
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
        // Written per document as it is read: memory follows the largest document, not the whole output.
        // The opening of the output waits for the first document, so a run that reads nothing writes nothing.
        try refuseInputAsOutput([output], inputs: inputs.paths)
        let listing = Listings.extract
        let format = self.format ?? named ?? .jsonl
        var corpus: Corpus?
        try Exporter.stream(to: output) { write in
            var opened = false, rows = 0
            func open() throws {
                guard !opened else { return }
                opened = true
                switch format {
                case .jsonl: break
                case .json: try write(Array("[".utf8))
                case .csv: var header: [UInt8] = []; CSV.append(listing.csvHeader, to: &header); try write(header)
                }
            }
            // The rows are encoded on the worker that analysed the document; this thread only writes them.
            corpus = try Corpus.stream(inputs, extras: [], prepare: { Self.rows($0, format: format) }) { _, encoded in
                try open()
                guard encoded.count > 0 else { return }
                if format == .json && rows > 0 { try write(Array(",\n".utf8)) }
                try write(encoded.bytes)
                rows += encoded.count
            }
            if format == .json { try write(Array("]\n".utf8)) }
        }
        try corpus?.finish()
    }

    /// One document's rows as bytes in `format` (JSON rows separated by ",\n", the array's brackets aside).
    private static func rows(_ a: DocumentAnalysis, format: Format) -> (bytes: [UInt8], count: Int) {
        let listing = Listings.extract
        var bytes: [UInt8] = []
        for (i, c) in a.citations.enumerated() {
            switch format {
            case .jsonl: listing.appendJSON((a.path, c, a.context.language), to: &bytes); bytes.append(0x0A)
            case .json:
                if i > 0 { bytes += ",\n".utf8 }
                listing.appendJSON((a.path, c, a.context.language), to: &bytes)
            case .csv: CSV.append(listing.csv((a.path, c, a.context.language)), to: &bytes)
            }
        }
        return (bytes, a.citations.count)
    }
}
