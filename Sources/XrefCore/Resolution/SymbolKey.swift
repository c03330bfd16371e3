/// Canonical keys (DESIGN §3): the printed UN form where a symbol exists, a readable pseudo-key where the
/// body issues none (`CND res 62/9`), `? res 9/1` for what stays ambiguous.
extension Organ {
    /// Bodies whose resolutions and decisions have no UN symbol: their keys are pseudo-keys (DESIGN §3).
    var isPseudoKeyed: Bool {
        switch self {
        case .cnd, .ccpcj, .csw, .untocCOP, .uncacCOSP, .undpEB, .unwEB, .unicefEB, .escap, .eca, .eclac, .ece, .escwa,
             .cpd, .csocd, .statcom, .unepGC, .tc, .cdcc: true
        default: false
        }
    }
}

public enum SymbolKey {
    /// The canonical key of `item` issued by `organ`; nil when that organ cannot have issued it.
    static func key(_ item: CitationItem, type: SymbolType, organ: Organ) -> String? {
        let isDecision = type == .decision
        switch item.form {
        case .convention(let n, let body, let session):
            return (organ == .unccd ? "UNCCD" : "UNFCCC") + " dec \(n)/\(body).\(session)"
        case .yearInParentheses(let n, let year):
            return organ == .sc ? "S/RES/\(n) (\(year))" : nil
        case .bare(let n):
            guard organ == .sc else { return nil }
            if let year = item.dateYear ?? SecurityCouncil.year(of: n) { return "S/RES/\(n) (\(year))" }
            return "S/RES/\(n)"
        case .romanSession(let n, let session, _):
            if organ == .ecosoc || organ == .ga { return "\(organ == .ga ? "A" : "E")/\(isDecision ? "DEC" : "RES")/\(n) (\(session))" }
            return organ.isPseudoKeyed ? "\(organ.rawValue) \(isDecision ? "dec" : "res") \(n) (\(session))" : nil
        case .romanSlash(let roman, let session, let n):
            if organ == .unea { return "UNEP/EA.\(session)/\(isDecision ? "Dec" : "Res").\(n)" }
            if organ == .unepGC { return "UNEP-GC dec \(roman)/\(n)" }  // the Council made decisions only
            return organ == .cbdCOP && isDecision ? "UNEP/CBD/COP/DEC/\(roman)/\(n)" : nil
        case .session(let prefix, let a, let b):
            let item = "\(prefix)\(a)/\(b)"
            let kind = isDecision ? "DEC" : "RES"
            let pseudo = isDecision ? "dec" : "res"
            switch organ {
            case .ga: return "A/\(kind)/\(item)"
            case .ecosoc: return "E/\(kind)/\(item)"
            case .hrc: return "A/HRC/\(kind)/\(item)"
            case .chr: return "E/CN.4/\(kind)/\(item)"
            case .unea: return "UNEP/EA.\(a)/\(isDecision ? "Dec" : "Res").\(b)"
            case .escap where !isDecision: return "ESCAP/RES/\(item)"  // ESCAP's decisions have no symbol
            case .cbdCOP: return isDecision && prefix.isEmpty ? "CBD/COP/DEC/\(item)" : nil  // the Convention's COP makes decisions only
            default: return organ.isPseudoKeyed ? "\(organ.rawValue) \(pseudo) \(item)" : nil
            }
        }
    }

    static func unresolvedKey(_ item: CitationItem, type: SymbolType) -> String {
        let kind = type == .decision ? "dec" : "res"
        switch item.form {
        case .session(let prefix, let a, let b): return "? \(kind) \(prefix)\(a)/\(b)"
        case .yearInParentheses(let n, let y): return "? \(kind) \(n) (\(y))"
        case .romanSession(let n, let s, _): return "? \(kind) \(n) (\(s))"
        case .convention(let n, let body, let s): return "? \(kind) \(n)/\(body).\(s)"
        case .romanSlash(let s, _, let n): return "? \(kind) \(s)/\(n)"
        case .bare(let n): return "? \(kind) \(n)"
        }
    }

    /// Forms only decisions take: `1/CP.21`, `SS.VI/1` ("ministerial declarations and decisions SS.VI/1").
    static func isConventionDecision(_ item: CitationItem) -> Bool {
        switch item.form {
        case .convention: true
        case .romanSlash(let roman, _, _): roman.hasPrefix("SS.")
        default: false
        }
    }

    /// What a symbol names, from its nature component.
    public static func type(of key: String) -> SymbolType {
        var key = key
        return key.withUTF8 { k in
            if k.contains("/RES/") || k.contains("/Res.") || k.contains(" res ") { return .resolution }
            if k.contains("/DEC/") || k.contains("/Dec.") || k.contains(" dec ") { return .decision }
            if k.contains("/PRST/") { return .statement }
            return .document
        }
    }

