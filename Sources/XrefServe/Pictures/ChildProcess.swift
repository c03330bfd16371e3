import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with bytes on its standard input, collecting its output, and kills it
/// (SIGKILL) if it outlives `timeout` seconds. Blocking: call it off the server's event loops.
enum ChildProcess {
    struct Outcome {
        var output: [UInt8]
        var errors: [UInt8]
        /// The exit status, or nil when a signal ended it.
        var status: Int32?
        /// The signal that ended it (SIGKILL after a timeout, SIGXCPU past its CPU limit, SIGABRT, SIGSEGV...).
        var signal: Int32?
        var timedOut: Bool

        /// What went wrong, in a few words; nil when it exited 0.
        var failure: String? {
            if timedOut { return "took too long" }
            if let signal { return "the drawing process was stopped by " + Self.signalName(signal) }
            if status == 0 { return nil }
            let said = String(decoding: errors, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            return said.isEmpty ? "the drawing process exited with status \(status ?? -1)" : said
        }

        static func signalName(_ s: Int32) -> String {
            switch s {
            case SIGXCPU: "its CPU-time limit (SIGXCPU)"
            case SIGKILL: "SIGKILL"
            case SIGABRT: "an abort (SIGABRT; out of memory, or a Graphviz failure)"
            case SIGSEGV: "a crash (SIGSEGV)"
            case SIGBUS: "a crash (SIGBUS)"
            default: "signal \(s)"
            }
        }
    }

    /// Writing to a child that has died would raise SIGPIPE and end the server with it: ignored once, the
    /// write fails with EPIPE instead.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func run(_ executable: String, _ arguments: [String], input: [UInt8], timeout: Double) -> Outcome {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            return Outcome(output: [], errors: Array("cannot start \(executable): \(error)".utf8), status: 127, signal: nil, timedOut: false)
        }
        let pid = process.processIdentifier
        let state = KillSwitch()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { state.fire(pid) }
        // Both pipes drain while the input is written, so a child that talks before it has read all cannot
        // block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var errors = Data()
        DispatchQueue.global().async(group: group) { errors = stderr.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let timedOut = state.finish()
        let bySignal = process.terminationReason == .uncaughtSignal
        return Outcome(output: Array(output), errors: Array(errors), status: bySignal ? nil : process.terminationStatus,
                       signal: bySignal ? process.terminationStatus : nil, timedOut: timedOut)
    }

    /// The timeout's kill, which must not reach a process id the system has already handed to someone else:
    /// once the child is reaped, `finish` disarms it.
    private final class KillSwitch: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false, fired = false

        func fire(_ pid: Int32) {
            lock.lock(); defer { lock.unlock() }
            guard !done else { return }
            fired = true
            kill(pid, SIGKILL)
        }

        /// Whether the timeout killed it.
        func finish() -> Bool {
            lock.lock(); defer { lock.unlock() }
            done = true
            return fired
        }
    }
}
