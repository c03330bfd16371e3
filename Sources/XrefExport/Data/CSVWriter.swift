/// Two RFC 4180 tables (CRLF line ends, fields quoted when they hold `,` `"` CR or LF) whose headers
/// `neo4j-admin database import` reads as they are:
///
///     nodes: :ID,:LABEL,kind,label,symbol,organ,type,document,paragraph,text,url,count:int,resolved:boolean
///     edges: :START_ID,:END_ID,:TYPE,kind,relation,surface,start:int,end:int,line:int,count:int,document,paragraph
///
/// `:ID` is the node key (`A/RES/74/177`, `doc:path`, `para:path#57`); `:LABEL` is `Document`, `Paragraph` or
/// `Symbol`; `:TYPE` is `CITES`, `CONTAINS`, `MANDATED_BY` or `PART_OF`. Empty fields are absent values.
/// Paragraph text may span lines: pass `--multiline-fields=true` to neo4j-admin.
///
/// Gephi (Data Laboratory > Import Spreadsheet) recognizes `Id`, `Label`, `Source`, `Target` by name: it
/// takes `label` as Label already; rename `:ID` to `Id` in the nodes header and `:START_ID,:END_ID` to
/// `Source,Target` in the edges header (e.g. `sed -i '1s/^:ID,/Id,/'` and `sed -i '1s/^:START_ID,:END_ID,/Source,Target,/'`);
/// every other column comes in as a node or edge attribute.
enum CSVWriter {
    static func nodes(_ graph: Graph) -> [UInt8] {
        var out: [UInt8] = []
        CSV.append([":ID", ":LABEL"] + Attributes.node.map(header), to: &out)
        for node in graph.nodes {
            let label = node.kind.rawValue.prefix(1).uppercased() + node.kind.rawValue.dropFirst()
            CSV.append([node.key, label] + Attributes.node.map { field($0.value(node)) }, to: &out)
        }
        return out
    }

    static func edges(_ graph: Graph) -> [UInt8] {
        var out: [UInt8] = []
        CSV.append([":START_ID", ":END_ID", ":TYPE"] + Attributes.edge.map(header), to: &out)
        for edge in graph.edges {
            let type = edge.kind.rawValue.uppercased().replacing("-", with: "_")
            CSV.append([graph.nodes[edge.source].key, graph.nodes[edge.target].key, type]
                + Attributes.edge.map { field($0.value(edge)) }, to: &out)
        }
        return out
    }

    /// Both tables in one stream, as `-o -` prints them: nodes, a blank line, edges.
    static func combined(_ graph: Graph) -> [UInt8] {
        nodes(graph) + Array("\r\n".utf8) + edges(graph)
    }

    private static func header<T>(_ a: Attribute<T>) -> String {
        switch a.type {
        case .string: a.name
        case .int: a.name + ":int"
        case .boolean: a.name + ":boolean"
        }
    }

    private static func field(_ value: AttributeValue?) -> String {
        switch value {
        case nil: ""
        case .string(let s): s
        case .int(let n): String(n)
        case .bool(let b): b ? "true" : "false"
        }
    }
}
