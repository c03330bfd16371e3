/// The citation and mandate graph (DESIGN §5): documents, paragraphs and symbols joined by typed edges.
/// Node and edge order is deterministic: exporters may rely on it.
public struct Graph: Sendable {
    /// `mandate`: a clause of a resolution read as a mandate (DESIGN §9), hanging off its resolution like a paragraph.
    public enum NodeKind: String, Sendable, Codable { case document, paragraph, symbol, mandate }
    public enum EdgeKind: String, Sendable, Codable {
        case contains, cites
        case mandatedBy = "mandated-by"
        case partOf = "part-of"
        /// document -> mandate it answers; resolution -> its predecessor in a series (DESIGN §9).
        case fulfils, succeeds
    }

    public struct Node: Sendable, Hashable, Codable {
        /// Stable, unique key: `doc:<path>`, `para:<path>#<block>`, or the canonical symbol.
        public var key: String
        public var kind: NodeKind
        public var label: String
        /// Canonical symbol for symbol nodes, and for documents whose own symbol is known.
        public var symbol: String?
        public var organ: Organ?
        public var type: SymbolType?
        /// Path of the input document (document and paragraph nodes, and symbol nodes that are input documents).
        public var document: String?
        public var paragraph: String?
        /// Paragraph text, trimmed (paragraph nodes).
        public var text: String?
        /// `https://undocs.org/en/...` for real symbols; nil for pseudo-keys.
        public var url: String?
        /// Number of citations pointing at this node.
        public var count: Int
        /// Still-ambiguous citation key (`? res 9/1`).
        public var resolved: Bool
        /// Document nodes: the languages of the editions read ("en", "en,fr"), in reading order.
        public var language: String?
        /// Document nodes: the record's title and ISO date (`DocumentRecord`), shown instead of the file name.
        public var title: String?
        public var date: String?

        /// A part of a document (a paragraph or a mandate clause): drawn inside it, folded into it otherwise.
        public var isPart: Bool { kind == .paragraph || kind == .mandate }

        public init(key: String, kind: NodeKind, label: String, symbol: String? = nil, organ: Organ? = nil,
                    type: SymbolType? = nil, document: String? = nil, paragraph: String? = nil,
                    text: String? = nil, url: String? = nil, count: Int = 0, resolved: Bool = true) {
            self.key = key; self.kind = kind; self.label = label; self.symbol = symbol; self.organ = organ
            self.type = type; self.document = document; self.paragraph = paragraph; self.text = text
            self.url = url; self.count = count; self.resolved = resolved
        }
    }

    public struct Edge: Sendable, Hashable, Codable {
        public var source: Int
        public var target: Int
        public var kind: EdgeKind
        public var relation: Relation?
        public var surface: String?
        /// Byte range of the citation (cites) or of the evidence sentence (mandated-by).
        public var start: Int?
        public var end: Int?
        public var line: Int?
        /// Evidence: the document and paragraph the edge was read from.
        public var document: String?
        public var paragraph: String?
        public var count: Int

        public init(source: Int, target: Int, kind: EdgeKind, relation: Relation? = nil, surface: String? = nil,
                    start: Int? = nil, end: Int? = nil, line: Int? = nil, document: String? = nil,
                    paragraph: String? = nil, count: Int = 1) {
            self.source = source; self.target = target; self.kind = kind; self.relation = relation
            self.surface = surface; self.start = start; self.end = end; self.line = line
            self.document = document; self.paragraph = paragraph; self.count = count
        }
    }

    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// The index of the node with `node.key`, adding it if new.
    @discardableResult
    public mutating func add(_ node: Node) -> Int {
        if let i = index[node.key] { return i }
        nodes.append(node)
        index[node.key] = nodes.count - 1
        return nodes.count - 1
    }

    public mutating func add(_ edge: Edge) { edges.append(edge) }

    public func node(forKey key: String) -> Int? { index[key] }

    public mutating func update(_ i: Int, _ change: (inout Node) -> Void) { change(&nodes[i]) }
}
