import ArgumentParser
import XrefCore

struct MandatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mandates",
        abstract: "List the mandate clauses of every resolution or decision read, and what answers them.",
        discussion: """
        One row per clause of an operative paragraph (or lettered
        sub-paragraph) in which the organ requests, decides, authorizes,
        invites or entrusts a UN organ, body, entity or official to act:
        verb, addressee (and its type), deliverable, recipient, due session
        ("GA 81", "CCPCJ 34") or date, recurrence, the paragraph it adds to,
        and fulfilled_by: the documents read in the same run that answer it
        (a report "submitted pursuant to" the resolution; a later resolution
        taking note of the report its footnote names).

        Examples:
          xref mandates ../shared/corpus/akn-text/79_135_E.txt
          xref mandates docs/ --format csv -o mandates.csv
          xref mandates docs/ --open            # what is still owed
          xref mandates docs/ --all --format jsonl
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "table (default), json, jsonl or csv.") var format: RecordFormat = .table
    @Flag(help: "Also list clauses that are not mandates (hortatory verbs, clauses to States), with mandate false.") var all = false
    @Flag(help: "Only mandates that no document read answers.") var open = false
    @Option(name: .shortAndLong, help: "Output file; '-' (default) for stdout.") var output: String = "-"

    func validate() throws {
        if all && open { throw ValidationError("--open lists mandates only; it cannot be combined with --all") }
    }

    func run() throws {
        try refuseInputAsOutput([output], inputs: inputs.paths)
        let corpus = try Corpus.load(inputs)
        let answers = Fulfilments.join(corpus.analyses)
        var rows: [(document: String, clause: MandateClause, fulfilledBy: [Fulfilment])] = []
        for a in corpus.analyses {
            for c in a.clauses where all || c.mandate {
                let fulfilled = answers[Fulfilments.key(c)] ?? []
                if open && !fulfilled.isEmpty { continue }
                rows.append((a.path, c, fulfilled))
            }
        }
        try write(rows, listing: Listings.mandates, format: format, to: output)
        try corpus.finish()
    }
}
