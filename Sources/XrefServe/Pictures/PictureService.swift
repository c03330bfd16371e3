import Foundation
import XrefExport

/// How `xref serve` draws neighbourhood pictures: never on the server's own threads, a few at a time.
public struct PictureLimits: Sendable {
    /// The `xref` executable, run as `xref draw-picture` for each picture: a Graphviz crash or a runaway
    /// layout then ends that process, not the server. Nil: drawn in this process (library use and tests).
    public var executable: String?
    /// Wall-clock seconds before the drawing process is killed.
    public var seconds = 20.0
    /// CPU seconds and address space (MB) the drawing process may use (setrlimit, set by the child itself).
    public var cpuSeconds = 15
    public var memoryMB = 2048
    /// Pictures drawn at once, and pictures waiting their turn; beyond that a request is told to come back.
    public var concurrent = 1
    public var waiting = 16
    /// Bytes of drawn pictures kept (their keys counted too); the least recently used go first.
    public var cacheBytes = 64 << 20

    public init(executable: String? = nil) {
        self.executable = executable
        // Leave a core to the text pages on a small machine.
        concurrent = max(1, min(2, ProcessInfo.processInfo.activeProcessorCount - 1))
    }
}

/// A picture or why there is none.
enum PictureOutcome: Sendable {
    case drawn([UInt8])
    case failed(String)
    /// The store does not know the symbol.
    case unknown
}

/// Draws pictures under `PictureLimits`: equal requests share one drawing and its cached result. All the
/// work of a picture, from finding its neighbourhood on, runs on low-priority threads of its own and in
/// the drawing process: a request for a picture costs the server's threads a cache look-up.
final class PictureService: @unchecked Sendable {
    let limits: PictureLimits
    private let lock = NSLock()
    /// Keyed by the request (symbol, depth, filters, room), so a cached picture costs no graph work.
    private var cache: [String: (outcome: PictureOutcome, size: Int, used: Int)] = [:]
    private var cachedBytes = 0, clock = 0
    private var drawing: [String: Task<PictureOutcome, Never>] = [:]
    private let gate: Gate
    private var threads: LowPriorityThreads { .pictures }

    init(limits: PictureLimits) {
        self.limits = limits
        gate = Gate(slots: limits.concurrent, waiting: limits.waiting)
    }

    /// The picture `request` names; `job` finds what the drawing process needs (nil: unknown symbol), and
    /// runs only when the picture is neither cached nor being drawn, on a low-priority thread.
    func svg(_ request: String, job: @escaping @Sendable () -> PictureJob?) async -> PictureOutcome {
        switch cachedOrDrawing(request, job) {
        case .cached(let outcome): return outcome
        case .drawing(let task): return await task.value
        }
    }

    private enum Found { case cached(PictureOutcome), drawing(Task<PictureOutcome, Never>) }

    /// The cached outcome, else the drawing under way, else a drawing started now (under the lock, so two
    /// requests for one graph never start two).
    private func cachedOrDrawing(_ key: String, _ job: @escaping @Sendable () -> PictureJob?) -> Found {
        lock.lock(); defer { lock.unlock() }
        if let hit = cache[key] {
            clock += 1
            cache[key]?.used = clock
            return .cached(hit.outcome)
        }
        if let running = drawing[key] { return .drawing(running) }
        let task = Task { await self.draw(key, job) }
        drawing[key] = task
        return .drawing(task)
    }

    private func draw(_ key: String, _ job: @escaping @Sendable () -> PictureJob?) async -> PictureOutcome {
        guard await gate.enter() else {
            finish(key, nil)
            return .failed("the server is busy drawing other pictures; reload in a moment")
        }
        let outcome = await threads.run { job().map(self.render) ?? .unknown }
        gate.leave()
        // A layout that failed fails again for the same graph: remembered like a picture, so a reload does
        // not start another doomed process. A timeout may be the load of the moment: not remembered.
        finish(key, outcome)
        return outcome
    }

    private func finish(_ key: String, _ outcome: PictureOutcome?) {
        lock.lock(); defer { lock.unlock() }
        drawing[key] = nil
        guard let outcome else { return }
        if case .failed(let why) = outcome, why.hasPrefix("took too long") { return }
        let size = key.utf8.count + { if case .drawn(let b) = outcome { return b.count } else { return 256 } }()
        guard size <= limits.cacheBytes else { return }
        clock += 1
        cache[key] = (outcome, size, clock)
        cachedBytes += size
        while cachedBytes > limits.cacheBytes, let oldest = cache.min(by: { $0.value.used < $1.value.used }) {
            cache[oldest.key] = nil
            cachedBytes -= oldest.value.size
        }
    }

    /// Blocking: the child process (or, without an executable, filters, overview and Graphviz in this process).
    private func render(_ job: PictureJob) -> PictureOutcome {
        guard let executable = limits.executable else {
            do {
                let request = job.picture()
                return .drawn(try Exporter.data(request.graph, format: .svg, options: request.options))
            } catch { return .failed("\(error)") }
        }
        let run = ChildProcess.run(executable, ["draw-picture", "--cpu-seconds", "\(limits.cpuSeconds)",
                                                "--memory-mb", "\(limits.memoryMB)"],
                                   input: job.encoded(), timeout: limits.seconds)
        if let failure = run.failure {
            let why = run.timedOut ? "took too long (over \(Int(limits.seconds)) s)" : failure
            FileHandle.standardError.write(Data("xref: a picture could not be drawn: \(why)\n".utf8))
            return .failed(why)
        }
        return .drawn(run.output)
    }
}

extension PictureService {
    /// The picture shown instead of one that could not be drawn: what, and why, in words.
    static func failurePicture(_ key: String, _ why: String) -> [UInt8] {
        func text(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        return Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="640" height="96" viewBox="0 0 640 96" font-family="DejaVu Sans,sans-serif">
        <rect x="1" y="1" width="638" height="94" rx="6" fill="#fff8f6" stroke="#b42318"/>
        <text x="16" y="36" font-size="16" fill="#b42318">No picture of \(text(key)) this time</text>
        <text x="16" y="64" font-size="13" fill="#4a5568">\(text(why)); the citations are listed on the page.</text>
        </svg>

        """.utf8)
    }
}

/// At most `slots` holders at once and `waiting` in line; a caller beyond that is turned away at once.
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int
    private let waiting: Int
    private var line: [CheckedContinuation<Bool, Never>] = []

    init(slots: Int, waiting: Int) { free = max(1, slots); self.waiting = waiting }

    /// True once the caller holds a slot (it must `leave`); false when the line is full.
    func enter() async -> Bool { await withCheckedContinuation { join($0) } }

    private func join(_ c: CheckedContinuation<Bool, Never>) {
        lock.lock(); defer { lock.unlock() }
        if free > 0 { free -= 1; c.resume(returning: true) }
        else if line.count >= waiting { c.resume(returning: false) }
        else { line.append(c) }
    }

    func leave() {
        lock.lock(); defer { lock.unlock() }
        if line.isEmpty { free += 1 } else { line.removeFirst().resume(returning: true) }
    }
}
