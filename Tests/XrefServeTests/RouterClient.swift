import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded

/// A response as the tests read it.
struct TestResponse: Sendable {
    var head: HTTPResponse
    var body: ByteBuffer
    var status: HTTPResponse.Status { head.status }
    var headers: HTTPFields { head.headerFields }
}

/// Requests handed straight to the router's responder, without a socket: pages and status codes are the
/// router's. What the network adds (HEAD, other methods, slow clients, the real port) is tested against the
/// running `xref serve` in XrefCLITests. Written here instead of taken from HummingbirdTesting, whose HTTP
/// client brings a TLS stack (two copies of BoringSSL) into every test build.
struct RouterClient: Sendable {
    let responder: RouterResponder<BasicRequestContext>

    init(router: Router<BasicRequestContext>) { responder = router.buildResponder() }

    func get(_ uri: String) async throws -> TestResponse {
        let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: uri),
                              body: RequestBody(buffer: ByteBuffer()))
        let context = BasicRequestContext(source: ApplicationRequestContextSource(
            channel: NIOAsyncTestingChannel(), logger: Logger(label: "xref.serve.test")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            response = Response(status: .internalServerError)
        }
        let collected = Collected()
        try await response.body.write(collected)
        return TestResponse(head: response.head, body: collected.body.withLockedValue { $0 })
    }

    private struct Collected: ResponseBodyWriter {
        let body = NIOLockedValueBox(ByteBuffer())
        func write(_ buffer: ByteBuffer) async throws { body.withLockedValue { $0.writeImmutableBuffer(buffer) } }
        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
