import ArgumentParser
import Foundation
import XrefExport
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
    @Option(help: "Seconds a neighbourhood picture may take before its drawing process is stopped and an explanation shown instead.")
    var pictureTimeout = 20.0

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port takes 0 to 65535") }
        if !(pictureTimeout > 0) { throw ValidationError("--picture-timeout takes a number of seconds above 0") }
    }

    func run() throws {
        let corpus = try Corpus.load(inputs)
        let store = MemoryStore(analyses: corpus.analyses, failures: corpus.problems.map { ($0.path, $0.reason) },
                                text: { try? Reader.read(path: $0).bytes })
        // Pictures are drawn by this same executable in a child process (`xref draw-picture`).
        var limits = PictureLimits(executable: Self.executable)
        limits.seconds = pictureTimeout
        limits.cpuSeconds = max(1, Int(pictureTimeout.rounded(.up)))
        let server = Server(store: store, pictures: limits)
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

    /// This program, for the child processes that draw pictures.
    static var executable: String {
        let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        return FileManager.default.isExecutableFile(atPath: link) ? link : URL(fileURLWithPath: CommandLine.arguments[0]).path
    }
}

/// `xref draw-picture` (hidden): `xref serve`'s drawing process. Reads a picture request (the neighbourhood
/// graph and how to draw it) on standard input and writes the SVG to standard output; first it limits its
/// own CPU time and address space and lowers its priority, so a runaway layout ends here and text pages are
/// served first.
struct DrawPictureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw-picture", abstract: "Draw one picture for xref serve (reads a request on stdin).",
        shouldDisplay: false)

    @Option(help: "CPU seconds before the system stops this process (SIGXCPU).") var cpuSeconds = 15
    @Option(help: "Address space limit in MB.") var memoryMb = 2048

    func run() throws {
        var cpu = rlimit(rlim_cur: rlim_t(cpuSeconds), rlim_max: rlim_t(cpuSeconds + 1))
        var memory = rlimit(rlim_cur: rlim_t(memoryMb) << 20, rlim_max: rlim_t(memoryMb) << 20)
        guard setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu) == 0,
              setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory) == 0 else {
            throw CLIError("cannot limit the drawing process: \(String(cString: strerror(errno)))")
        }
        _ = nice(10)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let request = try PictureRequest(decoding: Array(input))
        let svg = try Exporter.data(request.graph, format: .svg, options: request.options)
        try Exporter.write(bytes: svg, to: "-")
    }
}
