/// Canonical keys (DESIGN §3): the printed UN form where a symbol exists, a readable pseudo-key where the
/// body issues none (`CND res 62/9`), `? res 9/1` for what stays ambiguous.
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
            let series = organ == .ecosoc ? "E" : organ == .ga ? "A" : nil
            return series.map { "\($0)/\(isDecision ? "DEC" : "RES")/\(n) (\(session))" }
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
            case .escap: return "ESCAP/\(kind)/\(item)"
            case .cnd, .ccpcj, .csw, .untocCOP, .uncacCOSP, .undpEB, .unwEB, .unicefEB:
                return "\(organ.rawValue) \(pseudo) \(item)"
            default: return nil
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
        case .bare(let n): return "? \(kind) \(n)"
        }
    }

    static func isConventionDecision(_ item: CitationItem) -> Bool {
        if case .convention = item.form { true } else { false }
    }

    /// What a symbol names, from its nature component.
    public static func type(of key: String) -> SymbolType {
        if key.contains("/RES/") || key.contains("/Res.") { return .resolution }
        if key.contains("/DEC/") || key.contains("/Dec.") { return .decision }
        if key.contains("/PRST/") { return .statement }
        if key.contains(" res ") { return .resolution }
        if key.contains(" dec ") { return .decision }
        return .document
    }

    /// Pseudo-keys name resolutions of bodies without symbols; they are never links.
    public static func isPseudo(_ key: String) -> Bool {
        key.hasPrefix("? ") || key.contains(" res ") || key.contains(" dec ")
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

    /// Comparison form: spaces dropped, upper case (`S/RES/2396(2017)` equals `S/RES/2396 (2017)`).
    public static func comparable(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.filter { $0 != " " })).uppercased()
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
