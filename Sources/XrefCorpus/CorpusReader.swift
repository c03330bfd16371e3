import Foundation
import XrefCore
import XrefInput

/// A folder (or list of files) read as a stream of analysed documents (DESIGN §2, steps 1-6): files are
/// found once, then read and analysed on every core, a bounded number at a time, and handed over in file
/// order. Memory depends on the largest document and the window, not on the size of the corpus.
public struct CorpusReader: Sendable {
    /// Every file found, in the order outputs list them (folders walked in byte order of names).
    public let files: [String]
    /// Paths that could not be walked (missing, unreadable folder).
    public let walkErrors: [ReadError]

    /// More citations than this in one document are not a document but a list (or an attack): the first
    /// `citationLimit` are kept and the document is reported. The largest real UN document in the shared
    /// corpus has a few thousand.
    public static let citationLimit = 100_000

    /// What each document is read for besides its citations.
    public let extras: Pipeline.Extras

    public init(paths: [String], extras: Pipeline.Extras = .all) {
        (files, walkErrors) = InputFiles.collect(paths)
        self.extras = extras
    }

    public init(files: [String], extras: Pipeline.Extras = .all) {
        self.files = files
        walkErrors = []
        self.extras = extras
    }

    /// What reading one file gave: its analysis, and a problem to report (unreadable: no analysis).
    public struct Item: Sendable {
        public var path: String
        public var analysis: DocumentAnalysis?
        public var problem: ReadError?
    }

    /// Reads one file; every failure is a `ReadError` naming it.
    public static func read(path: String) -> Result<SourceText, ReadError> {
        do {
            return .success(try Reader.read(path: path))
        } catch let e as ReadError {
            return .failure(e)
        } catch {
            return .failure(ReadError(path: path, reason: "\(error)"))
        }
    }

    /// Reads and analyses one file.
    public static func analyze(path: String, extras: Pipeline.Extras = .all) -> Item {
        switch read(path: path) {
        case .success(let source): return limited(Pipeline.analyze(source, citationLimit: citationLimit, extras: extras))
        case .failure(let problem): return Item(path: path, analysis: nil, problem: problem)
        }
    }

    /// An analysis cut to `citationLimit` citations, with a report when it was cut. The pipeline stops one
    /// citation past the limit, so how many more there were is not known, only that there were more.
    public static func limited(_ analysis: DocumentAnalysis, limit: Int = citationLimit) -> Item {
        var a = analysis
        guard a.citations.count > limit else { return Item(path: a.path, analysis: a, problem: nil) }
        a.citations.removeSubrange(limit...)
        let kept = Set(a.citations.map(\.paragraph))
        a.paragraphPieces = a.paragraphPieces.filter { kept.contains($0.key) }
        a.mandates = a.mandates.filter { kept.contains($0.paragraph) }
        return Item(path: a.path, analysis: a, problem: ReadError(
            path: a.path, reason: "more than the \(limit) citations a document may have: only the first \(limit) are used"))
    }

    /// Every file's item, in file order, through `body`; `progress` is told each time one is done.
    public func forEach(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                        progress: (@Sendable () -> Void)? = nil, _ body: (Item) throws -> Void) throws {
        try forEach(workers: workers, progress: progress, prepare: { _ in () }) { item, _ in try body(item) }
    }

    /// The same, with `prepare` run on the worker that analysed each file (its output rows encoded there,
    /// say), so that the calling thread, which must take the items in order, only writes what it is given.
    public func forEach<Prepared>(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  progress: (@Sendable () -> Void)? = nil,
                                  prepare: @escaping @Sendable (Item) -> Prepared,
                                  _ body: (Item, Prepared) throws -> Void) throws {
        let files = self.files, extras = self.extras
        try OrderedParallel.forEach(count: files.count, workers: workers, transform: { i in
            let item = CorpusReader.analyze(path: files[i], extras: extras)
            let prepared = prepare(item)
            progress?()
            return (item, prepared)
        }, consume: { _, done in try body(done.0, done.1) })
    }

    /// Every file read but not analysed, in file order (`bench` times reading and analysis apart).
    public func forEachSource(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                              _ body: (Result<SourceText, ReadError>) throws -> Void) throws {
        let files = self.files
        try OrderedParallel.forEach(count: files.count, workers: workers, transform: { CorpusReader.read(path: files[$0]) },
                                    consume: { _, read in try body(read) })
    }
}
