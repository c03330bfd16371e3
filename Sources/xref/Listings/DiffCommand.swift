import ArgumentParser
import Foundation
import XrefCore
import XrefCorpus
import XrefInput

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Align the paragraphs of two resolutions (a resolution and its predecessor) and show what changed.",
        discussion: """
        OLD and NEW are files, or symbols looked up among the documents under
        PATH. Preambular paragraphs are aligned with preambular ones and
        operative with operative, in order, by the words they share; one row
        per pair or single paragraph: op is same, modified, added, deleted or
        moved, similarity the share of words in common, changes the words
        taken out (-) and put in (+). The table is a redline: [-taken out-]
        {+put in+}.

        Examples:
          xref diff A/RES/77/19 A/RES/79/135 ../shared/corpus/akn-text/
          xref diff old.txt new.txt --format json
        """)

    @Argument(help: "The earlier resolution: a file, or a symbol found under PATH.") var old: String
    @Argument(help: "The later resolution: a file, or a symbol found under PATH.") var new: String
    @Argument(help: "Files or folders where symbols are looked up.") var paths: [String] = []
    @Option(help: "table (default: a redline), json, jsonl or csv.") var format: RecordFormat = .table
    @Option(name: .shortAndLong, help: "Output file; '-' (default) for stdout.") var output: String = "-"

    func run() throws {
        try refuseInputAsOutput([output], inputs: paths + [old, new])
        let a = try paragraphs(of: old), b = try paragraphs(of: new)
        let rows = ResolutionDiff.align(a.paragraphs, b.paragraphs)
        if format == .table {
            var out = Output()
            out.line("--- \(a.name)\n+++ \(b.name)")
            for r in rows {
                let pair = r.op == .added ? "+ \(r.new)" : r.op == .deleted ? "- \(r.old)" : r.old == r.new ? r.new : "\(r.old) → \(r.new)"
                out.line("\n\(r.op.rawValue.uppercased())  \(pair)" + (r.op == .modified || r.op == .moved ? String(format: "  (%.0f %% alike)", r.similarity * 100) : ""))
                if r.op != .same { out.line("  " + r.redline) }
            }
            try out.save(to: output)
        } else {
            try write(rows, listing: Listings.diff, format: format, to: output)
        }
    }

    /// A file read as it is, or the document under PATH whose own symbol is `name`.
    func paragraphs(of name: String) throws -> (name: String, paragraphs: [ResolutionDiff.Paragraph]) {
        if FileManager.default.fileExists(atPath: name) { return (name, try read(name)) }
        guard !paths.isEmpty else { throw CLIError("\(name): no such file; to look it up as a symbol, give the folders to search") }
        let keys = Set(Query.keys(for: name).map { $0.uppercased() })
        for file in InputFiles.collect(paths).files {
            guard let source = try? Reader.read(path: file) else { continue }
            let context = DocumentIdentity.identify(source.bytes, path: file, declared: source.declaredSymbols)
            if context.ownSymbols.contains(where: { keys.contains($0.uppercased()) }) {
                return ("\(name) (\(file))", ResolutionDiff.paragraphs(source.bytes, blocks: Pipeline.analyze(source).blocks))
            }
        }
        throw CLIError("\(name) is not among the documents under \(paths.joined(separator: " "))")
    }

    func read(_ path: String) throws -> [ResolutionDiff.Paragraph] {
        let source = try Reader.read(path: path)
        return ResolutionDiff.paragraphs(source.bytes, blocks: Pipeline.analyze(source).blocks)
    }
}
