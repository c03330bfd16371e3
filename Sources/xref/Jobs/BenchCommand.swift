import ArgumentParser
import Foundation
import XrefCore
import XrefInput
import XrefExport
import XrefCorpus
import XrefIndex

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput: the recognizer alone on one thread, then the whole pipeline in parallel.",
        discussion: """
        Build with -c release for meaningful figures.

        Examples:
          swift build -c release && .build/release/xref bench ../shared/corpus
          xref bench --synthetic 5000
          xref bench ../shared/corpus --index
          xref bench /tmp/corpus100 --scale     # docs/measurements.md's figures
          xref bench ../shared/corpus/akn --pictures     # every symbol's picture
          xref bench ../shared/corpus/akn --pictures --sample 40 --depth2 3
        """)

    @Argument(help: "Files or folders to read (folders recursively).") var paths: [String] = []
    @Option(help: "Repeat the recognizer pass this many times.") var rounds = 3
    @Option(help: "Also lay out and draw a synthetic graph of this many symbols (auto layout, SVG and PNG).")
    var synthetic: Int?
    @Flag(help: "Instead: build an index of the paths in a temporary SQLite file, then update it unchanged; print times and peak memory.")
    var index = false
    @Flag(help: "Instead: run extract, graph and index on every core and pinned to one core (taskset), with peak memory, and extract beside rg --no-unicode -o on one core; print figures and ratios.")
    var scale = false
    @Flag(help: "Instead: draw the depth-1 neighbourhood picture (SVG) of every symbol, then the depth-2 ones of the most cited, as `xref graph --focus` does; print how long it took.")
    var pictures = false
    @Option(help: "With --pictures: only every Nth symbol, most cited first (the same sample on every run).")
    var sample = 1
    @Option(help: "With --pictures: only the N most cited symbols at depth 1 (before --sample).")
    var first: Int?
    @Option(help: "With --pictures: how many of the most cited symbols to draw at depth 2.")
    var depth2 = 10

    func validate() throws {
        if paths.isEmpty && synthetic == nil { throw ValidationError("give files or folders, or --synthetic N") }
        if sample < 1 || depth2 < 0 || (first ?? 0) < 0 { throw ValidationError("--sample takes 1 or more, --first and --depth2 0 or more") }
    }

    func run() throws {
        if let n = synthetic { try drawSynthetic(n) }
        guard !paths.isEmpty else { return }
        if index { return try benchIndex() }
        if scale {
            guard let me = realpath("/proc/self/exe", nil) else { throw CLIError("cannot find this executable to run it again") }
            defer { free(me) }
            return try ScaleBench(paths: paths, executable: String(cString: me), scratch: NSTemporaryDirectory() + "xref-bench-\(getpid())").run()
        }
        if pictures { return try sweepPictures() }
        let corpus = CorpusReader(paths: paths)
        // Read on one thread, timed on its own (the pipeline below reads in parallel); unreadable files are
        // reported, one line each, and left out.
        var sources: [SourceText] = []
        var failed = corpus.walkErrors.count
        for e in corpus.walkErrors { FileHandle.standardError.write(Data("xref: \(e)\n".utf8)) }
        let clock = ContinuousClock()
        let readStart = clock.now
        try corpus.forEachSource(workers: 1) { read in
            switch read {
            case .success(let s): sources.append(s)
            case .failure(let error):
                failed += 1
                FileHandle.standardError.write(Data("xref: \(error)\n".utf8))
            }
        }
        let readSeconds = seconds(clock.now - readStart)
        // Figures over nothing are no figures: "bench nope" is an error, not "read 0 documents".
        if sources.isEmpty { throw CLIError("no document could be read in \(paths.joined(separator: " "))") }
        let documents = sources
        let texts = sources.map(\.bytes)
        let bytes = texts.reduce(0) { $0 + $1.count }
        let mb = Double(bytes) / 1_000_000
        print(String(format: "read      %d documents, %.1f MB of text in %.2f s (all formats, one thread)", texts.count, mb, readSeconds))
        // Each round is timed on its own and the fastest counts, the usual way to keep other work on the
        // machine out of a throughput figure; the thread's CPU time says how much the wall clock lost to it.
        var found = 0
        var best = Double.infinity, cpuOfBest = 0.0
        for _ in 0..<max(1, rounds) {
            found = 0
            let (t0, c0) = (clock.now, threadCPUSeconds())
            for t in texts { found += Recognizer.recognize(NormalizedText(t).bytes).count }
            let wall = seconds(clock.now - t0)
            if wall < best { best = wall; cpuOfBest = threadCPUSeconds() - c0 }
        }
        print(String(format: "recognize %.1f MB/s (normalize + recognize + resolve, one thread, %d citations, best of %d rounds %.3f s, CPU %.3f s)",
                     mb / best, found, max(1, rounds), best, cpuOfBest))
        // The same ordered, bounded parallel stream every command reads a corpus through.
        let t1 = clock.now
        var analysed = 0
        try OrderedParallel.forEach(count: documents.count, transform: { Pipeline.analyze(documents[$0]) },
                                    consume: { _, a in analysed += a.citations.count })
        let pipeline = seconds(clock.now - t1)
        print(String(format: "pipeline  %.1f MB/s (segment, recognize, relations, mandates; %d threads, %.3f s)",
                     mb / pipeline, ProcessInfo.processInfo.activeProcessorCount, pipeline))
        if failed > 0 { throw ExitCode(1) }
    }

    /// Indexing streams documents: its peak memory should follow the largest document, not the corpus.
    private func benchIndex() throws {
        let db = NSTemporaryDirectory() + "xref-bench-\(getpid()).sqlite"
        defer { for s in ["", "-wal", "-shm"] { unlink(db + s) } }
        for pass in ["index   ", "unchanged"] {
            let summary = try Index.open(db, writable: true) { try $0.update(paths, report: { _ in }) }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print(String(format: "%@ %d documents in %.2f s (%@); peak memory %.0f MB", pass,
                         summary.new + summary.changed + summary.unchanged, summary.seconds, summary.description,
                         Double(usage.ru_maxrss) / 1024))
        }
        var st = stat()
        if stat(db, &st) == 0 { print(String(format: "database  %.1f MB", Double(st.st_size) / 1_000_000)) }
    }

    /// A picture that crashes Graphviz ends the process (exit 134): reaching the end is the test.
    private func sweepPictures() throws {
        let corpus = try Corpus.load(try Inputs.parse(["--"] + paths))
        let graph = GraphBuilder.build(corpus.analyses)
        let symbols = PictureSweep.symbols(of: graph)
        var failed = false
        for (depth, keys) in [(1, PictureSweep.sample(Array(symbols.prefix(first ?? symbols.count)), every: sample)), (2, Array(symbols.prefix(depth2)))] where !keys.isEmpty {
            let f = PictureSweep.run(graph, keys: keys, depth: depth)
            print(String(format: "pictures  depth %d: %d of %d symbols drawn in %.2f s (mean %.0f ms, %.1f MB of SVG); slowest %@ (%d nodes) %.2f s; %d failed",
                         depth, f.drawn, keys.count, f.seconds, f.seconds * 1000 / Double(max(1, keys.count)),
                         Double(f.bytes) / 1_000_000, f.slowest.key, f.slowest.nodes, f.slowest.seconds, f.failed.count))
            for (key, reason) in f.failed { FileHandle.standardError.write(Data("xref: picture of \(key) at depth \(depth): \(reason)\n".utf8)) }
            failed = failed || !f.failed.isEmpty
        }
        try corpus.finish()
        if failed { throw ExitCode(1) }
    }

    private func drawSynthetic(_ symbols: Int) throws {
        let graph = Graph.syntheticGraph(symbols: symbols, documents: max(1, symbols / 50))
        let clock = ContinuousClock()
        for format in [OutputFormat.svg, .png] {
            let t0 = clock.now
            let bytes = try Exporter.data(graph, format: format, options: RenderOptions())
            print(String(format: "draw      %@ of %d nodes, %d edges: %.2f s, %.1f MB", format.rawValue, graph.nodes.count,
                         graph.edges.count, seconds(clock.now - t0), Double(bytes.count) / 1_000_000))
        }
    }

    private nonisolated func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}

/// CPU time of the calling thread, in seconds.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
