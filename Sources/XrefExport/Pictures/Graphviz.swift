import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only door into Graphviz. Its layout engines keep global state and are not thread-safe (platform
/// pitfall 3), so every call, from building the cgraph graph to freeing it, runs under one lock.
enum Graphviz {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?
    /// Messages Graphviz reported during the current call (collected instead of printed to stderr).
    nonisolated(unsafe) private static var messages: [String] = []

    /// PNG and PDF pages have a largest size; a bigger layout is shrunk to fit.
    static let largestPicture: [OutputFormat: Double] = [.png: 41.6, .pdf: 200] // inches

    /// `.dot`: the picture graph written by cgraph's `agwrite`, unlaid (it carries its `layout`).
    /// `.svg`, `.png`, `.pdf`: laid out and rendered by gvc. Also returns the factor the picture was shrunk
    /// by to fit the page (1 when it fitted).
    static func render(_ picture: Picture, format: OutputFormat) throws -> (bytes: [UInt8], shrink: Double) {
        try locked { try renderLocked(picture, format: format) }
    }

    /// Runs `body` under the lock, with Graphviz's messages collected for the errors it throws.
    private static func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        messages = []
        _ = agseterrf { message in
            if let message { Graphviz.messages.append(String(cString: message)) }
            return 0
        }
        defer { _ = agseterrf(nil) }
        return try body()
    }

    private static func renderLocked(_ picture: Picture, format: OutputFormat) throws -> (bytes: [UInt8], shrink: Double) {
        // Nodes join their cluster subgraph only where someone will lay the clusters out (dot, fdp, or a reader
        // of the .dot file); otherwise the boxes are drawn after the layout, and Graphviz's cleanup, which
        // searches every subgraph for every node, would take seconds on a corpus (1,662 clusters).
        let members = picture.layoutDrawsClusters || format == .dot
        let gvc = format == .dot ? nil : try checkedContext(layout: picture.layout, format: format)
        // gd decodes UTF-8 only up to three bytes: an emoji printed as "ð" and three boxes. In its PNGs,
        // characters beyond U+FFFF become U+FFFD, one honest replacement mark (SVG and PDF keep them).
        // (The device list names formats, not plugins: gd's own "gd" format tells that gd is there.)
        let gd = format == .png && gvc.map { pluginList($0, "device").contains("gd") } == true
        guard let built = build(picture, clusterMembers: members, labelText: gd ? basicPlaneOnly : { $0 }) else {
            throw failure(format, "cgraph could not create the graph")
        }
        let g = built.graph
        defer { agclose(g) }
        guard let gvc else { return (try write(g), 1) }
        let largest = largestPicture[format]
        if let largest { set(g, "size", "\(largest),\(largest)") } // PNG: ~4000 px either way; PDF pages stop at 200 in
        if format == .png { set(g, "dpi", "96") }
        if picture.layoutDrawsClusters {
            guard gvLayout(gvc, g, picture.layout) == 0 else { throw failure(format, "layout \(picture.layout) failed") }
        } else {
            try layOutForce(gvc, built, picture, format)
        }
        defer { gvFreeLayout(gvc, g) }
        var width = 0.0, height = 0.0
        cgv_graph_size(g, &width, &height)
        let shrink = largest.map { min(1, $0 * 72 / max(width, height, 1)) } ?? 1
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        // PNG through gd, not cairo: sfdp's coordinates vary in the last float digit from run to run, and
        // cairo's subpixel antialiasing turned that into different pixels; gd snaps to whole pixels.
        // Where the gd plugin is missing, cairo's PNG is the fallback.
        let rendered = gd && gvRenderData(gvc, g, "png:gd", &result, &length) == 0
            || gvRenderData(gvc, g, format.rawValue, &result, &length) == 0
        guard rendered, let result else {
            throw failure(format, "rendering failed")
        }
        defer { gvFreeRenderData(result) }
        var bytes = result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        if format == .pdf { PDFDates.normalize(&bytes) }
        return (bytes, shrink)
    }

    /// Where the layout puts each node of `picture` (centre and half sizes, in points, y upwards), without
    /// drawing: for `report.html`, which draws the picture in the page from these positions. Laid out as
    /// `render` lays it out for SVG (force layouts spread and packed by ForceLayout).
    static func layoutBoxes(_ picture: Picture) throws -> [NodeBox] {
        try locked { try layoutBoxesLocked(picture) }
    }

    private static func layoutBoxesLocked(_ picture: Picture) throws -> [NodeBox] {
        let gvc = try checkedContext(layout: picture.layout, format: .svg)
        guard let built = build(picture, clusterMembers: picture.layoutDrawsClusters, labelText: { $0 }) else {
            throw failure(.svg, "cgraph could not create the graph")
        }
        defer { agclose(built.graph) }
        if picture.layoutDrawsClusters {
            guard gvLayout(gvc, built.graph, picture.layout) == 0 else { throw failure(.svg, "layout \(picture.layout) failed") }
        } else {
            try layOutForce(gvc, built, picture, .svg)
        }
        defer { gvFreeLayout(gvc, built.graph) }
        return built.nodes.map { $0.map(box) ?? NodeBox(x: 0, y: 0, halfWidth: 0, halfHeight: 0) }
    }

    /// Throws the error a render would, without rendering: for a command to fail before reading a corpus.
    static func check(layout: String, format: OutputFormat) throws {
        lock.lock()
        defer { lock.unlock() }
        messages = []
        _ = try checkedContext(layout: layout, format: format)
    }

    /// The layouts and output devices the installed Graphviz offers.
    static func plugins(_ kind: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return context().map { pluginList($0, kind) } ?? []
    }

    private static func context() -> OpaquePointer? {
        if sharedContext == nil { sharedContext = gvContext() }
        return sharedContext
    }

    private static func pluginList(_ gvc: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let s = list[i] { names.append(String(cString: s)); free(s) }
        }
        free(list)
        return names
    }

    /// gvContext() succeeds with no plugins when Graphviz's plugin registry is missing, and layout then
    /// fails obscurely (platform pitfall 8): say what is wrong and how to fix it instead.
    private static func checkedContext(layout: String, format: OutputFormat) throws -> OpaquePointer {
        guard let gvc = context() else { throw failure(format, "cannot create a Graphviz context") }
        let layouts = pluginList(gvc, "layout")
        guard !layouts.isEmpty else {
            throw failure(format, "Graphviz has no layout plugins; run /usr/sbin/libgvc6-config-update -c "
                          + "(packages libgraphviz-dev, libgvc6)")
        }
        guard layouts.contains(where: { $0 == layout || $0.hasPrefix(layout + ":") }) else {
            throw failure(format, "Graphviz layout \"\(layout)\" is not installed (have: "
                          + layouts.joined(separator: ", ") + ")")
        }
        let devices = pluginList(gvc, "device")
        guard devices.contains(where: { $0 == format.rawValue || $0.hasPrefix(format.rawValue + ":") }) else {
            throw failure(format, "Graphviz cannot write \(format.rawValue) here; run "
                          + "/usr/sbin/libgvc6-config-update -c (packages libgraphviz-dev, libgvc6)")
        }
        return gvc
    }

    static func failure(_ format: OutputFormat, _ what: String) -> ExportError {
        let detail = messages.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let reason = detail.isEmpty ? what : what + ": " + detail.joined(separator: "; ")
        return ExportError(format: format, reason: reason)
    }

    /// cgraph's default id discipline makes a named object's id the address of its name string, and keeps
    /// subgraphs ordered by id: cluster order (and so layout and output) then follows the heap. This one
    /// hands out ids in creation order and keeps the names itself: cgraph's own name map is shared with
    /// subgraphs and wiped when neato's layouts close their component subgraphs, after which every SVG
    /// `<title>` read "%5".
    private struct NameKey: Hashable { var kind: Int32, name: String }
    nonisolated(unsafe) private static var nextID: IDTYPE = 1
    nonisolated(unsafe) private static var idOfName: [NameKey: IDTYPE] = [:]
    nonisolated(unsafe) private static var nameOfID: [IDTYPE: (key: NameKey, name: UnsafeMutablePointer<CChar>)] = [:]
    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { g, _ in UnsafeMutableRawPointer(g) },
            map: { graph, kind, name, id, create in
                guard let id else { return 0 }
                let key = name.map { NameKey(kind: min(kind, Int32(AGOUTEDGE)), name: String(cString: $0)) }
                if let key, let known = Graphviz.idOfName[key] { id.pointee = known; return 1 }
                guard create != 0 else { return 0 }
                id.pointee = Graphviz.nextID // odd, like cgraph's own anonymous ids
                Graphviz.nextID += 2
                // A refstr of the graph's string pool: agwrite reads its header to tell HTML names.
                if let key, let name, let g = graph?.assumingMemoryBound(to: Agraph_t.self) {
                    Graphviz.idOfName[key] = id.pointee
                    if let copy = agstrdup(g, name) { Graphviz.nameOfID[id.pointee] = (key, copy) }
                }
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { graph, _, id in
                guard let named = Graphviz.nameOfID.removeValue(forKey: id) else { return }
                Graphviz.idOfName[named.key] = nil
                if let g = graph?.assumingMemoryBound(to: Agraph_t.self) { agstrfree(g, named.name) }
            },
            print: { _, _, id in Graphviz.nameOfID[id]?.name },
            close: { _ in Graphviz.forgetNames() },
            idregister: { _, _, _ in }))
        let disc = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        disc.initialize(to: Agdisc_t(mem: cgv_memdisc(), id: ids, io: cgv_iodisc()))
        return disc
    }()

    /// The names themselves live in the graph's string pool, freed with the graph.
    private static func forgetNames() {
        nameOfID = [:]
        idOfName = [:]
    }

    struct Built {
        var graph: UnsafeMutablePointer<Agraph_t>
        var nodes: [UnsafeMutablePointer<Agnode_t>?]
        var clusters: [UnsafeMutablePointer<Agraph_t>?]
        /// The cluster of each node, by index, as the picture has it.
        var clusterOfNode: [Int?]
    }

    private static func basicPlaneOnly(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0xFFFF }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value > 0xFFFF ? "\u{FFFD}" : $0 }))
    }

    private static func build(_ p: Picture, clusterMembers: Bool, labelText: (String) -> String) -> Built? {
        nextID = 1
        forgetNames()
        guard let g = "xref".withCString({ agopen(UnsafeMutablePointer(mutating: $0), cgv_directed(), discipline) })
        else { return nil }
        for (k, v) in p.graphAttributes { set(g, k, v) }
        // gvLayout sets this default on cgraph's prototype graph; declare it always so .dot output does not
        // depend on whether something was laid out earlier in the process.
        declare(g, Int32(AGNODE), "label", "\\N")
        declare(g, Int32(AGNODE), "fontname", PictureStyle.font)
        declare(g, Int32(AGEDGE), "fontname", PictureStyle.font)
        // The clusters sit inside one plain subgraph: cgraph's cleanup looks for every node and edge in each
        // subgraph of the root, and one container instead of 1,662 clusters saved 2.5 s per cleanup on a corpus.
        let documents = p.clusters.isEmpty ? nil : "documents".withCString { agsubg(g, UnsafeMutablePointer(mutating: $0), 1) }
        let subgraphs = p.clusters.map { cluster -> UnsafeMutablePointer<Agraph_t>? in
            guard let documents else { return nil }
            let sub = cluster.name.withCString { agsubg(documents, UnsafeMutablePointer(mutating: $0), 1) }
            if let sub { for (k, v) in cluster.attributes { set(sub, k, k == "label" ? labelText(v) : v) } }
            return sub
        }
        var made: [UnsafeMutablePointer<Agnode_t>?] = []
        made.reserveCapacity(p.nodes.count)
        for node in p.nodes {
            let parent = clusterMembers ? node.cluster.flatMap { subgraphs[$0] } ?? g : g
            let n = node.name.withCString { agnode(parent, UnsafeMutablePointer(mutating: $0), 1) }
            made.append(n)
            guard let n else { continue }
            for (k, v) in node.attributes { set(n, k, k == "label" ? labelText(v) : v) }
            if let html = node.htmlLabel { setHTMLLabel(g, n, html) }
        }
        for e in p.edges {
            guard let t = made[e.tail], let h = made[e.head], let edge = agedge(g, t, h, nil, 1) else { continue }
            for (k, v) in e.attributes { set(edge, k, k == "label" ? labelText(v) : v) }
        }
        return Built(graph: g, nodes: made, clusters: subgraphs, clusterOfNode: p.nodes.map(\.cluster))
    }

    /// agxset keeps an HTML string HTML when handed the very refstr agstrdup_html made.
    static func setHTMLLabel(_ g: UnsafeMutablePointer<Agraph_t>, _ n: UnsafeMutablePointer<Agnode_t>, _ html: String) {
        html.withCString { raw in
            guard let h = agstrdup_html(g, UnsafeMutablePointer(mutating: raw)) else { return }
            "label".withCString { name in
                "".withCString { _ = agsafeset(n, UnsafeMutablePointer(mutating: name), h, UnsafeMutablePointer(mutating: $0)) }
            }
            agstrfree(g, h)
        }
    }

    static func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v),
                                  UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    static func set<T>(_ object: UnsafeMutablePointer<T>, _ name: String, _ value: String) {
        set(UnsafeMutableRawPointer(object), name, value)
    }

    private static func declare(_ g: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in _ = agattr(g, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v)) }
        }
    }

    /// cgraph's agwrite into memory through a FILE* from open_memstream.
    private static func write(_ g: UnsafeMutablePointer<Agraph_t>) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let file = open_memstream(&buffer, &size) else {
            throw ExportError(format: .dot, reason: "cannot open a memory stream")
        }
        let rc = agwrite(g, UnsafeMutableRawPointer(file))
        fclose(file)
        defer { free(buffer) }
        guard rc == 0, let buffer else { throw failure(.dot, "cgraph could not write the graph") }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }
}
