import Foundation
import ZIPFoundation

/// One ZIP part inflated on a helper thread and handed to the XML reader a chunk at a time, so a part
/// whose header understates its size is never held whole: ZIPFoundation pushes chunks, libxml2's
/// reader pulls them, and a small bounded queue between the two keeps memory to a few chunks.
/// Unchecked Sendable: the queue is guarded by `condition`, and the archive is touched only by the
/// helper thread until `end()` has waited for it.
final class InflatedPart: XMLByteSource, @unchecked Sendable {
    /// Chunks waiting for the reader; the inflating thread waits when the queue is full.
    private static let queueLimit = 4

    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var offset = 0          // bytes of chunks[0] already handed out
    private var finished = false
    private var stopped = false     // the reader is done (or failed): inflate the rest without keeping it
    private var inflateError: MarkupError?
    private let done = DispatchSemaphore(value: 0)
    private let archive: Archive, entry: Entry, name: String
    private let check: (Int) throws -> Void

    /// Starts inflating `entry`; `check` sees the running total of inflated bytes and throws to refuse.
    init(archive: Archive, entry: Entry, name: String, check: @escaping (Int) throws -> Void) {
        self.archive = archive; self.entry = entry; self.name = name; self.check = check
        Thread { [self] in inflate() }.start()
    }

    private func inflate() {
        var total = 0
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                total += chunk.count
                try check(total)
                push(chunk)
            }
        } catch let e as MarkupError {
            fail(e)
        } catch {
            fail(MarkupError(reason: "\(name) cannot be inflated (damaged or truncated DOCX)"))
        }
        finish()
        done.signal()
    }

    /// The inflating error, once the thread has ended; waits for it (the archive is not shared across threads).
    func end() -> MarkupError? {
        condition.lock()
        stopped = true
        chunks = []
        condition.broadcast()
        condition.unlock()
        done.wait()
        return inflateError
    }

    /// Copies up to `buffer.count` bytes; 0 at the end, -1 when inflating failed.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        condition.lock(); defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if chunks.isEmpty { return inflateError == nil ? 0 : -1 }
        let chunk = chunks[0]
        let n = min(buffer.count, chunk.count - offset)
        chunk.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        if offset == chunk.count { chunks.removeFirst(); offset = 0; condition.broadcast() }
        return n
    }

    private func push(_ chunk: Data) {
        guard !chunk.isEmpty else { return }   // zlib hands out empty chunks; read() returning 0 means the end
        condition.lock(); defer { condition.unlock() }
        while chunks.count >= Self.queueLimit && !stopped { condition.wait() }
        if !stopped { chunks.append(chunk); condition.broadcast() }
    }

    private func fail(_ e: MarkupError) {
        condition.lock(); defer { condition.unlock() }
        inflateError = e
    }

    private func finish() {
        condition.lock(); defer { condition.unlock() }
        finished = true
        condition.broadcast()
    }
}
