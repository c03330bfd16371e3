import XrefCore

/// Graphs built by hand with `Graph.add`, shaped like the pipeline's output (DESIGN §5).
enum Fixtures {
    static func url(_ symbol: String) -> String {
        "https://undocs.org/en/" + symbol.replacingOccurrences(" ", "%20").replacingOccurrences("(", "%28")
            .replacingOccurrences(")", "%29")
    }

    static func symbol(_ key: String, _ organ: Organ, _ type: SymbolType, real: Bool = true) -> Graph.Node {
        Graph.Node(key: key, kind: .symbol, label: key, symbol: key, organ: organ, type: type,
                   url: real ? url(key) : nil)
    }

    /// The Secretary-General's crime-prevention report in seeds/ (A/75/127-like), a GA resolution that is
    /// itself an input document: GA, SC, ECOSOC, HRC,
    /// subsidiary bodies (pseudo-keys without links), one unresolved citation, mandates, part-of links.
    static func realistic() -> Graph {
        var g = Graph()
        var citations: [String: Int] = [:]
        func cite(_ g: inout Graph, _ p: Int, _ key: String, _ relation: Relation, _ surface: String, _ line: Int) {
            let t = g.node(forKey: key)!
            let para = g.nodes[p]
            g.add(Graph.Edge(source: p, target: t, kind: .cites, relation: relation, surface: surface,
                             start: line * 120, end: line * 120 + surface.utf8.count, line: line,
                             document: para.document, paragraph: para.paragraph))
            citations[key, default: 0] += 1
        }
        func paragraph(_ g: inout Graph, _ doc: Int, _ id: String, _ text: String) -> Int {
            let path = g.nodes[doc].document!
            let p = g.add(Graph.Node(key: "para:\(path)#\(id)", kind: .paragraph, label: "¶\(id)", document: path,
                                     paragraph: id, text: text))
            g.add(Graph.Edge(source: doc, target: p, kind: .contains))
            return p
        }

        for node in [
            symbol("A/RES/74/171", .ga, .resolution), symbol("A/RES/73/190", .ga, .resolution),
            symbol("A/RES/73/187", .ga, .resolution), symbol("A/RES/73/186", .ga, .resolution),
            symbol("A/DEC/73/546", .ga, .decision), symbol("A/74/130", .secretariat, .document),
            symbol("A/75/50", .secretariat, .document), symbol("A/75/50/Add.1", .secretariat, .document),
            symbol("E/RES/2019/23", .ecosoc, .resolution), symbol("A/HRC/RES/41/2", .hrc, .resolution),
            symbol("S/RES/2482 (2019)", .sc, .resolution), symbol("S/PRST/2019/1", .sc, .statement),
            symbol("UNTOC-COP res 9/1", .untocCOP, .resolution, real: false),
            symbol("CND res 62/9", .cnd, .resolution, real: false),
            symbol("CCPCJ res 28/4", .ccpcj, .resolution, real: false),
        ] { g.add(node) }
        var unresolved = symbol("? res 8/2", .unknown, .resolution, real: false)
        unresolved.resolved = false
        g.add(unresolved)

        // The report: a document whose symbol is not known.
        let reportPath = "seeds/000_0d3a60e5d9e57139.txt"
        let report = g.add(Graph.Node(key: "doc:\(reportPath)", kind: .document, label: "000_0d3a60e5d9e57139.txt",
                                      document: reportPath))
        // The resolution the report answers, itself an input document (its node is its symbol).
        let resolutionPath = "corpus/akn-text/A_RES_74_177.txt"
        var res = symbol("A/RES/74/177", .ga, .resolution)
        res.document = resolutionPath
        let resolution = g.add(res)

        let summary = paragraph(&g, report, "summary", "The present report has been prepared pursuant to General "
                                + "Assembly resolution 74/177.")
        cite(&g, summary, "A/RES/74/177", .pursuantTo, "General Assembly resolution 74/177", 24)
        g.add(Graph.Edge(source: report, target: resolution, kind: .mandatedBy, relation: .pursuantTo,
                         start: 2880, end: 2960, line: 24, document: reportPath, paragraph: "summary"))
        let p1 = paragraph(&g, report, "1", "The present report provides information ..., as requested by the "
                           + "General Assembly in its resolution 74/177.")
        cite(&g, p1, "A/RES/74/177", .requestedBy, "its resolution 74/177", 32)
        let p10 = paragraph(&g, report, "10", "... in accordance with General Assembly resolution 74/171.")
        cite(&g, p10, "A/RES/74/171", .inAccordanceWith, "General Assembly resolution 74/171", 56)
        let p19 = paragraph(&g, report, "19", "In line with General Assembly resolution 74/177, UNODC has been "
                            + "working closely with the Office of the President of the General Assembly ...")
        cite(&g, p19, "A/RES/74/177", .inLineWith, "General Assembly resolution 74/177", 78)
        let p21 = paragraph(&g, report, "21", "In line with resolution 9/1 of the Conference of the Parties to the "
                            + "United Nations Convention against Transnational Organized Crime ...")
        cite(&g, p21, "UNTOC-COP res 9/1", .inLineWith, "resolution 9/1", 86)
        let p23 = paragraph(&g, report, "23", "Also in line with resolution 9/1, UNODC ... is developing a new "
                            + "secure module ...")
        cite(&g, p23, "UNTOC-COP res 9/1", .inLineWith, "resolution 9/1", 92)
        cite(&g, p23, "? res 8/2", .mentions, "resolution 8/2", 92)
        let p57 = paragraph(&g, report, "57", "Further to General Assembly resolution 73/190, UNODC continued its "
                            + "analytical work ...")
        cite(&g, p57, "A/RES/73/190", .furtherTo, "General Assembly resolution 73/190", 172)
        let p85 = paragraph(&g, report, "85", "In accordance with General Assembly resolution 73/187, UNODC prepared "
                            + "a report (A/74/130) ...")
        cite(&g, p85, "A/RES/73/187", .inAccordanceWith, "General Assembly resolution 73/187", 246)
        cite(&g, p85, "A/74/130", .see, "A/74/130", 246)
        g.add(Graph.Edge(source: g.node(forKey: "A/74/130")!, target: g.node(forKey: "A/RES/73/187")!,
                         kind: .mandatedBy, relation: .inAccordanceWith, start: 29_520, end: 29_700, line: 246,
                         document: reportPath, paragraph: "85"))
        let p89 = paragraph(&g, report, "89", "Pursuant to Economic and Social Council resolution 2019/23, UNODC has "
                            + "started drafting ...")
        cite(&g, p89, "E/RES/2019/23", .pursuantTo, "Economic and Social Council resolution 2019/23", 256)
        let p93 = paragraph(&g, report, "93", "... in line with Commission on Narcotic Drugs resolution 62/9 and "
                            + "Commission on Crime Prevention and Criminal Justice resolution 28/4.")
        cite(&g, p93, "CND res 62/9", .inLineWith, "Commission on Narcotic Drugs resolution 62/9", 270)
        cite(&g, p93, "CCPCJ res 28/4", .inLineWith, "Commission on Crime Prevention and Criminal Justice "
             + "resolution 28/4", 270)
        let fn1 = paragraph(&g, report, "fn1", "* A/75/50 and A/75/50/Add.1.")
        cite(&g, fn1, "A/75/50", .mentions, "A/75/50", 28)
        cite(&g, fn1, "A/75/50/Add.1", .mentions, "A/75/50/Add.1", 28)
        g.add(Graph.Edge(source: g.node(forKey: "A/75/50/Add.1")!, target: g.node(forKey: "A/75/50")!, kind: .partOf))

        // The resolution: preamble and operative paragraphs.
        let pp1 = paragraph(&g, resolution, "pp1", "Recalling its resolution 73/186 of 17 December 2018 ...")
        cite(&g, pp1, "A/RES/73/186", .recalls, "its resolution 73/186 of 17 December 2018", 12)
        let pp2 = paragraph(&g, resolution, "pp2", "Recalling also Security Council resolution 2482 (2019) of "
                            + "19 July 2019 and the statement by its President (S/PRST/2019/1) ...")
        cite(&g, pp2, "S/RES/2482 (2019)", .recalls, "Security Council resolution 2482 (2019)", 14)
        cite(&g, pp2, "S/PRST/2019/1", .recalls, "S/PRST/2019/1", 14)
        let pp3 = paragraph(&g, resolution, "pp3", "Reaffirming Human Rights Council resolution 41/2 and its "
                            + "decision 73/546 ...")
        cite(&g, pp3, "A/HRC/RES/41/2", .reaffirms, "Human Rights Council resolution 41/2", 16)
        cite(&g, pp3, "A/DEC/73/546", .reaffirms, "its decision 73/546", 16)
        let op1 = paragraph(&g, resolution, "1", "Takes note of the report of the Secretary-General (A/74/130);")
        cite(&g, op1, "A/74/130", .takesNoteOf, "A/74/130", 30)
        let op2 = paragraph(&g, resolution, "2", "Welcomes Economic and Social Council resolution 2019/23 ...")
        cite(&g, op2, "E/RES/2019/23", .welcomes, "Economic and Social Council resolution 2019/23", 32)

        for (key, n) in citations { g.update(g.node(forKey: key)!) { $0.count = n } }
        return g
    }

