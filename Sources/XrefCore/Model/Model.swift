/// The value types every stage of the pipeline shares.

/// The body that issued a resolution, decision or document.
public enum Organ: String, Sendable, CaseIterable, Codable, Comparable {
    case ga = "GA", sc = "SC", ecosoc = "ECOSOC", hrc = "HRC", chr = "CHR"
    case cnd = "CND", ccpcj = "CCPCJ", csw = "CSW"
    case untocCOP = "UNTOC-COP", uncacCOSP = "UNCAC-COSP"
    case unfccc = "UNFCCC", unccd = "UNCCD", unea = "UNEA", escap = "ESCAP"
    /// Regional commissions other than ESCAP, and ECOSOC's functional commissions without a resolution
    /// series of their own: their resolutions and decisions get pseudo-keys (`ECLAC res 782 (XL)`).
    case eca = "ECA", eclac = "ECLAC", ece = "ECE", escwa = "ESCWA"
    case cpd = "CPD", csocd = "CSocD", statcom = "StatCom"
    case undpEB = "UNDP-EB", unwEB = "UNW-EB", unicefEB = "UNICEF-EB"
    /// The Conference of the Parties to the Convention on Biological Diversity (`CBD/COP/DEC/15/4`).
    case cbdCOP = "CBD-COP"
    /// The Governing Council of UNEP (1973-2013, replaced by the Environment Assembly): its decisions
    /// ("decision 27/2", "decision SS.VI/1") are printed in its reports, without symbols of their own.
    case unepGC = "UNEP-GC"
    /// The Trusteeship Council (1947-1994): resolutions numbered with the Roman session ("2164 (LII)").
    case tc = "TC"
    /// ECLAC's Caribbean Development and Cooperation Committee: "resolution 80 (XXIV)", its own sessions.
    case cdcc = "CDCC"
    case secretariat = "Secretariat"
    /// A document of a series without a more specific organ (treaty bodies, UNCTAD, ...).
    case other = "other"
    /// Not settled: the citation carries candidates instead.
    case unknown = "?"

    public static func < (a: Organ, b: Organ) -> Bool { a.rawValue < b.rawValue }
}

/// What a symbol names.
public enum SymbolType: String, Sendable, Codable, CaseIterable {
    case resolution, decision, document, statement
}

/// How a citing text relates to what it cites (DESIGN §4).
public enum Relation: String, Sendable, Codable, CaseIterable {
    case pursuantTo = "pursuant-to"
    case requestedBy = "requested-by"
    case inAccordanceWith = "in-accordance-with"
    case inLineWith = "in-line-with"
    case furtherTo = "further-to"
    case implements
    case establishes
    case extends
    case recalls
    case reaffirms
    case takesNoteOf = "takes-note-of"
    case welcomes
    case endorses
    case decided
    case postpones
    case amends
    case supersedes
    case see
    case adoptedOnReportOf = "adopted-on-report-of"
    case mentions

    /// Whether a citation with this relation is a mandate for what the text reports.
    public var isMandate: Bool {
        switch self {
        case .pursuantTo, .requestedBy, .inAccordanceWith, .inLineWith, .furtherTo,
             .implements, .establishes, .extends: true
        default: false
        }
    }
}

/// One citation occurrence: the machine contract of `xref extract` (DESIGN §6).
public struct Citation: Sendable, Hashable, Codable {
    /// The canonical key (DESIGN §3): `A/RES/74/177`, `S/RES/2396 (2017)`, `CND res 62/9`, `? res 9/1`.
    public var symbol: String
    public var organ: Organ
    public var type: SymbolType
    /// The words of the citation as they stand in the text (normalized: NBSP as space, links unwrapped).
    public var surface: String
    public var relation: Relation
    /// Byte offsets into the input text, end exclusive.
    public var start: Int
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    /// The block id of the paragraph holding it.
    public var paragraph: String
    public var resolved: Bool
    /// Keys this citation could mean when `resolved` is false.
    public var candidates: [String]
    /// Lettered parts of a resolution (`43/222 A to E` -> A...E).
    public var parts: [String]
    /// `*` after the symbol: reissued for technical reasons.
    public var reissued: Bool
    /// The target of a hyperlink the document's editors put on this span, if any.
    public var link: String?
    /// The footnote the citation is written in (`fn11`) when `paragraph` is the paragraph carrying the
    /// footnote's marker; nil when the citation stands in `paragraph` itself.
    public var via: String?
    /// The part of the cited document the text names: "para. 12", "annex", "sect. III" (DESIGN §9).
    public var pinpoint: String?
    /// The number of a footnote mark glued after the citation ("resolution 78/79;3" -> 3).
    public var footnoteMark: Int?

    public init(symbol: String, organ: Organ, type: SymbolType, surface: String, relation: Relation = .mentions,
                start: Int, end: Int, line: Int = 0, paragraph: String = "", resolved: Bool = true,
                candidates: [String] = [], parts: [String] = [], reissued: Bool = false, link: String? = nil,
                via: String? = nil) {
        self.symbol = symbol; self.organ = organ; self.type = type; self.surface = surface
        self.relation = relation; self.start = start; self.end = end; self.line = line
        self.paragraph = paragraph; self.resolved = resolved; self.candidates = candidates
        self.parts = parts; self.reissued = reissued; self.link = link; self.via = via
    }
}

/// A block of text with a stable id (DESIGN §2 step 3).
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable { case masthead, title, summary, heading, paragraph, preamble, operative, footnote, other }
    /// `"57"`, `"summary"`, `"title"`, `"pp3"`, `"1(a)"`, `"fn2"`, `"b14"`.
    public var id: String
    public var kind: Kind
    /// Byte range in the document text.
    public var range: Range<Int>

    public init(id: String, kind: Kind, range: Range<Int>) {
        self.id = id; self.kind = kind; self.range = range
    }
}

/// A hyperlink the document itself carries (DOCX, HTML, AKN): evidence, not a prediction.
public struct SourceLink: Sendable, Hashable {
    public var range: Range<Int>
    public var target: String
    public init(range: Range<Int>, target: String) { self.range = range; self.target = target }
}

/// What a reader hands to the pipeline: UTF-8 text with paragraphs separated by blank lines.
public struct SourceText: Sendable {
    /// The path as the user named it (used in outputs).
    public var path: String
    public var bytes: [UInt8]
    /// Hyperlinks found in the source, with ranges in `bytes`.
    public var links: [SourceLink]
    /// Symbols the container itself states (AKN FRBR metadata, PDF title); may be empty.
    public var declaredSymbols: [String]
    /// Footnote marks the markup set apart (AKN `authorialNote` markers, superscripts), ascending byte
    /// ranges in `bytes`. The text keeps them as printed ("of 2 December 2011,4"); the recognizer reads
    /// across them as if they were a space, so "2011,419/1" is footnote 4 and then 19/1.
    public var marks: [Range<Int>]
    /// The language the container declares (AKN `FRBRlanguage`, DOCX `w:lang` of the document defaults,
    /// HTML `lang`); nil when it declares none of the six, and the text decides. A declared English does not
    /// outweigh a text that reads as another language (templates default to English).
    public var declaredLanguage: Language?

    public init(path: String, bytes: [UInt8], links: [SourceLink] = [], declaredSymbols: [String] = [],
                marks: [Range<Int>] = [], declaredLanguage: Language? = nil) {
        self.path = path; self.bytes = bytes; self.links = links; self.declaredSymbols = declaredSymbols
        self.marks = marks; self.declaredLanguage = declaredLanguage
    }
}
