/// The domain as data (un-symbols.md §1-2): series roots, the names text uses for organs, and the
/// organ each document series belongs to. Each table is read by the recognizer and resolver; the tests
/// run the examples beside the entries.
public enum Lexicon {
    /// First components that open a UN document symbol (`A/`, `CTOC/`, ...). Press-release series
    /// (`GA/`, `SC/`, `UNIS/`) and UNIDO's dotted series are absent on purpose.
    public static let symbolRoots: Set<String> = [
        "A", "S", "E", "T", "ST", "DP", "TD", "UNEP", "CRC", "CEDAW", "CCPR", "CAT", "CERD", "CMW", "CRPD",
        "CED", "CTOC", "CAC", "FCCC", "ICCD", "UNW", "JIU", "CD", "PCNICC", "TPNW", "UNODC", "ISBA", "NPT",
        "ESCAP", "HRI", "HSP", "ECE", "UNCTAD", "ECA", "LC", "BWC", "CCW", "APLC", "SPLOS", "ITLOS", "CCPCJ", "UNITAR",
        "WFP", "UNICEF", "UNDP", "UNFPA", "UNOPS", "ICSC", "ACC", "CEB", "ATT", "OPCW", "UNCITRAL", "MSP", "CBD", "CLCS", "CCM", "CTBT", "UNHCR", "EC",
    ]

    /// Which organ a document series belongs to, longest prefix first (§2.4 step 3).
    public static let seriesOrgans: [(prefix: String, organ: Organ)] = [
        ("A/HRC/", .hrc), ("E/CN.7/", .cnd), ("E/CN.15/", .ccpcj), ("E/CN.4/", .chr), ("E/CN.6/", .csw),
        ("CTOC/COP/", .untocCOP), ("CBD/COP/", .cbdCOP), ("UNEP/CBD/COP/", .cbdCOP), ("CAC/COSP/", .uncacCOSP), ("DP/", .undpEB), ("UNW/", .unwEB),
        ("E/ICEF/", .unicefEB), ("FCCC/", .unfccc), ("ICCD/", .unccd), ("UNEP/EA.", .unea),
        ("E/ESCAP/", .escap), ("ESCAP/", .escap), ("ST/", .secretariat),
        ("A/", .ga), ("S/", .sc), ("E/", .ecosoc),
    ]

    public static func organ(ofSeries symbol: String) -> Organ {
        var symbol = symbol
        return symbol.withUTF8 { s in
            for (prefix, organ) in seriesOrganBytes where s.starts(with: prefix) { return organ }
            return .other
        }
    }

    private static let seriesOrganBytes: [([UInt8], Organ)] = seriesOrgans.map { (Array($0.prefix.utf8), $0.organ) }

    /// A body as running text names it: a specific organ, or a generic head noun ("the Council") that
    /// the document's own organ or the citation's form must settle.
    public enum BodyName: Sendable, Equatable {
        case organ(Organ)
        case generic(Generic)
        /// A body xref has no key scheme for (World Health Assembly, UNESCO General Conference, ...).
        case foreign
    }
    public enum Generic: Sendable { case assembly, council, commission, conference, board }

    /// The same names as byte arrays, for the scanners.
    static let bodyNameBytes: [([UInt8], BodyName)] = bodies.map { (Array($0.name.utf8), $0.body) }

    /// The names by their first byte, in table order: a paragraph that opens with none is no table heading.
    static let bodyNamesByFirstByte: [[([UInt8], BodyName)]] = {
        var buckets = Array(repeating: [([UInt8], BodyName)](), count: 256)
        for entry in bodyNameBytes { buckets[Int(entry.0[0])].append(entry) }
        return buckets
    }()

    /// The names by their last byte, in table order: looking back from a word end tries only a few.
    static let bodyNamesByLastByte: [[([UInt8], BodyName)]] = {
        var buckets = Array(repeating: [([UInt8], BodyName)](), count: 256)
        for entry in bodyNameBytes { buckets[Int(entry.0[entry.0.count - 1])].append(entry) }
        return buckets
    }()

    /// The first two and the last two bytes of every name: most words are dismissed by one bit before
    /// any name is compared.
    static let bodyNameStarts = BytePairSet(bodyNameBytes.map { ($0.0[0], $0.0[1]) })
    static let bodyNameEnds = BytePairSet(bodyNameBytes.map { ($0.0[$0.0.count - 2], $0.0[$0.0.count - 1]) })

