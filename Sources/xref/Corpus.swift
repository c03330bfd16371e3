import ArgumentParser
import Foundation
import XrefCore
import XrefInput

/// Reads and analyses documents in parallel; reports unreadable ones on stderr, one line each.
struct Corpus {
    var analyses: [DocumentAnalysis] = []
    var failures: [String] = []
    var failedPaths: [(path: String, reason: String)] = []

    static func load(_ paths: [String]) throws -> Corpus {
        let (files, errors) = InputFiles.collect(paths)
        var corpus = Corpus()
        for e in errors { corpus.fail(e.description) }
        let results = Results(count: files.count)
        let progress = Progress(total: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            do {
                let source = try Reader.read(path: files[i])
                results.set(i, .success(Pipeline.analyze(source)))
            } catch {
                results.set(i, .failure(String(describing: error), files[i]))
            }
            progress.step()
        }
        progress.finish()
        for r in results.values {
            switch r {
            case .success(let a): corpus.analyses.append(a)
            case .failure(let message, let path):
                corpus.fail(message)
                corpus.failedPaths.append((path, message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message))
            case nil: break
            }
        }
        if corpus.analyses.isEmpty {
            throw CLIError(files.isEmpty && errors.isEmpty ? "no documents found in \(paths.joined(separator: ", "))" : "no document could be read")
        }
        return corpus
    }

    private mutating func fail(_ message: String) {
        failures.append(message)
        FileHandle.standardError.write(Data(("xref: " + message + "\n").utf8))
    }

    /// Exit 1 after the output when some input could not be read.
    func finish() throws {
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

enum Outcome { case success(DocumentAnalysis), failure(String, String) }

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Outcome?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: Outcome) { lock.lock(); values[i] = v; lock.unlock() }
}

/// "read 120/1193" on stderr, only when it is a terminal.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let enabled = isatty(2) != 0
    init(total: Int) { self.total = total }
    func step() {
        guard enabled else { return }
        lock.lock(); done += 1
        if done % 25 == 0 || done == total { FileHandle.standardError.write(Data("\rread \(done)/\(total)".utf8)) }
        lock.unlock()
    }
    func finish() { if enabled && total > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
