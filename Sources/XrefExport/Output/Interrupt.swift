#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes half-written temporary files when SIGINT, SIGTERM or SIGHUP ends the process, then lets the
/// signal end it as it would have (same exit status for the shell).
///
/// The handler may only call async-signal-safe functions, so the paths live in a fixed table of C strings
/// made before they are needed; slots are filled and cleared by the writing thread with signals blocked.
enum Interrupt {
    private static let slots = 16

    /// Starts watching `path` (a temporary being written). Call with signals blocked.
    static func remember(_ path: String) {
        installOnce()
        guard let copy = strdup(path) else { return }
        lock.lock(); defer { lock.unlock() }
        for i in 0..<slots where table[i] == nil { table[i] = copy; return }
        free(copy)   // more than 16 files at once: not watched (xref writes at most two)
    }

    /// Stops watching `path` (renamed into place or removed).
    static func forget(_ path: String) {
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        lock.lock(); defer { lock.unlock() }
        for i in 0..<slots {
            if let p = table[i], strcmp(p, path) == 0 { table[i] = nil; free(p); return }
        }
    }

    nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let t = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
        t.initialize(repeating: nil, count: slots)
        return t
    }()

    nonisolated(unsafe) private static let lock = Lock()

    private static let installed: Void = {
        _ = table
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            // A signal the parent set to be ignored (nohup, `cmd &` in a script) stays ignored.
            var current = sigaction()
            sigaction(sig, nil, &current)
            #if canImport(Glibc)
            let ignored = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
            #else
            let ignored = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == 1
            #endif
            if ignored { continue }
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = interruptHandler
            #else
            action.__sigaction_u.__sa_handler = interruptHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }()

    private static func installOnce() { _ = installed }

    /// Called from the signal handler: unlink what is still listed.
    fileprivate static func removeAll() {
        for i in 0..<slots { if let p = table[i] { unlink(p) } }
    }
}

private func interruptHandler(_ sig: Int32) {
    Interrupt.removeAll()
    signal(sig, SIG_DFL)
    raise(sig)
}

/// A plain mutex (pthread): the table is touched by the writer and, in principle, by several exporters.
private final class Lock {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
}
