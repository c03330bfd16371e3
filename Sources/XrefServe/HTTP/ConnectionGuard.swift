import Foundation
import NIOCore

/// How long a connection may keep the server waiting, and how many it may hold: slow or half-open clients
/// (a browser left open, `slowloris`, a port scan) must not lock others out.
public struct ConnectionLimits: Sendable {
    /// Waiting for the first byte of a request, on a fresh connection or one kept alive.
    public var idle: Duration = .seconds(15)
    /// From a request's first byte to its complete head (request line and headers).
    public var header: Duration = .seconds(10)
    /// From a complete head to the end of the answer (a client that stops reading the answer).
    public var answer: Duration = .seconds(60)
    /// Open connections at most; the descriptor limit (`ulimit -n`) lowers it. When it is reached, the
    /// connection waiting longest for a request is closed to make room for the new one, and with every
    /// connection busy answering, new ones wait in the kernel's queue (a bounded accept).
    public var connections = 1024

    public init() {}

    /// `connections`, lowered to leave descriptors for documents and Graphviz under the process's limit.
    var effectiveConnections: Int {
        var limit = rlimit()
        #if os(Linux)
        let got = getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        #else
        let got = getrlimit(RLIMIT_NOFILE, &limit)
        #endif
        guard got == 0, limit.rlim_cur < 1 << 30 else { return connections }   // unlimited: the configured number
        return max(8, min(connections, Int(limit.rlim_cur) - 64))
    }
}

/// Every open connection with what it is doing and since when. Deadlines are checked by `sweep`, once a
/// second, rather than by a timer per connection; a new connection over the limit evicts the one waiting
/// longest for a request (it has asked nothing, so closing it loses nothing).
final class ConnectionRegistry: @unchecked Sendable {
    enum State { case idle, header, answering }
    private struct Entry { var channel: any Channel; var state: State; var since: ContinuousClock.Instant }

    private let lock = NSLock()
    private var open: [ObjectIdentifier: Entry] = [:]
    let limits: ConnectionLimits
    /// Evict above this; accept no more at `hardLimit` (what `AcceptBound` checks).
    let softLimit: Int
    let hardLimit: Int

    init(_ limits: ConnectionLimits) {
        self.limits = limits
        hardLimit = limits.effectiveConnections
        softLimit = max(1, hardLimit - max(1, hardLimit / 16))
    }

    var count: Int { lock.withLock { open.count } }

    func opened(_ channel: any Channel) {
        let victim: (any Channel)? = lock.withLock {
            open[ObjectIdentifier(channel)] = Entry(channel: channel, state: .idle, since: .now)
            return open.count > softLimit ? evict(sparing: channel) : nil
        }
        victim?.close(promise: nil)
    }

    /// Makes room when the accept bound is reached: closes the connection waiting longest for a request.
    /// False when every connection is answering (then new ones wait in the kernel's queue).
    func evictOne() -> Bool {
        guard let victim = lock.withLock({ evict(sparing: nil) }) else { return false }
        victim.close(promise: nil)
        return true
    }

    /// Takes the connection waiting longest for a request out of the count (its close is asynchronous: a
    /// burst of new connections must not choose it again, nor be stopped by a count that has not caught up).
    private func evict(sparing spared: (any Channel)?) -> (any Channel)? {
        guard let victim = open.values.filter({ $0.state != .answering && $0.channel !== spared }).min(by: { $0.since < $1.since })?.channel
        else { return nil }
        open.removeValue(forKey: ObjectIdentifier(victim))
        return victim
    }

    /// Told when a connection closes: the accept bound may be waiting for room.
    var whenClosed: (@Sendable () -> Void)? {
        get { lock.withLock { closedCallback } }
        set { lock.withLock { closedCallback = newValue } }
    }
    private var closedCallback: (@Sendable () -> Void)?

    func closed(_ channel: any Channel) {
        let callback = lock.withLock {
            _ = open.removeValue(forKey: ObjectIdentifier(channel))
            return closedCallback
        }
        callback?()
    }

    /// Bytes arrived: an idle connection has begun a request.
    func received(_ channel: any Channel) {
        lock.withLock {
            if let e = open[ObjectIdentifier(channel)], e.state == .idle { open[ObjectIdentifier(channel)]?.state = .header; open[ObjectIdentifier(channel)]?.since = .now }
        }
    }

    func set(_ channel: any Channel, _ state: State) {
        lock.withLock {
            guard open[ObjectIdentifier(channel)] != nil else { return }
            open[ObjectIdentifier(channel)]?.state = state
            open[ObjectIdentifier(channel)]?.since = .now
        }
    }

    /// Closes every connection past its deadline.
    func sweep(now: ContinuousClock.Instant = .now) {
        let late = lock.withLock {
            open.values.filter { e in
                let allowed = switch e.state { case .idle: limits.idle; case .header: limits.header; case .answering: limits.answer }
                return now - e.since > allowed
            }.map(\.channel)
        }
        for c in late { c.close(promise: nil) }
    }
}

/// Tells the registry when a connection opens, closes and receives bytes: the first handler of each
/// connection's pipeline, before HTTP decoding, so a request trickling in byte by byte is seen.
final class ConnectionWatch: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    private let registry: ConnectionRegistry

    init(_ registry: ConnectionRegistry) { self.registry = registry }

    func handlerAdded(context: ChannelHandlerContext) { if context.channel.isActive { registry.opened(context.channel) } }
    func channelActive(context: ChannelHandlerContext) { registry.opened(context.channel); context.fireChannelActive() }
    func channelInactive(context: ChannelHandlerContext) { registry.closed(context.channel); context.fireChannelInactive() }
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        registry.received(context.channel)
        context.fireChannelRead(data)
    }
}
