import Foundation

/// A parallel map whose results arrive in input order, with a bounded number of results ahead of the
/// consumer: memory holds at most `window` finished items, however many there are, and the order never
/// depends on which thread finished first.
public enum OrderedParallel {
    /// Runs `transform` for 0..<count on `workers` threads and passes each result to `consume` in index
    /// order, on the calling thread. A worker starts item i only once item i - window has been consumed.
    /// If `consume` throws, no new item starts, running ones finish, and the error is rethrown.
    public static func forEach<T>(count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  window: Int? = nil, transform: @escaping @Sendable (Int) -> T,
                                  consume: (Int, T) throws -> Void) throws {
        guard count > 0 else { return }
        let threads = max(1, min(workers, count))
        let state = State<T>(count: count, window: max(threads, window ?? 4 * threads))
        let group = DispatchGroup()
        for _ in 0..<threads {
            DispatchQueue.global().async(group: group) { state.work(transform) }
        }
        defer { state.stop(); group.wait() }
        for i in 0..<count { try consume(i, state.take(i)) }
    }

    /// One lock for the hand-over, and a wake-up only for a thread that waits for what just changed: the
    /// consumer for the very item it needs, a worker for room in the window. Waking every thread at every
    /// finished and every taken item cost both cores a sleep and a wake-up per document for nothing.
    private final class State<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int, window: Int
        private var next = 0, consumed = 0, stopped = false
        private var ready: [Int: T] = [:]
        /// The item the consumer sleeps for, if it sleeps.
        private var awaited: Int?
        /// Workers asleep until the window has room.
        private var idleWorkers = 0

        init(count: Int, window: Int) { self.count = count; self.window = window }

        func work(_ transform: (Int) -> T) {
            condition.lock()
            while true {
                while !stopped, next < count, next >= consumed + window {
                    idleWorkers += 1
                    condition.wait()
                    idleWorkers -= 1
                }
                if stopped || next >= count { break }
                let i = next
                next += 1
                condition.unlock()
                let result = transform(i)
                condition.lock()
                ready[i] = result
                if awaited == i { condition.broadcast() }
            }
            condition.unlock()
        }

        func take(_ i: Int) -> T {
            condition.lock()
            defer { condition.unlock() }
            while ready[i] == nil {
                awaited = i
                condition.wait()
            }
            awaited = nil
            consumed = i + 1
            if idleWorkers > 0 { condition.broadcast() }
            return ready.removeValue(forKey: i)!
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
