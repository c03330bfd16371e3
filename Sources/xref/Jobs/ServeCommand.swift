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
        documents with their citations marked. Read-only (GET and HEAD);
        documents are addressed by number, never by path, and a document
        whose real path lies outside the folders served (a symbolic link to
        /etc/passwd) is refused. Slow or idle connections are closed after
        --timeout seconds, and the one waiting longest makes room when
        --max-connections are open. Stop it with Ctrl-C.

        Examples:
          xref serve seeds/
          xref serve docs/ --port 8080
          xref serve --db xref.sqlite              # from the index, nothing read again
          xref serve docs/ --host 0.0.0.0 --port 8080    # reachable from other machines
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on; 0 picks a free one.") var port = 8080
    @Option(help: "Seconds a connection may wait idle, or take to send a request's headers, before it is closed.")
    var timeout = 10
    @Option(help: "Open connections at most (lowered to fit the descriptor limit, `ulimit -n`).")
    var maxConnections = 1024
    @Option(help: "Seconds a neighbourhood picture may take before its drawing process is stopped and an explanation shown instead.")
    var pictureTimeout = 20.0

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port takes 0 to 65535") }
        if !(1...3600).contains(timeout) { throw ValidationError("--timeout takes 1 to 3600 seconds") }
        if maxConnections < 1 { throw ValidationError("--max-connections takes 1 or more") }
        if !(pictureTimeout > 0) { throw ValidationError("--picture-timeout takes a number of seconds above 0") }
    }

    func run() throws {
        // Only what lies inside the folders served: a document whose real path is elsewhere (a link to
        // /etc/passwd) is refused, said once, and never read. An index asked for everything serves the
        // folder holding its documents.
        let given = inputs.paths.isEmpty ? nil : ServedTree(inputs.paths)
        func refusal(_ tree: ServedTree) -> (String) -> ReadError? {
            { tree.outsideEntry($0).map { ReadError(path: $0, reason: ServedTree.refusal) } }
        }
        var corpus = try Corpus.load(inputs, refuse: given.map(refusal))
        let tree = given ?? ServedTree([ServedTree.commonFolder(corpus.analyses.map(\.path))])
        if given == nil {
            var said = Set<String>()
            for a in corpus.analyses { if let r = refusal(tree)(a.path), said.insert(r.path).inserted { corpus.fail(r) } }
            corpus.analyses.removeAll { tree.isOutside($0.path) }
        }
        // The text is read again when a page asks, through its real path, checked again then.
        let store = MemoryStore(analyses: corpus.analyses, failures: corpus.problems.map { ($0.path, $0.reason) },
                                name: { PathBytes.shown(tree.relative($0)) }, text: { tree.resolve($0).flatMap { try? Reader.read(path: $0).bytes } })
        var limits = ConnectionLimits()
        limits.idle = .seconds(timeout)
        limits.header = .seconds(timeout)
        limits.connections = maxConnections
        // Pictures are drawn by this same executable in a child process (`xref draw-picture`).
        var pictureLimits = PictureLimits(executable: Self.executable)
        pictureLimits.seconds = pictureTimeout
        pictureLimits.cpuSeconds = max(1, Int(pictureTimeout.rounded(.up)))
        let server = Server(store: store, limits: limits, pictures: pictureLimits)
        let documents = corpus.analyses.count
        // A read-only server has nothing to save on the way out: SIGTERM, SIGINT and SIGHUP end it as they
        // would any program, even when the parent handed them down blocked (a test runner does).
        var stops = sigset_t()
        sigemptyset(&stops)
        for sig in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&stops, sig) }
        pthread_sigmask(SIG_UNBLOCK, &stops, nil)
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
