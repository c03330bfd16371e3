import ArgumentParser
import XrefCore

struct SymbolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "symbols",
        abstract: "List every cited symbol with organ, type and citation count, most cited first.",
        discussion: """
        Examples:
          xref symbols seeds/
          xref symbols docs/ --organ GA,SC --type resolution --format csv
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "Only these organs, e.g. GA,SC.") var organ: String?
    @Option(help: "Only this type: resolution, decision, document, statement.") var type: String?
    @Option(help: "table (default), json or csv.") var format: ListingFormat = .table

    func validate() throws {
        if let type, SymbolType(rawValue: type) == nil { throw ValidationError("unknown type '\(type)'") }
        _ = try organ.map(parseOrgans) // before reading a corpus, not after
    }

    func run() throws {
        let corpus = try Corpus.load(inputs, paragraphs: false, extras: [])
        let rows = Query.symbols(in: corpus.analyses, organs: try organ.map(parseOrgans), type: type.flatMap(SymbolType.init(rawValue:)))
        var out = Output()
        let listing = Listings.symbols
        switch format {
        case .table: out.write(Table(header: listing.tableHeader, rows: rows.map(listing.tableRow)).render())
        case .json: out.write(listing.jsonArray(rows))
        case .csv: out.write(listing.csvText(rows))
        }
        try out.save(to: nil)
        try corpus.finish()
    }
}
