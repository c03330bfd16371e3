import ArgumentParser
import Foundation
import XrefIndex
import XrefInput

@main
struct Xref: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Turn a folder of UN documents into a citation and mandate graph.",
        discussion: """
        Finds resolution, decision and document symbols in UN documents (text,
        Markdown, HTML, Akoma Ntoso XML, DOCX, PDF), resolves their organs, types
        each citation by its governing words, and links documents, paragraphs
        and symbols. Exit status: 0 ok, 1 error (some input unreadable, or
        nothing found), 2 usage.

        Examples:
          xref graph seeds/ -o mandates.svg
          xref cites 74/177 seeds/
          xref symbols seeds/ --organ GA --format csv
          xref extract seeds/ --format jsonl > citations.jsonl
          xref show A/RES/73/187 seeds/ --depth 2
          xref documents docs/ --format csv
          xref mandates docs/ --open
          xref serve seeds/                      # browse it at http://127.0.0.1:8080/
          xref index docs/ && xref cites 74/177 --db xref.sqlite
        """,
        subcommands: [GraphCommand.self, ExtractCommand.self, DocumentsCommand.self, MandatesCommand.self, DiffCommand.self, CitesCommand.self,
                      SymbolsCommand.self, ShowCommand.self, ServeCommand.self, IndexCommand.self, TextCommand.self, BenchCommand.self,
                      DrawPictureCommand.self]
    )

    /// A remark on stderr that is not an error (the exit status stays 0).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("xref: note: \(message)\n".utf8))
    }

    /// Exit codes users know: 0 ok, 1 error, 2 usage.
    static func main() {
        do {
            // The arguments as bytes: a file name that is not UTF-8 names its file (see PathBytes).
            var command = try parseAsRoot(Array(PathBytes.arguments.dropFirst()))
            try command.run()
        } catch let usage as UsageError {
            FileHandle.standardError.write(Data("xref: \(usage.message); see 'xref \(usage.command) --help'\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            // Failures are one line naming what failed (CLIError, ReadError, ExportError, ...); usage errors
            // too, pointing at --help; a bare exit code (inputs already reported) says nothing more.
            let text = code == .validationFailure ? usageLine(message) : error is ExitCode ? "" : "xref: \(error)"
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue == 0 ? 0 : 1)
        }
    }
}

/// The parser's usage message ("Error: ...", "Help: ...", "Usage: ...", "See 'xref graph --help' ...") as
/// one `xref:` line: the error, then where to read more.
func usageLine(_ message: String) -> String {
    let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    var first = lines.first ?? "usage error"
    if first.hasPrefix("Error: ") { first.removeFirst(7) }
    // A list of values the parser sets out as "- value" lines joins the line it ends ("one of the following:").
    if first.hasSuffix(":") {
        first += " " + lines.dropFirst().prefix { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }.joined(separator: ", ")
    }
    // "...or 'csv'." then "; see ..." would read ".;".
    while first.hasSuffix(".") { first.removeLast() }
    if let see = lines.first(where: { $0.hasPrefix("See '") }), let q = see.dropFirst(5).firstIndex(of: "'") {
        return "xref: \(first); see '\(see[see.index(see.startIndex, offsetBy: 5)..<q])'"
    }
    return "xref: \(first)"
}

/// A usage error found after parsing (in `run`), said as the parser's are: exit 2, pointing at the help.
struct UsageError: Error {
    var command: String
    var message: String
}

/// The paths every subcommand reads, or the index that answers for them.
struct Inputs: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively; hidden files skipped). With --db: only documents under them.")
    var paths: [String] = []
    @Option(help: "Answer from this index (`xref index`) instead of reading documents: an SQLite file or postgres://... Without paths the index is used anyway: $XREF_DB, else ./xref.sqlite.")
    var db: String?

    /// What was read, for messages: the paths, or the index.
    var described: String { paths.isEmpty ? index ?? "" : paths.map(PathBytes.shown).joined(separator: " ") }

    /// The index to answer from, if any.
    var index: String? { db ?? (paths.isEmpty ? Index.defaultLocation : nil) }

    func validate() throws {
        if paths.isEmpty && db == nil && !Index.isPostgres(Index.defaultLocation) && !FileManager.default.fileExists(atPath: Index.defaultLocation) {
            throw ValidationError("give at least one file or folder, or an index with --db FILE")
        }
    }
}

enum ListingFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }
