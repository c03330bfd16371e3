import NIOCore
import NIOHTTP1
import NIOPosix

/// HTTP/1.1 on SwiftNIO. Each connection's pipeline: `ConnectionWatch` first (so a request trickling in
/// byte by byte is seen), NIO's HTTP parser with its pipelining and protocol-error handlers (a malformed
/// request gets a 400 and is closed), then `RequestHandler`. The listening socket accepts only while the
/// registry has room (`AcceptBound`).
struct HTTPServer: Sendable {
    let responder: Server
    let limits: ConnectionLimits

    func run(host: String, port: Int, ready: @escaping @Sendable (String) -> Void) async throws {
        let registry = ConnectionRegistry(limits)
        let responder = self.responder
        let listening = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(AcceptBound(registry)) }
            }
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(ConnectionWatch(registry))
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(RequestHandler(responder: responder, registry: registry))
                }
            }
            .bind(host: host, port: port).get()
        ready("http://\(host):\(listening.localAddress?.port ?? port)/")
        // Deadlines are checked once a second for all connections, rather than by a timer for each.
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                registry.sweep()
            }
        }
        defer { sweeper.cancel() }
        try await listening.closeFuture.get()
    }
}

/// One connection's requests, answered by `Server.respond` off the event loop and written back whole. A
/// pipelined request waits in NIO's pipelining handler until the answer before it is written.
final class RequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: Server
    private let registry: ConnectionRegistry
    private var head: HTTPRequestHead?
    /// The connection is closed after the answer being made: later parts of its request are not read.
    private var closing = false

    init(responder: Server, registry: ConnectionRegistry) {
        self.responder = responder
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        switch unwrapInboundIn(data) {
        case .head(let request):
            registry.set(context.channel, .answering)
            // xref reads no request body (GET and HEAD only): a request announcing one is answered at once
            // and its connection closed, so no body can trickle in to outstay a deadline.
            let announcesBody = request.headers.first(name: "Content-Length").flatMap { Int($0) }.map { $0 > 0 } ?? false
                || request.headers.contains(name: "Transfer-Encoding")
            if announcesBody {
                closing = true
                answer(request, context: context)
            } else {
                head = request
            }
        case .body:
            break
        case .end:
            guard let request = head else { return }
            head = nil
            if !request.isKeepAlive { closing = true }
            answer(request, context: context)
        }
    }

    /// A request NIO could not parse has had its 400 from the protocol-error handler; nothing more can be
    /// read on the connection, so it is closed now rather than at the idle deadline.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func answer(_ request: HTTPRequestHead, context: ChannelHandlerContext) {
        let responder = self.responder
        let asked = Request(method: request.method, uri: request.uri)
        let made = context.eventLoop.makePromise(of: Response.self)
        made.completeWithTask { await responder.respond(to: asked) }
        let close = closing
        made.futureResult.assumeIsolated().whenSuccess { response in
            self.write(response, version: request.version, close: close, context: context)
        }
    }

    private func write(_ response: Response, version: HTTPVersion, close: Bool, context: ChannelHandlerContext) {
        var headers = response.headers
        if !headers.contains(name: "Content-Length") { headers.add(name: "Content-Length", value: String(response.body.count)) }
        headers.add(name: "Server", value: "xref")
        if close {
            headers.replaceOrAdd(name: "Connection", value: "close")
        } else if version == .http1_0 {
            headers.replaceOrAdd(name: "Connection", value: "keep-alive")
        }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: version, status: response.status, headers: headers))), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        }
        let channel = context.channel
        let registry = self.registry
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            registry.set(channel, .idle)
            if close { context.close(promise: nil) }
        }
    }
}

/// The listening socket's accept bound: a new connection is accepted while the registry is under its hard
/// limit or can make room by closing one that waits for a request; otherwise new connections wait in the
/// kernel's queue until a connection closes.
final class AcceptBound: ChannelDuplexHandler {
    typealias InboundIn = any Channel
    typealias OutboundIn = any Channel

    private let registry: ConnectionRegistry
    private var context: ChannelHandlerContext?
    private var waiting = false

    init(_ registry: ConnectionRegistry) { self.registry = registry }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        registry.whenClosed = { bound.eventLoop.execute { bound.value.resume() } }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        registry.whenClosed = nil
        self.context = nil
    }

    func read(context: ChannelHandlerContext) {
        if registry.count < registry.hardLimit || registry.evictOne() {
            context.read()
        } else {
            waiting = true
        }
    }

    private func resume() {
        guard waiting, let context else { return }
        waiting = false
        read(context: context)
    }
}
