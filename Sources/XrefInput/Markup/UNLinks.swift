/// Which hyperlinks are evidence of a citation: links into the UN official document system.
enum UNLinks {
    private static let hosts = ["undocs.org", "docs.un.org", "documents.un.org", "documents-dds-ny.un.org",
                                "daccess-ods.un.org", "digitallibrary.un.org"]

    static func isDocumentLink(_ url: String) -> Bool {
        guard let host = host(of: url) else { return false }
        for h in hosts where host == h || host.hasSuffix("." + h) { return true }
        // The older search form: www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/60/1
        return (host == "www.un.org" || host == "un.org") && url.contains("view_doc.asp?symbol=")
    }

    /// Host of an absolute http(s) URL, lower-cased; nil for relative links, mailto:, anchors.
    static func host(of url: String) -> String? {
        var u = Substring(url.drop { $0 == " " })
        if let r = u.range(of: "://") {
            let scheme = u[..<r.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            u = u[r.upperBound...]
        } else if u.hasPrefix("//") {
            u = u.dropFirst(2)
        } else {
            return nil
        }
        let end = u.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? u.endIndex
        var host = u[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        return host.isEmpty ? nil : host.lowercased()
    }
}
