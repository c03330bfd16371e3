import ArgumentParser
import Foundation
import XrefCore

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "List the paragraphs that cite a symbol, with relation and a snippet.",
        discussion: """
        The symbol may be written as 74/177, A/RES/74/177, a/res/74/177,
        "resolution 74/177", "2396 (2017)" or S/RES/2396(2017). Citations of
        its addenda and corrigenda are listed too, marked (part).

        Examples:
          xref cites 74/177 seeds/
          xref cites "2396 (2017)" docs/ --relation implements --format csv
        """)

    @Argument(help: "The symbol, in any written form.") var symbol: String
    @OptionGroup var inputs: Inputs
    @Option(help: "Only citations with this relation (e.g. pursuant-to, recalls).") var relation: String?
    @Option(help: "table (default), json or csv.") var format: ListingFormat = .table

    func validate() throws {
        if let relation, Relation(rawValue: relation) == nil {
            throw ValidationError("unknown relation '\(relation)'; known: \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let keys = Query.keys(for: symbol)
        let corpus = try Corpus.load(inputs, citing: keys, extras: [])
        let hits = Query.citations(of: keys, in: corpus.analyses, relation: relation.flatMap(Relation.init(rawValue:)))
        if hits.isEmpty {
            let known = try corpus.citedSymbols()
            let near = Query.suggestions(for: keys.first ?? symbol, among: known)
            let shown = keys.first.map { $0.hasPrefix("? ") ? symbol : $0 } ?? symbol
            throw CLIError("no citation of \(shown) in \(inputs.described)"
                           + (near.isEmpty ? "" : "; nearest cited: " + near.joined(separator: ", ")))
        }
        var out = Output()
        let byPath = Dictionary(corpus.analyses.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let snippets = hits.map { snippet($0, byPath[$0.document]) }
        switch format {
        case .table:
            // Two lines a hit: where and how, then the words around the citation.
            let many = Set(hits.map(\.document)).count > 1
            for (h, s) in zip(hits, snippets) {
                let place = GraphBuilder.label(paragraph: h.citation.paragraph)
                var head = "\(place)  \(h.citation.relation.rawValue)  \(h.citation.symbol)"
                if h.viaPart { head += " (part)" }
                head += many ? "  \(name(h.document)):\(h.citation.line)" : "  line \(h.citation.line)"
                out.line(head)
                out.line("    " + s)
            }
        case .json:
            out.write(Listings.cites.jsonArray(zip(hits, snippets).map { (hit: $0, snippet: $1) }))
        case .csv:
            out.write(Listings.cites.csvText(zip(hits, snippets).map { (hit: $0, snippet: $1) }))
        }
        try out.save(to: nil)
        try corpus.finish()
    }

    private func snippet(_ hit: Query.Hit, _ analysis: DocumentAnalysis?) -> String {
        // Fits an 80-column terminal after the four-space indent.
        let radius = max(12, (74 - hit.citation.surface.utf8.count) / 2)
        return analysis?.snippet(for: hit.citation, radius: radius) ?? hit.citation.surface
    }
}

func name(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }
