import Foundation
import XrefCore
import XrefCorpus
import XrefInput

/// One of N disjoint parts of a corpus, by a hash of each path: N processes on any machines, each given
/// its K, index the whole corpus into one database together, none touching another's documents.
public struct Shard: Sendable, Equatable {
    public let k: Int, n: Int

    /// "K/N", 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.k = k; self.n = n
    }

    /// Whether `path` (as written, so every machine must name the corpus the same way) is in this shard.
    public func owns(_ path: String) -> Bool { Int(ContentHash.of(Array(path.utf8)) % UInt64(n)) == k - 1 }
}

/// What an update did.
public struct UpdateSummary: Sendable, CustomStringConvertible {
    public var new = 0, changed = 0, removed = 0, unchanged = 0, unreadable = 0
    public var seconds = 0.0

    /// `indexed 12 new, 3 changed, 1 removed, 2,950 unchanged in 0.4 s`
    public var description: String {
        "indexed \(grouped(new)) new, \(grouped(changed)) changed, \(grouped(removed)) removed, \(grouped(unchanged)) unchanged"
            + String(format: " in %.1f s", seconds) + (unreadable > 0 ? " (\(grouped(unreadable)) unreadable)" : "")
    }

    private func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out = ""
        while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }
}

extension Index {
    /// Brings the index up to date with the files under `roots`: new and changed files (size, modification
    /// time, then content hash) are read and analysed on every core, a bounded number at a time, and written
    /// `batch` documents to a transaction; files gone from under `roots` are removed; unchanged files are
    /// not read. A killed update leaves every batch committed before it. Problems reading a file are stored
    /// with it and told to `report`.
    public func update(_ roots: [String], shard: Shard? = nil, batch: Int = 64, started: (_ files: Int) -> Void = { _ in },
                       progress: (@Sendable () -> Void)? = nil, report: (ReadError) -> Void) throws -> UpdateSummary {
        let clock = ContinuousClock(), begun = clock.now
        let walk = CorpusReader(paths: roots)
        for e in walk.walkErrors { report(e) }
        let files = walk.files.filter { shard?.owns($0) ?? true }
        var known: [String: StoredFile] = [:]
        let (filter, arguments) = IndexRows.under(roots)
        try db.rows("SELECT d.path, d.size, d.mtime, d.hash FROM documents d WHERE \(filter)", arguments) { r in
            if shard?.owns(r.string(0)) ?? true { known[r.string(0)] = StoredFile(size: r.int(1), mtime: r.int(2), hash: r.int(3)) }
        }
        let existing = known
        started(files.count)
        var summary = UpdateSummary()
        var records: [IndexRows.Rows] = [], touched: [(String, StoredFile)] = []
        func commit() throws {
            guard !records.isEmpty || !touched.isEmpty else { return }
            try db.transaction {
                for r in records { try IndexRows.insert(r, into: db) }
                for (path, f) in touched {
                    try db.execute("UPDATE documents SET size = ?, mtime = ? WHERE path = ?", [.int(f.size), .int(f.mtime), .text(path)])
                }
            }
            records.removeAll(keepingCapacity: true); touched.removeAll(keepingCapacity: true)
        }
        // The window holds half a batch more than the workers need: while this thread writes a batch
        // (64 documents in one transaction), the workers read on instead of stopping 4 items ahead. A
        // whole batch more cost 8-10 MB of peak memory on 100 MB (over the 80 MB `index` keeps to).
        let workers = ProcessInfo.processInfo.activeProcessorCount
        try OrderedParallel.forEach(count: files.count, workers: workers, window: batch / 2 + 4 * workers, transform: { i in
            let work = Self.examine(files[i], known: existing[files[i]])
            progress?()
            return work
        }, consume: { _, work in
            switch work {
            case .unchanged: summary.unchanged += 1
            case .touched(let path, let file): summary.unchanged += 1; touched.append((path, file))
            case .read(let record, let problem):
                if existing[record.path] == nil { summary.new += 1 } else { summary.changed += 1 }
                if !record.analysed { summary.unreadable += 1 }
                if let problem { report(problem) }
                records.append(record)
            }
            if records.count + touched.count / 16 >= batch { try commit() }
        })
        try commit()
        let gone = Set(existing.keys).subtracting(files)
        summary.removed = gone.count
        for chunk in Array(gone).sorted().chunked(512) {
            try db.transaction { for path in chunk { try db.execute("DELETE FROM documents WHERE path = ?", [.text(path)]) } }
        }
        summary.seconds = Double((clock.now - begun).components.attoseconds) / 1e18 + Double((clock.now - begun).components.seconds)
        return summary
    }

    enum Work: Sendable {
        case unchanged
        /// Same bytes, new modification time: only the time is stored.
        case touched(String, StoredFile)
        /// Read: its rows, made on the worker.
        case read(IndexRows.Rows, problem: ReadError?)
    }

    static func examine(_ path: String, known: StoredFile?) -> Work {
        var st = stat()
        guard PathBytes.withSystemPath(path, { stat($0, &st) }) == 0 else {
            let reason = String(cString: strerror(errno))
            return .read(IndexRows.rows(DocumentRecord(path: path, file: StoredFile(size: 0, mtime: 0, hash: 0), failure: reason)),
                         problem: ReadError(path: path, reason: reason))
        }
        let size = Int(st.st_size), mtime = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        if let known, known.size == size, known.mtime == mtime { return .unchanged }
        let bytes = (try? Reader.bytes(path: path)) ?? []
        let file = StoredFile(size: size, mtime: mtime, hash: Int(bitPattern: UInt(ContentHash.of(bytes))))
        if let known, known.size == size, known.hash == file.hash { return .touched(path, file) }
        let format = Reader.detect(path: path, head: Array(bytes.prefix(4096)))?.rawValue
        let item = CorpusReader.analyze(path: path)
        return .read(IndexRows.rows(DocumentRecord(path: path, file: file, format: format, analysis: item.analysis, failure: item.problem?.reason)),
                     problem: item.problem)
    }
}

/// A 64-bit hash of a file's bytes, to tell a changed file from one merely touched. Not cryptographic: a
/// collision needs the same size too, and costs only a stale entry until the file changes again.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 32
                i += 8
            }
            while i < raw.count { h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3; i += 1 }
        }
        h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 33
        return h
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
