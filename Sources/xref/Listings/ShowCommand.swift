import ArgumentParser
import XrefCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what a symbol rests on (up) and what rests on it (down), as a tree.",
        discussion: """
        Up: what the symbol cites or is mandated by (when it is one of the
        documents read). Down: the documents that cite it or are mandated by it.
        For a resolution read, its mandates follow, each with the documents
        read that answer it, or "open".

        Examples:
          xref show A/RES/73/187 seeds/
          xref show 74/177 docs/ --depth 2 --format json
        """)

    @Argument(help: "The symbol, in any written form.") var symbol: String
    @OptionGroup var inputs: Inputs
    @Option(parsing: .unconditional, help: "How many steps to follow.") var depth = 1
    @Option(help: "table (default: an indented tree), json or csv.") var format: ListingFormat = .table

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth takes a whole number ≥ 0, not \(depth)") }
    }

    func run() throws {
        let corpus = try Corpus.load(inputs)
        let graph = GraphBuilder.build(corpus.analyses)
        let key = try graphKey(symbol, in: graph, paths: [inputs.described])
        let lines = MandateTree.lines(for: key, in: graph, depth: depth)
        var out = Output()
        switch format {
        case .table:
            out.line(key)
            for direction in ["up", "down"] {
                let part = lines.filter { $0.direction == direction }
                out.line(direction == "up" ? "  rests on:" : "  rested on by:")
                if part.isEmpty { out.line("    (nothing)") }
                for l in part {
                    let indent = String(repeating: "  ", count: l.depth + 1)
                    let arrow = direction == "up" ? "→" : "←"
                    let source = name(l.document) == l.symbol ? "" : "  in \(name(l.document))"
                    out.line("\(indent)\(arrow) \(l.symbol)  \(l.relation)  \(GraphBuilder.label(paragraph: l.paragraph))\(source)")
                }
            }
            mandates(of: key, in: corpus.analyses, to: &out)
        case .json: out.write(Listings.show.jsonArray(lines))
        case .csv: out.write(Listings.show.csvText(lines))
        }
        try out.save(to: nil)
        try corpus.finish()
    }
}

extension ShowCommand {
    /// "mandates:" and one line per mandate clause of the resolution `key`, with its status.
    func mandates(of key: String, in analyses: [DocumentAnalysis], to out: inout Output) {
        let clauses = analyses.filter { $0.key == key }.flatMap(\.clauses).filter(\.mandate)
        guard !clauses.isEmpty else { return }
        let answers = Fulfilments.join(analyses)
        out.line("  mandates:")
        var seen = Set<String>()
        for c in clauses where seen.insert(Fulfilments.key(c)).inserted {
            let what = [c.deliverable, c.recipients.isEmpty ? "" : "to " + c.recipients.joined(separator: " + "),
                        c.due.isEmpty ? "" : "due " + c.due.joined(separator: " + ")].filter { !$0.isEmpty }.joined(separator: " ")
            let by = answers[Fulfilments.key(c)] ?? []
            let status = by.isEmpty ? "open" : "fulfilled by " + by.map(\.symbolOrDocument).joined(separator: ", ")
            out.line("    ¶\(c.paragraph).\(c.clause) \(c.verb) \(c.addressee): \(what)  [\(status)]")
        }
    }
}
