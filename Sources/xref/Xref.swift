import ArgumentParser
import Foundation

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
        """,
        subcommands: [GraphCommand.self, ExtractCommand.self, CitesCommand.self, SymbolsCommand.self, ShowCommand.self, TextCommand.self, BenchCommand.self]
    )

    /// A remark on stderr that is not an error (the exit status stays 0).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("xref: note: \(message)\n".utf8))
    }

    /// Exit codes users know: 0 ok, 1 error, 2 usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
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
    if let see = lines.first(where: { $0.hasPrefix("See '") }), let q = see.dropFirst(5).firstIndex(of: "'") {
        return "xref: \(first); see '\(see[see.index(see.startIndex, offsetBy: 5)..<q])'"
    }
    return "xref: \(first)"
}

/// The paths every subcommand reads.
struct Inputs: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively; hidden files skipped).")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }
}

enum ListingFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }
