import ArgumentParser
import Foundation
import XrefCore
import XrefCorpus
import XrefInput

/// The command layer's side of reading a corpus (the reading itself is XrefCorpus): problems go to
/// stderr as they come, one `xref: <path>: <reason>` line each, progress only on a terminal, and the exit
/// status says whether everything could be read.
struct Corpus {
    var analyses: [DocumentAnalysis] = []
    private(set) var failed = false
    private(set) var documents = 0

    /// Every document, held in memory (the graph and the queries need them all).
    static func load(_ paths: [String]) throws -> Corpus {
        var corpus = Corpus()
        var analyses: [DocumentAnalysis] = []
        try corpus.read(paths) { analyses.append($0) }
        corpus.analyses = analyses
        return corpus
    }

    /// Each document through `body` in file order, none held after it returns.
    static func stream(_ paths: [String], _ body: (DocumentAnalysis) throws -> Void) throws -> Corpus {
        var corpus = Corpus()
        try corpus.read(paths, body)
        return corpus
    }

    private mutating func read(_ paths: [String], _ body: (DocumentAnalysis) throws -> Void) throws {
        let reader = CorpusReader(paths: paths)
        for e in reader.walkErrors { fail(e.description) }
        let progress = Progress(total: reader.files.count)
        try reader.forEach(progress: progress.step) { item in
            if let problem = item.problem { fail(problem.description) }
            if let a = item.analysis { documents += 1; try body(a) }
        }
        progress.finish()
        if documents == 0 {
            throw CLIError(reader.files.isEmpty && reader.walkErrors.isEmpty ? "no documents found in \(paths.joined(separator: ", "))" : "no document could be read")
        }
    }

    mutating func fail(_ message: String) {
        failed = true
        FileHandle.standardError.write(Data(("xref: " + message + "\n").utf8))
    }

    /// Exit 1 after the output when some input could not be read.
    func finish() throws {
        if failed { throw ExitCode(1) }
    }
}

/// "read 120/1193" on stderr, only when it is a terminal.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let verb: String
    private let enabled = isatty(2) != 0
    init(total: Int, verb: String = "read") { self.total = total; self.verb = verb }
    func step() {
        guard enabled else { return }
        lock.lock(); done += 1
        if done % 25 == 0 || done == total { FileHandle.standardError.write(Data("\r\(verb) \(done)/\(total)".utf8)) }
        lock.unlock()
    }
    func finish() { if enabled && total > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
