import Foundation
import Hummingbird
import Logging
import NIOCore
import XrefCore
import XrefExport

/// `xref serve`: a read-only web application over a citation store. Pages are rendered here; the two
/// small scripts (the search box's suggestions, pan and zoom in pictures) are served by xref itself, so it
/// works offline.
///
/// Routes: `/` overview, `/search?q=` (any written form; one match redirects to its page),
/// `/suggest?q=` (JSON list of keys), `/symbol?key=&depth=`, `/document/N`, `/graph.svg?key=&depth=`,
/// `/static/xref.css`, `/static/xref.js`, `/static/picture.js` (pan and zoom inside the picture), `/favicon.svg`.
/// Bad requests get a 4xx page that says why, never a 500; `HEAD` answers as `GET` without the body, other
/// methods 405.
public struct Server: Sendable {
    public let store: any CitationStore
    public let limits: ConnectionLimits
    private let pictures: PictureService
    /// Longest query accepted; a symbol is never longer than a few dozen characters.
    static let maxQuery = 512
    /// Citations shown on one symbol page: enough to read on, small enough that the most cited symbol's
    /// page is as quick as any (A/RES/70/1: 724 citations).
    static let pageSize = 50

    public init(store: any CitationStore, limits: ConnectionLimits = ConnectionLimits(), pictures: PictureLimits = PictureLimits()) {
        self.store = store
        self.limits = limits
        self.pictures = PictureService(limits: pictures)
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorPages())
        router.get("/") { _, _ in html(Pages.overview(store.overview)) }
        router.get("/search") { request, _ in try search(request) }
        router.get("/suggest") { request, _ in
            let q = try parameter("q", of: request) ?? ""
            return bytes(JSONList.encode(store.suggestions(q, limit: 20)), type: "application/json")
        }
        router.get("/symbol") { request, _ in
            guard let key = try parameter("key", of: request), !key.isEmpty else { return html(Pages.badRequest("give ?key=SYMBOL"), .badRequest) }
            let depth = try self.depth(request)
            let from = try parameter("from", of: request).map { s -> Int in
                guard let n = Int(s), n >= 0 else { throw BadRequest("from is a citation number, 0 or more") }
                return n
            } ?? 0
            guard let page = store.symbol(key, window: from..<(from + Self.pageSize)) else {
                return html(Pages.notFound(key, nearest: store.nearest(key)), .notFound)
            }
            return html(Pages.symbol(page, depth: depth))
        }
        router.get("/references") { request, _ in try references(request) }
        router.get("/document/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int.self), let page = store.document(id) else {
                return html(Pages.noPage("document " + (context.parameters.get("id") ?? "")), .notFound)
            }
            return html(Pages.document(page))
        }
        router.get("/graph.svg") { request, _ in
            guard let key = try parameter("key", of: request), let graph = store.neighbourhood(of: key, depth: try depth(request)) else {
                return bytes(Array("unknown symbol\n".utf8), type: "text/plain; charset=utf-8", .notFound)
            }
            // Drawn elsewhere (a child process, a few at a time): this request waits, no page does.
            let (shown, caption) = PictureOverview.reduce(graph, focus: key)
            let options = RenderOptions(focus: key, symbolLink: "/symbol?key=", caption: caption)
            switch await pictures.svg(PictureRequest(graph: shown, options: options)) {
            case .drawn(let svg): return bytes(PictureViewer.interactive(svg), type: "image/svg+xml")
            case .failed(let why):
                // Shown where the picture would be (an <object> shows nothing of an error status); the header
                // and no-store tell clients and caches it is not the picture.
                var response = bytes(PictureService.failurePicture(key, why), type: "image/svg+xml")
                response.headers[.cacheControl] = "no-store"
                response.headers[.init("X-Xref-Picture")!] = "failed"
                return response
            }
        }
        router.get("/static/xref.css") { _, _ in bytes(Array((ReportPage.css + Self.css).utf8), type: "text/css; charset=utf-8") }
        router.get("/static/picture.js") { _, _ in bytes(Array(PictureViewer.script.utf8), type: "text/javascript; charset=utf-8") }
        router.get("/static/xref.js") { _, _ in bytes(Array(Self.script.utf8), type: "text/javascript; charset=utf-8") }
        router.get("/favicon.svg") { _, _ in bytes(Array(Pages.icon.utf8), type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("**") { request, _ in html(Pages.noPage(request.uri.path), .notFound) }
        return router
    }

    /// The router behind `ReadOnlyMethods`: what `run` serves.
    public func responder() -> some HTTPResponder<BasicRequestContext> { ReadOnlyMethods(inner: router().buildResponder()) }

    /// Serves until the process is told to stop; `ready` is told the address it listens on. Connections are
    /// held to `limits`: a deadline for each stage of a request, checked every second, and a bound on
    /// how many are open.
    public func run(host: String, port: Int, ready: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "xref")
        logger.logLevel = .error
        let connections = ConnectionRegistry(limits)
        let configuration = ApplicationConfiguration(address: .hostname(host, port: port), serverName: "xref",
                                                     availableConnectionsDelegate: AcceptBound(registry: connections))
        let app = Application(responder: responder(), server: connections.server(), configuration: configuration,
                              onServerRunning: { channel in ready("http://\(host):\(channel.localAddress?.port ?? port)/") },
                              logger: logger)
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                connections.sweep()
            }
        }
        defer { sweeper.cancel() }
        try await app.runService()
    }

    private func search(_ request: Request) throws -> Response {
        let q = (try parameter("q", of: request) ?? "").trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return redirect("/") }
        let keys = store.lookup(q)
        if keys.count == 1 { return redirect(Pages.symbolHref(keys[0])) }
        if keys.count > 1 { return html(Pages.choices(q, keys)) }
        return html(Pages.notFound(q, nearest: store.nearest(q)), .notFound)
    }

    /// `/references?key=&relation=&organ=&year=&document=&sort=&format=csv|json`: the filtered hits as a
    /// page, or exported.
    private func references(_ request: Request) throws -> Response {
        guard let key = try parameter("key", of: request), !key.isEmpty else { return html(Pages.badRequest("give ?key=SYMBOL"), .badRequest) }
        let filter = try ReferenceFilter { try parameter($0, of: request) }
        guard let found = store.references(to: key) else { return html(Pages.notFound(key, nearest: store.nearest(key)), .notFound) }
        let (canonical, hits) = found
        let name = "references-" + canonical.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        switch try parameter("format", of: request) ?? "html" {
        case "html", "": return html(Pages.references(canonical, hits, filter))
        case "csv":
            var r = bytes(Array(ReferenceExport.listing.csvText(filter.apply(hits)).utf8), type: "text/csv; charset=utf-8")
            r.headers[.contentDisposition] = "attachment; filename=\"\(name).csv\""
            return r
        case "json":
            var r = bytes(Array(ReferenceExport.listing.jsonArray(filter.apply(hits)).utf8), type: "application/json")
            r.headers[.contentDisposition] = "attachment; filename=\"\(name).json\""
            return r
        default: throw BadRequest("format is html, csv or json")
        }
    }

    private func depth(_ request: Request) throws -> Int {
        guard let d = try parameter("depth", of: request) else { return 1 }
        guard let n = Int(d), (1...2).contains(n) else { throw BadRequest("depth is 1 or 2") }
        return n
    }

    /// A query parameter, percent-decoded; a malformed or overlong query is the client's error.
    private func parameter(_ name: String, of request: Request) throws -> String? {
        guard let query = request.uri.query else { return nil }
        guard query.utf8.count <= Self.maxQuery else { throw BadRequest("query longer than \(Self.maxQuery) bytes") }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first == Substring(name) else { continue }
            guard let value = percentDecoded(parts.count > 1 ? parts[1] : "") else {
                throw BadRequest("malformed percent-encoding in '\(name)'")
            }
            return value
        }
        return nil
    }
}

