import NIOHTTP1
import XrefServe

/// A response as the tests read it.
struct TestResponse: Sendable {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    subscript(header name: String) -> String? { headers.first(name: name) }
}

/// Requests handed straight to the server's `respond`, without a socket: pages and status codes are the
/// routes'. What the network adds (keep-alive, slow clients, the real port) is tested against the running
/// `xref serve` in XrefCLITests.
struct RouterClient: Sendable {
    let server: Server

    func get(_ uri: String) async -> TestResponse {
        let r = await server.respond(to: Request(method: .GET, uri: uri))
        return TestResponse(status: r.status, headers: r.headers, body: r.body)
    }
}