    /// Annual reports that print the resolutions of the body making them, by series and report number
    /// (`A/77/53`: the Human Rights Council's; `E/2019/28`: the Commission on Narcotic Drugs'), each
    /// with a citation the tests run. `sessions`: the report numbers' sessions (or years) in which the
    /// number was that body's (nil: always): A/68/25 and before are UNEP's Governing Council's, A/69/25 on
    /// the Environment Assembly's.
    public static let annualReports: [(series: String, number: Int, sessions: ClosedRange<Int>?, organ: Organ, example: String, key: String)] = [
        ("A", 25, 27...68, .unepGC, "Supplement No. 25 (A/52/25), annex, decision 19/1, annex.", "UNEP-GC dec 19/1"),
        ("A", 25, 69...99, .unea, "Supplement No. 25 (A/69/25), annex, resolution 1/15.", "UNEP/EA.1/Res.15"),
        ("A", 53, nil, .hrc, "(A/77/53/Add.1), chap. III, sect. A, resolution 51/4", "A/HRC/RES/51/4"),
        ("E", 28, nil, .cnd, "Supplement No. 8 (E/2019/28), chap. I, sect. C, resolution 62/9", "CND res 62/9"),
        ("E", 30, nil, .ccpcj, "Supplement No. 10 (E/2019/30), chap. I, sect. D, resolution 28/4", "CCPCJ res 28/4"),
        ("E", 27, nil, .csw, "Supplement No. 7 (E/2016/27), chap. I, sect. D, resolution 60/2", "CSW res 60/2"),
        ("E", 25, nil, .cpd, "Supplement No. 5 (E/2004/25), chap. I, sect. B, resolution 2004/1", "CPD res 2004/1"),
        ("E", 24, nil, .statcom, "Supplement No. 4 (E/2020/24), chap. I, sect. B, decision 51/101", "StatCom dec 51/101"),
        ("E", 23, nil, .chr, "Supplement No. 3 (E/1998/23), chap. II, sect. A, resolution 1998/72", "E/CN.4/RES/1998/72"),
    ]

    /// The organ whose annual report `symbol` is (addenda and corrigenda included).
    static func reportOrgan(_ symbol: String) -> Organ? {
        let parts = symbol.split(separator: "/")
        guard parts.count >= 3, let n = Int(parts[2]), let session = Int(parts[1]),
              parts.dropFirst(3).allSatisfy({ $0.hasPrefix("Add.") || $0.hasPrefix("Corr.") }) else { return nil }
        return annualReports.first { $0.series == parts[0] && $0.number == n && $0.sessions?.contains(session) != false }?.organ
    }

    /// Plausible session numbers of `session/number` resolutions per organ (§2.4 step 5, as of 2026).
    public static func sessionRange(_ organ: Organ) -> ClosedRange<Int>? {
        // A switch, not a dictionary: every session-numbered citation asks, and hashing an organ costs more.
        switch organ {
        case .ga: 31...81
        case .hrc: 1...62
        case .cnd: 1...69
        case .ccpcj: 1...35
        case .untocCOP: 1...13
        case .uncacCOSP: 1...11
        case .escap: 1...82
        case .csw: 1...70
        case .unea: 1...7
        case .ece: 1...75
        case .statcom: 1...57
        case .escwa: 1...34
        case .eca: 1...58
        case .eclac: 1...41
        case .cbdCOP: 1...17
        case .unepGC: 1...27
        default: nil
        }
    }

    /// The years in which a session met and adopted its resolutions (§2.4 step 5): the Assembly's session s
    /// from September 1945 + s to September of the next year; the Human Rights Council three sessions a year
    /// since 2006 (a year either side for resumed and shifted sessions). Nil: not known, any date fits.
    /// Examples the tests run: `Resolver` gives "resolution 36/8 of 21 March 2017" to the HRC, "resolution
    /// 36/8 of 10 December 1981" to the Assembly.
    static func sessionYears(_ organ: Organ, _ session: Int) -> ClosedRange<Int>? {
        switch organ {
        case .ga: (1945 + session)...(1946 + session)
        case .hrc: (2005 + (session - 1) / 3)...(2007 + (session - 1) / 3)
        default: nil
        }
    }

    static let months: [[UInt8]] = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"].map { Array($0.utf8) }
}
