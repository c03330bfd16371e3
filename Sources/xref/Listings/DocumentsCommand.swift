import ArgumentParser
import XrefCore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List one record per document: symbol, title, date, organ, session, agenda item, language, predecessor.",
        discussion: """
        The record is read from the document's own text: the masthead and
        resolution header (symbol, date, agenda item, title line), and the
        first preambular paragraphs for the predecessor in a series (the
        latest resolution of the same organ it recalls by symbol); else the
        latest earlier document read with the same title ("same title").

        Examples:
          xref documents ../shared/corpus/akn-text/
          xref documents docs/ --format csv -o records.csv
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "table (default), json, jsonl or csv.") var format: RecordFormat = .table
    @Option(name: .shortAndLong, help: "Output file; '-' (default) for stdout.") var output: String = "-"

    func run() throws {
        try refuseInputAsOutput([output], inputs: inputs.paths)
        let corpus = try Corpus.load(inputs, paragraphs: false)
        var records = corpus.analyses.map(\.record)
        Lineage.link(&records)
        try write(records, listing: Listings.documents, format: format, to: output)
        try corpus.finish()
    }
}

/// The formats of the record listings (`documents`, `mandates`, `diff`).
enum RecordFormat: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }

/// Rows in one of the four formats, to a file or stdout.
func write<Row>(_ rows: [Row], listing: Listing<Row>, format: RecordFormat, to path: String) throws {
    var out = Output()
    switch format {
    case .table: out.write(Table(header: listing.tableHeader, rows: rows.map(listing.tableRow), width: 160).render())
    case .json: out.write(listing.jsonArray(rows))
    case .jsonl: for r in rows { out.line(listing.json(r)) }
    case .csv: out.write(listing.csvText(rows))
    }
    try out.save(to: path)
}
