import NIOHTTP1

/// A request as the pages need it: the method, the path and the query, split once. xref reads no request
/// body (it serves GET and HEAD only).
public struct Request: Sendable {
    public var method: HTTPMethod
    /// As sent, not percent-decoded: routes compare it with their own paths.
    public var path: Substring
    public var query: Substring?

    public init(method: HTTPMethod = .GET, uri: String) {
        self.method = method
        let target = Substring(uri)
        if let mark = target.firstIndex(of: "?") {
            path = target[..<mark]
            query = target[target.index(after: mark)...]
        } else {
            path = target
            query = nil
        }
    }
}

/// An answer, whole: pages are small and made before the first byte is sent.
public struct Response: Sendable {
    public var status: HTTPResponseStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPResponseStatus, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A request the server refuses with 400 and a page that says why.
struct BadRequest: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

func html(_ page: [UInt8], _ status: HTTPResponseStatus = .ok) -> Response {
    bytes(page, type: "text/html; charset=utf-8", status)
}

func bytes(_ body: [UInt8], type: String, _ status: HTTPResponseStatus = .ok) -> Response {
    Response(status: status, headers: ["Content-Type": type, "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'"],
             body: body)
}

func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: ["Location": location])
}

/// `+` is a space in query strings; `%XX` must be two hex digits and the result UTF-8.
func percentDecoded(_ s: Substring) -> String? {
    var out: [UInt8] = []
    var it = Array(s.utf8)[...]
    while let b = it.popFirst() {
        if b == UInt8(ascii: "+") { out.append(0x20); continue }
        guard b == UInt8(ascii: "%") else { out.append(b); continue }
        guard it.count >= 2, let hi = hexValue(it.removeFirst()), let lo = hexValue(it.removeFirst()) else { return nil }
        out.append(hi << 4 | lo)
    }
    return String(validating: out, as: UTF8.self)
}

private func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
}
