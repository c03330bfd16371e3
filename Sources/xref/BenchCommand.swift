import ArgumentParser
import Foundation
import XrefCore
import XrefInput

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput: the recognizer alone on one thread, then the whole pipeline in parallel.",
        discussion: """
        Build with -c release for meaningful figures.

        Example:
          swift build -c release && .build/release/xref bench ../shared/corpus
        """)

    @OptionGroup var inputs: Inputs
    @Option(help: "Repeat the recognizer pass this many times.") var rounds = 3

    func run() throws {
        let (files, _) = InputFiles.collect(inputs.paths)
        var texts: [[UInt8]] = []
        var readSeconds = 0.0
        let clock = ContinuousClock()
        for f in files {
            let t0 = clock.now
            if let s = try? Reader.read(path: f) { texts.append(s.bytes) }
            readSeconds += seconds(clock.now - t0)
        }
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
        let documents = texts
        let results = Results(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, .success(Pipeline.analyze(SourceText(path: files[i], bytes: documents[i]))))
        }
        let pipeline = seconds(clock.now - t1)
        print(String(format: "pipeline  %.1f MB/s (segment, recognize, relations, mandates; %d threads, %.3f s)",
                     mb / pipeline, ProcessInfo.processInfo.activeProcessorCount, pipeline))
    }

    private func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}
