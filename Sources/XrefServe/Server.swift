import Foundation
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

    /// The answer to one request: every route, HEAD as GET without the body (its length still said),
    /// other methods 405, and a page that says why for whatever is refused.
    public func respond(to request: Request) async -> Response {
        switch request.method {
        case .GET:
            return await answer(request)
        case .HEAD:
            var response = await answer(request)
            response.headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
            response.body = []
            return response
        default:
            var response = html(Pages.badRequest("\(request.method.rawValue) is not served here: only GET and HEAD", title: "Method not allowed"),
                                .methodNotAllowed)
            response.headers.add(name: "Allow", value: "GET, HEAD")
            return response
        }
    }

    private func answer(_ request: Request) async -> Response {
        do {
            return try await route(request)
        } catch let refused as BadRequest {
            return html(Pages.badRequest(refused.reason), .badRequest)
        } catch {
            return html(Pages.badRequest("this page could not be made: \(error)", title: "Server error"), .internalServerError)
        }
    }

    private func route(_ request: Request) async throws -> Response {
        switch request.path {
        case "/": return html(Pages.overview(store.overview))
        case "/search": return try search(request)
        case "/suggest":
            let q = try parameter("q", of: request) ?? ""
            return bytes(JSONList.encode(store.suggestions(q, limit: 20)), type: "application/json")
        case "/symbol": return try symbol(request)
        case "/references": return try references(request)
        case "/graph.svg": return try await picture(request)
        case "/static/xref.css": return bytes(Array((ReportPage.css + Self.css).utf8), type: "text/css; charset=utf-8")
        case "/static/picture.js": return bytes(Array(PictureViewer.script.utf8), type: "text/javascript; charset=utf-8")
        case "/static/xref.js": return bytes(Array(Self.script.utf8), type: "text/javascript; charset=utf-8")
        case "/favicon.svg": return bytes(Array(Pages.icon.utf8), type: "image/svg+xml")
        case "/favicon.ico": return Response(status: .noContent)
        default:
            let documentPrefix = "/document/"
            guard request.path.hasPrefix(documentPrefix) else { return html(Pages.noPage(String(request.path)), .notFound) }
            let id = request.path.dropFirst(documentPrefix.count)
            guard let n = Int(id), let page = store.document(n) else { return html(Pages.noPage("document " + id), .notFound) }
            return html(Pages.document(page))
        }
    }

    private func symbol(_ request: Request) throws -> Response {
        guard let key = try parameter("key", of: request), !key.isEmpty else { return html(Pages.badRequest("give ?key=SYMBOL"), .badRequest) }
        let depth = try self.depth(request)
        let from = try parameter("from", of: request).map { s -> Int in
            guard let n = Int(s), n >= 0 else { throw BadRequest("from is a citation number, 0 or more") }
            return n
        } ?? 0
        guard let page = store.symbol(key, window: from..<(from + Self.pageSize)) else {
            return html(Pages.notFound(key, nearest: store.nearest(key)), .notFound)
        }
        // The picture's filters offer what its neighbourhood holds.
        let choices = store.pictureChoices(of: page.key, depth: depth)
        return html(Pages.symbol(page, depth: depth, filter: try PictureFilter { try parameters($0, of: request) }, choices: choices,
                                 room: try room(request), expand: try expanded(request)))
    }

    private func picture(_ request: Request) async throws -> Response {
        let notFound = bytes(Array("unknown symbol\n".utf8), type: "text/plain; charset=utf-8", .notFound)
        guard let key = try parameter("key", of: request), !key.isEmpty else { return notFound }
        let (depth, room) = (try depth(request), try room(request))
        let filter = try PictureFilter { try parameters($0, of: request) }
        let expand = try expanded(request)
        // Found, cut and drawn elsewhere (low-priority threads, then a child process, a few at a time):
        // this request waits, no page does.
        let store = self.store
        let asked = "\(depth) \(room)\(filter.query)\(Pages.expandQuery(expand)) \(key)"
        switch await pictures.svg(asked, job: {
            store.neighbourhood(of: key, depth: depth).map { PictureJob(neighbourhood: $0, focus: key, filter: filter, room: room, expand: expand) }
        }) {
        case .unknown: return notFound
        case .drawn(let svg): return bytes(PictureViewer.interactive(svg), type: "image/svg+xml")
        case .failed(let why):
            // Shown where the picture would be (an <object> shows nothing of an error status); the header
            // and no-store tell clients and caches it is not the picture.
            var response = bytes(PictureService.failurePicture(key, why), type: "image/svg+xml")
            response.headers.add(name: "Cache-Control", value: "no-store")
            response.headers.add(name: "X-Xref-Picture", value: "failed")
            return response
        }
    }

    /// Serves until the process is told to stop; `ready` is told the address it listens on.
    public func run(host: String, port: Int, ready: @escaping @Sendable (String) -> Void) async throws {
        try await HTTPServer(responder: self, limits: limits).run(host: host, port: port, ready: ready)
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
            r.headers.add(name: "Content-Disposition", value: "attachment; filename=\"\(name).csv\"")
            return r
        case "json":
            var r = bytes(Array(ReferenceExport.listing.jsonArray(filter.apply(hits)).utf8), type: "application/json")
            r.headers.add(name: "Content-Disposition", value: "attachment; filename=\"\(name).json\"")
            return r
        default: throw BadRequest("format is html, csv or json")
        }
    }

    /// How many documents and symbols a picture may show before it is cut to an overview (`&room=N`): the
    /// page's "Show more" doubles it, up to `maxRoom`.
    private func room(_ request: Request) throws -> Int {
        guard let r = try parameter("room", of: request) else { return PictureOverview.limit }
        guard let n = Int(r), (PictureOverview.limit...Self.maxRoom).contains(n) else {
            throw BadRequest("room is \(PictureOverview.limit) to \(Self.maxRoom)")
        }
        return n
    }

    static let maxRoom = 960

    /// The nodes an overview is grown around (`&expand=KEY`, repeated; a key may hold commas), at most 8.
    private func expanded(_ request: Request) throws -> [String] {
        let keys = try parameters("expand", of: request, commas: false)
        guard keys.count <= 8 else { throw BadRequest("at most 8 nodes to expand around") }
        return keys
    }

    private func depth(_ request: Request) throws -> Int {
        guard let d = try parameter("depth", of: request) else { return 1 }
        guard let n = Int(d), (1...2).contains(n) else { throw BadRequest("depth is 1 or 2") }
        return n
    }

    /// Every value of a repeated parameter, each split at commas (`hide-organ=SC&hide-organ=HRC`, `hide-organ=SC,HRC`).
    private func parameters(_ name: String, of request: Request, commas: Bool = true) throws -> [String] {
        guard let query = request.query else { return [] }
        var values: [String] = []
        for pair in query.split(separator: "&") where pair.hasPrefix(name + "=") {
            guard let value = percentDecoded(pair.dropFirst(name.count + 1)) else { throw BadRequest("malformed percent-encoding in '\(name)'") }
            values += (commas ? value.split(separator: ",").map(String.init) : [value]).filter { !$0.isEmpty }
        }
        return values
    }

    /// A query parameter, percent-decoded; a malformed or overlong query is the client's error.
    private func parameter(_ name: String, of request: Request) throws -> String? {
        guard let query = request.query else { return nil }
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
    #picture-filters fieldset { display: inline-block; border: 1px solid #dde3ea; margin: 0 .5em .5em 0; font-size: .9em; }
    #picture-filters label { margin-right: .5em; white-space: nowrap; }

    """

    /// The one script of the pages: suggestions of known symbols while typing in the search box; a node
    /// clicked in an overview picture (told by `picture.js`) offers its page and its neighbours.
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
      const picture = document.getElementById("neighbourhood"), chosen = document.getElementById("picture-selected");
      if (!picture || !chosen) return;
      picture.addEventListener("xref-node", e => {
        const key = e.detail, grown = new URL(location.href);
        grown.searchParams.append("expand", key);
        const link = (href, id, text) => Object.assign(document.createElement("a"), {href, id, textContent: text});
        chosen.replaceChildren(Object.assign(document.createElement("strong"), {textContent: key}), " ",
          link("/symbol?key=" + encodeURIComponent(key), "selected-open", "Open its page"), " · ",
          link(grown.pathname + grown.search, "selected-expand", "Add its neighbours to the picture"));
        chosen.hidden = false;
      });
    })();
    """#
}