    /// Strings a writer must not mangle: quotes, `&`, `<`, `>`, a backslash, emoji, Arabic, CJK, newline,
    /// tab — and U+0007, which XML forbids and the writers must drop.
    static let hostileText = "Quote \" apostrophe ' & <tag> \\N back\\slash 📄 قرار الجمعية العامة 決議\nline two\tcol \u{7}bell"

    static func hostile() -> Graph {
        var g = Graph()
        let path = "docs/R&D \"quoted\" <x> قرار.txt"
        let doc = g.add(Graph.Node(key: "doc:\(path)", kind: .document, label: "R&D \"quoted\" <x> 📄", document: path))
        let para = g.add(Graph.Node(key: "para:\(path)#1", kind: .paragraph, label: "¶1", document: path,
                                    paragraph: "1", text: hostileText))
        g.add(Graph.Edge(source: doc, target: para, kind: .contains))
        let sym = g.add(Graph.Node(key: "A/RES/74/177", kind: .symbol, label: "A/RES/74/177 \\ <&> \"x\"",
                                   symbol: "A/RES/74/177", organ: .ga, type: .resolution,
                                   url: "https://undocs.org/en/A/RES/74/177?a=1&b=<2>", count: 1))
        let pseudo = g.add(Graph.Node(key: "CND res 62/9", kind: .symbol, label: "CND res 62/9 \u{7}", organ: .cnd,
                                      type: .resolution, count: 1, resolved: false))
        g.add(Graph.Edge(source: para, target: sym, kind: .cites, relation: .recalls, surface: hostileText,
                         start: 0, end: 10, line: 1, document: path, paragraph: "1"))
        g.add(Graph.Edge(source: para, target: pseudo, kind: .cites, relation: .inLineWith,
                         surface: "résolution 62/9 \u{7}", start: 11, end: 30, line: 2, document: path, paragraph: "1"))
        return g
    }
}

extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String { replacing(a, with: b) }
}
