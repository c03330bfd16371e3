import XrefCore

/// A report travels (mail, a shared drive): it names documents by their path under the folder that holds
/// them all, never by the path on the machine that made it (`/home/officer/corpus/akn/75_100_E.xml` ->
/// `75_100_E.xml`, `akn/75_100_E.xml` when several folders were read).
enum ReportPaths {
    static func relative(_ graph: Graph) -> Graph {
        let cut = cutter(graph)
        var out = Graph()
        for var n in graph.nodes {
            n.document = n.document.map(cut)
            for prefix in ["doc:", "para:", "mandate:"] where n.key.hasPrefix(prefix) { n.key = prefix + cut(String(n.key.dropFirst(prefix.count))) }
            _ = out.add(n)
        }
        for var e in graph.edges {
            e.document = e.document.map(cut)
            out.add(e)
        }
        return out
    }

    /// A path as the report names it: under the folder holding every document of `graph`.
    static func cutter(_ graph: Graph) -> @Sendable (String) -> String {
        let folder = commonFolder(graph.nodes.compactMap(\.document))
        return { p in !folder.isEmpty && p.hasPrefix(folder) ? String(p.dropFirst(folder.count)) : p }
    }

    /// The longest folder prefix (ending in `/`) shared by every path; empty when they share none.
    static func commonFolder(_ paths: [String]) -> String {
        guard var common = paths.first.map({ Array($0.utf8) }) else { return "" }
        for p in paths.dropFirst() {
            let b = Array(p.utf8)
            var n = 0
            while n < common.count, n < b.count, common[n] == b[n] { n += 1 }
            common.removeSubrange(n...)
        }
        while let last = common.last, last != UInt8(ascii: "/") { common.removeLast() }
        return String(decoding: common, as: UTF8.self)
    }
}
