import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own (one set for the process, living as long as it does), at a lower priority than the server's (nice +10 each, Linux sets it per thread),
/// for the work of pictures that happens in the server: finding a neighbourhood in the whole graph and
/// encoding it for the drawing process, then waiting for that process. Neither the event loops nor the
/// pool that answers text pages runs any of it, and the system gives the text pages the CPU first.
final class LowPriorityThreads: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: [() -> Void] = []

    /// The threads of every picture service: as many as pictures drawn at once on a larger machine; the
    /// services' own gates bound how many they hand over.
    static let pictures = LowPriorityThreads(count: max(2, min(4, ProcessInfo.processInfo.activeProcessorCount)), name: "xref pictures")

    private init(count: Int, name: String) {
        for i in 0..<max(1, count) {
            let thread = Thread { self.serve() }
            thread.name = "\(name) \(i + 1)"
            thread.start()
        }
    }

    /// `job`'s result, computed on one of these threads.
    func run<T: Sendable>(_ job: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            condition.lock()
            work.append { continuation.resume(returning: job()) }
            condition.signal()
            condition.unlock()
        }
    }

    private func serve() -> Never {
        #if canImport(Glibc)
        // Only this thread: on Linux the nice value is a thread's, and 0 names the calling one.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while true {
            condition.lock()
            while work.isEmpty { condition.wait() }
            let next = work.removeFirst()
            condition.unlock()
            next()
        }
    }
}
