import ArgumentParser
import Foundation
import XrefCore
import XrefCorpus
import XrefIndex
import XrefInput

/// The command layer's side of reading a corpus (the reading itself is XrefCorpus): problems go to
/// stderr as they come, one `xref: <path>: <reason>` line each, progress only on a terminal, and the exit
/// status says whether everything could be read.
struct Corpus {
    var analyses: [DocumentAnalysis] = []
    private(set) var failed = false
    private(set) var documents = 0
    private(set) var problems: [ReadError] = []

    private var inputs: Inputs?
    private var refuse: ((String) -> ReadError?)?
    private var extras: Pipeline.Extras = .all

    /// Every document, held in memory (the graph and the queries need them all). From an index: only the
    /// citations of `citing` when given, and paragraph texts and mandates only when `paragraphs`.
    /// `refuse` says why a document is not to be read (`serve`: it lies outside the served folder), naming the
    /// path to report (a linked folder, once for all the files under it): left out, never read.
    /// `forGraph`: each document keeps only what the graph is made of, the rest let go as it comes (its
    /// blocks, and the clauses that are not mandates), so memory follows the graph, not the text.
    /// `extras`: what the files are read for besides citations (an index has them stored either way).
    static func load(_ inputs: Inputs, citing: [String]? = nil, paragraphs: Bool = true, forGraph: Bool = false,
                     extras: Pipeline.Extras = .all, refuse: ((String) -> ReadError?)? = nil) throws -> Corpus {
        var corpus = Corpus()
        corpus.refuse = refuse
        corpus.extras = extras
        var analyses: [DocumentAnalysis] = []
        try corpus.read(inputs, parts: Index.Parts(citing: citing, paragraphs: paragraphs), prepare: { _ in () }) { a, _ in
            analyses.append(a)
            if forGraph {
                analyses[analyses.count - 1].blocks = []
                // Read from an index, every clause comes (read from files, only the mandates).
                analyses[analyses.count - 1].clauses.removeAll { !$0.mandate }
            }
        }
        corpus.analyses = analyses
        return corpus
    }

    /// Each document through `body` in file order, none held after it returns (no paragraphs from an index).
    static func stream(_ inputs: Inputs, extras: Pipeline.Extras = .all, _ body: (DocumentAnalysis) throws -> Void) throws -> Corpus {
        try stream(inputs, extras: extras, prepare: { _ in () }) { a, _ in try body(a) }
    }

    /// The same, with `prepare` run beside the analysis, on the worker that made it when the files are read
    /// (on this thread from an index): what the output needs of a document is made on every core.
    static func stream<Prepared>(_ inputs: Inputs, extras: Pipeline.Extras = .all, prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared,
                                 _ body: (DocumentAnalysis, Prepared) throws -> Void) throws -> Corpus {
        var corpus = Corpus()
        corpus.extras = extras
        try corpus.read(inputs, parts: Index.Parts(paragraphs: false), prepare: prepare, body)
        return corpus
    }

    /// Every symbol cited anywhere in what was asked for (analyses loaded with `citing` hold only those).
    func citedSymbols() throws -> [String] {
        if let inputs, let location = inputs.index {
            return try Index.open(location, writable: false) { try $0.citedSymbols(under: inputs.paths) }
        }
        return analyses.flatMap { $0.citations.map(\.symbol) }
    }

    private mutating func read<Prepared>(_ inputs: Inputs, parts: Index.Parts, prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared,
                                         _ body: (DocumentAnalysis, Prepared) throws -> Void) throws {
        guard let location = inputs.index else { return try read(inputs.paths, prepare: prepare, body) }
        self.inputs = inputs
        var failures: [ReadError] = []
        var count = 0, any = false
        let refuse = self.refuse
        try Index.open(location, writable: false) { index in
            try index.analyses(under: inputs.paths, parts: parts, failed: { failures.append(ReadError(path: $0.path, reason: $0.failure ?? "")) }) {
                if let refused = refuse?($0.path) { if !failures.contains(refused) { failures.append(refused) }; return }
                count += 1
                try body($0, prepare($0))
            }
            // Asked for the citations of one symbol, only documents citing it come back: the index is not
            // empty for that, and the question gets the answer reading the files gives ("no citation of").
            any = try count > 0 || (parts.citing != nil && index.hasDocuments(under: inputs.paths))
        }
        documents = count
        for f in failures { fail(f) }
        if !any {
            throw CLIError(inputs.paths.isEmpty ? "no documents in the index \(location)" : "no documents under \(inputs.paths.map(PathBytes.shown).joined(separator: ", ")) in the index \(location)")
        }
    }

    private mutating func read<Prepared>(_ paths: [String], prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared,
                                         _ body: (DocumentAnalysis, Prepared) throws -> Void) throws {
        var reader = CorpusReader(paths: paths, extras: extras)
        for e in reader.walkErrors { fail(e) }
        if let refuse {
            var kept: [String] = []
            var said = Set<String>()
            for f in reader.files {
                guard let refused = refuse(f) else { kept.append(f); continue }
                if said.insert(refused.path).inserted { fail(refused) }
            }
            reader = CorpusReader(files: kept, extras: extras)
        }
        let progress = Progress(total: reader.files.count)
        try reader.forEach(progress: progress.step, prepare: { $0.analysis.map(prepare) }) { item, prepared in
            if let problem = item.problem { fail(problem) }
            if let a = item.analysis, let prepared { documents += 1; try body(a, prepared) }
        }
        progress.finish()
        if documents == 0 {
            throw CLIError(reader.files.isEmpty && reader.walkErrors.isEmpty ? "no documents found in \(paths.map(PathBytes.shown).joined(separator: ", "))" : "no document could be read")
        }
    }

    /// A document that could not be read (or was cut): said now, kept for whoever lists them (`serve`).
    mutating func fail(_ problem: ReadError) {
        problems.append(problem)
        fail(problem.description)
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
    var total: Int
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
