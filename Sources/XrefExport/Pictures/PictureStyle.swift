/// The fixed look of the rendered graph: colours by organ group, shapes by symbol type, edge styles, legend.

/// Organs grouped the way a reader of mandates tells them apart; each group has one colour.
enum OrganGroup: Int, CaseIterable, Comparable {
    case ga, sc, ecosoc, hrc, subsidiary, documents, unknown

    init(_ organ: Organ?) {
        switch organ {
        case .ga: self = .ga
        case .sc: self = .sc
        case .ecosoc: self = .ecosoc
        case .hrc: self = .hrc
        case .secretariat, .other: self = .documents
        case .unknown, nil: self = .unknown
        default: self = .subsidiary
        }
    }

    static func < (a: OrganGroup, b: OrganGroup) -> Bool { a.rawValue < b.rawValue }

    var title: String {
        switch self {
        case .ga: "General Assembly (GA)"
        case .sc: "Security Council (SC)"
        case .ecosoc: "Economic and Social Council (ECOSOC)"
        case .hrc: "Human Rights Council (HRC)"
        case .subsidiary: "Subsidiary and treaty bodies"
        case .documents: "Secretariat and other documents"
        case .unknown: "Unresolved or unknown organ"
        }
    }

    /// Light fills keep black labels readable; the darker border carries the hue at small sizes.
    var fill: String {
        switch self {
        case .ga: "#cfe2f3"
        case .sc: "#f8cbad"
        case .ecosoc: "#d3ecc8"
        case .hrc: "#e0d4f0"
        case .subsidiary: "#fde9b5"
        case .documents: "#e4e7eb"
        case .unknown: "#ffffff"
        }
    }

    var border: String {
        switch self {
        case .ga: "#2b6cb0"
        case .sc: "#c0392b"
        case .ecosoc: "#2f855a"
        case .hrc: "#6b46c1"
        case .subsidiary: "#b7791f"
        case .documents: "#4a5568"
        case .unknown: "#a0aec0"
        }
    }
}

enum PictureStyle {
    static let font = "DejaVu Sans"
    /// Input documents without an organ of their own: teal, a hue no organ group uses (the old light
    /// yellow could not be told from "Subsidiary and treaty bodies").
    static let inputFill = "#d5f2ef"
    static let inputBorder = "#2c7a7b"

    static func shape(_ type: SymbolType?) -> String {
        switch type {
        case .resolution, nil: "box"
        case .decision: "ellipse"
        case .document: "note"
        case .statement: "octagon"
        }
    }

    static let citesColor = "#718096"
    static let mandateColor = "#b83232"
    static let partOfColor = "#4a5568"
    static let containsColor = "#a0aec0"

    /// The legend: an HTML-like table in one node, so it stays in one piece under every layout.
    /// Lists only the organ groups and types the picture uses.
    static func legend(groups: Set<OrganGroup>, types: Set<SymbolType>, inputs: Bool, mandates: Bool,
                       partOf: Bool, pointSize: Int = 11) -> String {
        var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
        for g in groups.sorted() {
            rows.append(#"<TR><TD BGCOLOR="\#(g.fill)" COLOR="\#(g.border)" WIDTH="\#(2 * pointSize)" BORDER="1"> </TD>"#
                        + #"<TD ALIGN="LEFT">\#(htmlEscaped(g.title))</TD></TR>"#)
        }
        let shapes: [(SymbolType, String)] = [(.resolution, "box"), (.decision, "ellipse"),
                                              (.document, "note (dog-ear)"), (.statement, "octagon")]
        for (type, name) in shapes where types.contains(type) {
            rows.append(#"<TR><TD ALIGN="LEFT">\#(name)</TD><TD ALIGN="LEFT">\#(type.rawValue)</TD></TR>"#)
        }
        if inputs {
            rows.append(#"<TR><TD BGCOLOR="\#(inputFill)" COLOR="\#(inputBorder)" BORDER="1" ALIGN="LEFT">folder</TD>"#
                        + #"<TD ALIGN="LEFT">input document</TD></TR>"#)
        }
        rows.append(#"<TR><TD ALIGN="LEFT"><FONT COLOR="\#(citesColor)">──▶</FONT></TD>"#
                    + #"<TD ALIGN="LEFT">cites (¶ paragraphs, relation)</TD></TR>"#)
        if mandates {
            rows.append(#"<TR><TD ALIGN="LEFT"><FONT COLOR="\#(mandateColor)"><B>━━▶</B></FONT></TD>"#
                        + #"<TD ALIGN="LEFT">mandated by</TD></TR>"#)
        }
        if partOf {
            rows.append(#"<TR><TD ALIGN="LEFT"><FONT COLOR="\#(partOfColor)">- - ▷</FONT></TD>"#
                        + #"<TD ALIGN="LEFT">part of</TD></TR>"#)
        }
        return #"<FONT POINT-SIZE="\#(pointSize)">"# + ##"<TABLE BORDER="1" COLOR="#a0aec0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3" BGCOLOR="white">"##
            + rows.joined() + "</TABLE></FONT>"
    }
}
