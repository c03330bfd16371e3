import ArgumentParser
import Foundation
import XrefInput
import XrefServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Browse the citation graph in a web browser.",
        discussion: """
        Reads the documents (or, with --db, an index made by `xref index`),
        then serves pages on 127.0.0.1 (loopback only,
        unless --host says otherwise): search any written form of a symbol,
        read every paragraph that cites it, follow the mandate chain, open
        documents with their citations marked. Read-only; documents are
        addressed by number, never by path. Stop it with Ctrl-C.

        Examples:
          xref serve seeds/
          xref serve docs/ --port 8080
          xref serve --db xref.sqlite              # from the index, nothing read again
          xref serve docs/ --host 0.0.0.0 --port 8080    # reachable from other machines
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on; 0 picks a free one.") var port = 8080

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port takes 0 to 65535") }
    }

    func run() throws {
        let corpus = try Corpus.load(inputs)
        let store = MemoryStore(analyses: corpus.analyses, failures: corpus.problems.map { (PathBytes.shown($0.path), $0.reason) },
                                text: { try? Reader.read(path: $0).bytes })
        let server = Server(store: store)
        let documents = corpus.analyses.count
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do {
                try await server.run(host: host, port: port) { url in
                    FileHandle.standardError.write(Data("xref: serving \(documents) documents on \(url)\n".utf8))
                }
            } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw CLIError("cannot serve on \(host):\(port): \(error)") }
    }

    private final class Outcome: @unchecked Sendable { var error: (any Error)? }
}
