import ArgumentParser
import XrefCore
import XrefInput

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the plain text xref reads from a file (PDF, DOCX, HTML, XML, text).",
        discussion: """
        Useful to see why a citation was or was not found: for these formats the
        offsets that `extract` prints are offsets into this text.

        Example:
          xref text report.pdf | less
        """)

    @Argument(help: "The file to read.") var path: String

    func run() throws {
        let source = try Reader.read(path: path)
        var out = Output()
        out.write(String(decoding: source.bytes, as: UTF8.self))
        try out.save(to: nil)
    }
}
