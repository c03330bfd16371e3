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
        let corpus = try Corpus.load(inputs.paths)
        let rows = Query.symbols(in: corpus.analyses, organs: try organ.map(parseOrgans), type: type.flatMap(SymbolType.init(rawValue:)))
        var out = Output()
        switch format {
        case .table:
            var table = Table(header: ["SYMBOL", "ORGAN", "TYPE", "COUNT", "PARAGRAPHS"])
            for r in rows {
                table.rows.append([r.symbol, r.organ.rawValue, r.type.rawValue, String(r.count),
                                   r.paragraphs.map { p in String(p.split(separator: "#").last ?? "") }.joined(separator: ", ")])
            }
            out.write(table.render())
        case .json:
            out.line("[" + rows.map { r in
                "{\"symbol\":\(JSON.quote(r.symbol)),\"organ\":\(JSON.quote(r.organ.rawValue)),\"type\":\(JSON.quote(r.type.rawValue)),\"count\":\(r.count),\"resolved\":\(r.resolved),\"paragraphs\":[\(r.paragraphs.map(JSON.quote).joined(separator: ","))]}"
            }.joined(separator: ",\n") + "]")
        case .csv:
            out.write(CSV.row(["symbol", "organ", "type", "count", "resolved", "paragraphs"]))
            for r in rows { out.write(CSV.row([r.symbol, r.organ.rawValue, r.type.rawValue, String(r.count), String(r.resolved), r.paragraphs.joined(separator: " ")])) }
        }
        try out.save(to: nil)
        try corpus.finish()
    }
}
