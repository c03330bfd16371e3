import ArgumentParser
import Foundation
import XrefCore
import XrefInput
import XrefExport

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput: the recognizer alone on one thread, then the whole pipeline in parallel.",
        discussion: """
        Build with -c release for meaningful figures.

        Examples:
          swift build -c release && .build/release/xref bench ../shared/corpus
          xref bench --synthetic 5000
        """)

    @Argument(help: "Files or folders to read (folders recursively).") var paths: [String] = []
    @Option(help: "Repeat the recognizer pass this many times.") var rounds = 3
    @Option(help: "Also lay out and draw a synthetic graph of this many symbols (auto layout, SVG and PNG).")
    var synthetic: Int?

    func validate() throws {
        if paths.isEmpty && synthetic == nil { throw ValidationError("give files or folders, or --synthetic N") }
    }

    func run() throws {
        if let n = synthetic { try drawSynthetic(n) }
        guard !paths.isEmpty else { return }
        let (files, errors) = InputFiles.collect(paths)
        // Read on one thread, timed on its own (Corpus.load reads in parallel); unreadable files are
        // reported, one line each, and left out.
        var sources: [SourceText] = []
        var readSeconds = 0.0
        var failed = errors.count
        for e in errors { FileHandle.standardError.write(Data("xref: \(e)\n".utf8)) }
        let clock = ContinuousClock()
        for f in files {
            let t0 = clock.now
            do { sources.append(try Reader.read(path: f)) } catch {
                failed += 1
                FileHandle.standardError.write(Data("xref: \(error)\n".utf8))
            }
            readSeconds += seconds(clock.now - t0)
        }
        // Figures over nothing are no figures: "bench nope" is an error, not "read 0 documents".
        if sources.isEmpty { throw CLIError("no document could be read in \(paths.joined(separator: " "))") }
        let documents = sources
        let texts = sources.map(\.bytes)
        let bytes = texts.reduce(0) { $0 + $1.count }
        let mb = Double(bytes) / 1_000_000
        print(String(format: "read      %d documents, %.1f MB of text in %.2f s (all formats, one thread)", texts.count, mb, readSeconds))
        var found = 0
        let t0 = clock.now
        for _ in 0..<rounds {
            found = 0
            for t in texts { found += Recognizer.recognize(NormalizedText(t).bytes).count }
        }
        let recognize = seconds(clock.now - t0) / Double(rounds)
        print(String(format: "recognize %.1f MB/s (normalize + recognize + resolve, one thread, %d citations, %.3f s)", mb / recognize, found, recognize))
        let t1 = clock.now
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, .success(Pipeline.analyze(documents[i])))
        }
        let pipeline = seconds(clock.now - t1)
        print(String(format: "pipeline  %.1f MB/s (segment, recognize, relations, mandates; %d threads, %.3f s)",
                     mb / pipeline, ProcessInfo.processInfo.activeProcessorCount, pipeline))
        if failed > 0 { throw ExitCode(1) }
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

    private func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}