/// A read-only site: `HEAD` is `GET` without the body (its length still said), anything else is 405 with
/// the methods that are served. In front of the router, which picks a route by method before any middleware.
struct ReadOnlyMethods<Inner: HTTPResponder>: HTTPResponder where Inner.Context == BasicRequestContext {
    let inner: Inner

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        switch request.method {
        case .get:
            return try await inner.respond(to: request, context: context)
        case .head:
            var head = request.head
            head.method = .get
            var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
            response.body = ResponseBody(contentLength: response.body.contentLength) { writer in try await writer.finish(nil) }
            return response
        default:
            var response = html(Pages.badRequest("\(request.method.rawValue) is not served here: only GET and HEAD", title: "Method not allowed"),
                                .methodNotAllowed)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
    }
}

/// Whatever the router itself refuses (a path no route matches, a method not served) still gets a
/// page that says so.
struct ErrorPages: RouterMiddleware {
    func handle(_ request: Request, context: BasicRequestContext,
                next: (Request, BasicRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as BadRequest {
            throw error
        } catch let error as any HTTPResponseError where (400..<500).contains(error.status.code) {
            return html(Pages.noPage(request.uri.path), error.status)
        }
    }
}

/// A request the server refuses with 400 and a page that says why.
struct BadRequest: Error, HTTPResponseError {
    var reason: String
    init(_ reason: String) { self.reason = reason }
    var status: HTTPResponse.Status { .badRequest }
    func response(from request: Request, context: some RequestContext) throws -> Response {
        html(Pages.badRequest(reason), .badRequest)
    }
}

func html(_ page: [UInt8], _ status: HTTPResponse.Status = .ok) -> Response {
    bytes(page, type: "text/html; charset=utf-8", status)
}

func bytes(_ body: [UInt8], type: String, _ status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: type, .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'"],
             body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
}

func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
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

/// A JSON array of strings.
enum JSONList {
    static func encode(_ items: [String]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, s) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSON.append(s, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }
}

extension Server {
    /// What the pages of serve add to the report's style: the references view's filters side by side.
    static let css = """
    .facets { display: flex; flex-wrap: wrap; gap: 0 2em; }
    .facet ul { list-style: none; padding: 0; margin: 0 0 1em; max-height: 16em; overflow-y: auto; }
    .facet h3 { margin-bottom: .3em; }
    .facet .num { color: #777; }
    p.title { font-size: 1.15em; margin-top: -.5em; }
    #editions a, #editions strong { margin: 0 .2em; }
    .para[dir=rtl] { text-align: right; }
    #hits td:nth-child(2) { white-space: nowrap; }

    """

    /// The one script of the pages: suggestions of known symbols while typing in the search box.
    static let script = #"""
    "use strict";
    (() => {
      const q = document.getElementById("q"), list = document.getElementById("keys");
      let last = "";
      q.addEventListener("input", async () => {
        const typed = q.value.trim();
        if (typed === last || typed.length < 2) return;
        last = typed;
        const r = await fetch("/suggest?q=" + encodeURIComponent(typed));
        if (!r.ok || typed !== last) return;
        const keys = await r.json();
        list.replaceChildren(...keys.map(k => Object.assign(document.createElement("option"), {value: k})));
      });
    })();
    """#
}