    /// Whether a key has a `/RES/` or `/DEC/` component.
    static func namesResolutionOrDecision(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { $0.contains("/RES/") || $0.contains("/DEC/") }
    }

    /// Pseudo-keys name resolutions of bodies without symbols; they are never links.
    public static func isPseudo(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { $0.starts(with: "? ".utf8) || $0.contains(" res ") || $0.contains(" dec ") }
    }

    /// Where a reader finds the document: undocs.org for issued symbols; the Digital Library's search for
    /// the catalogue symbols of GA and ECOSOC decisions, which are not issued as documents; nil for pseudo-keys.
    public static func url(for key: String) -> String? {
        if isPseudo(key) { return nil }
        let encoded = percentEncoded(key)
        if key.hasPrefix("A/DEC/") || key.hasPrefix("E/DEC/") {
            return "https://digitallibrary.un.org/search?ln=en&p=191__a%3A%22" + percentEncoded(String(key.filter { $0 != " " }), slash: true) + "%22"
        }
        return "https://undocs.org/en/" + encoded
    }

    private static func percentEncoded(_ s: String, slash: Bool = false) -> String {
        var out = ""
        for b in s.utf8 {
            if b.isAlnum || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || (b == UInt8(ascii: "/") && !slash) {
                out.unicodeScalars.append(UnicodeScalar(b))
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// The symbol a link into the UN document system names (`https://docs.un.org/en/A/RES/78/250B`,
    /// `https://undocs.org/S/RES/2690(2023)`, `...view_doc.asp?symbol=A/74/130`), percent-decoded.
    public static func symbol(fromLink url: String) -> String? {
        let u = Array(url.utf8)
        var path: ArraySlice<UInt8>
        if let q = index(after: "symbol=", in: u) {
            path = u[q...].prefix { $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "#") }
        } else if let h = ["undocs.org/", "docs.un.org/", "documents.un.org/"].lazy.compactMap({ index(after: $0, in: u) }).first {
            path = u[h...].prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            if path.count > 3, path[path.startIndex + 2] == UInt8(ascii: "/"), path.prefix(2).allSatisfy(\.isLower) { path = path.dropFirst(3) }
        } else {
            return nil
        }
        let decoded = percentDecoded(path)
        return decoded.isEmpty ? nil : decoded
    }

    private static func index(after needle: String, in u: [UInt8]) -> Int? {
        let n = Array(needle.utf8)
        guard u.count >= n.count else { return nil }
        for i in 0...(u.count - n.count) where u[i] == n[0] && u[i..<i + n.count].elementsEqual(n) { return i + n.count }
        return nil
    }

    /// Whether an editor's link names the same document as xref's key (spaces, case and part letters aside).
    public static func linkAgrees(_ url: String, with key: String) -> Bool {
        guard let linked = symbol(fromLink: url) else { return false }
        return withoutParts(comparable(linked)) == withoutParts(comparable(key))
    }

    /// `A/RES/78/250B` -> `A/RES/78/250`, `A/RES/80/84A-B` -> `A/RES/80/84`: part letters the Digital
    /// Library glues on.
    private static func withoutParts(_ k: String) -> String {
        guard k.contains("/RES/") || k.contains("/DEC/") else { return k }
        var s = Substring(k)
        if s.count > 2, s.last!.isLetter, s.dropLast().last == "-" { s = s.dropLast(2) }
        if s.last?.isLetter == true, s.dropLast().last?.isNumber == true { s = s.dropLast() }
        return String(s)
    }

    private static func percentDecoded(_ s: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = []
        var it = s
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v); it = it.dropFirst(2)
            } else { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Comparison form: spaces dropped, upper case (`S/RES/2396(2017)` equals `S/RES/2396 (2017)`).
    public static func comparable(_ key: String) -> String {
        // Every citation is compared with the document's own symbols: ASCII keys, nearly all, take a byte path.
        var key = key
        if let ascii = key.withUTF8({ b -> String? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for c in b where c != 0x20 { out[n] = c.isLower ? c - 0x20 : c; n += 1 }
                return n
            }
        }) { return ascii }
        return String(String.UnicodeScalarView(key.unicodeScalars.filter { $0 != " " })).uppercased()
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    /// Byte substring search for short ASCII needles (keys are short; no String machinery on the hot path).
    func contains(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n <= count else { return false }
        return needle.withUTF8Buffer { w in
            var i = 0
            while i + n <= count {
                if self[i] == w[0] {
                    var k = 1
                    while k < n, self[i + k] == w[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
