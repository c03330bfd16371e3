import CLibXML2

/// GraphML 1.0 through libxml2's xmlTextWriter (DESIGN §5): generated NMTOKEN ids (`n0`, `e0`), every
/// string in `<data>`, nil values omitted, characters XML forbids dropped. Validates against the GraphML XSD.
enum GraphMLWriter {
    static func data(_ graph: Graph) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write(graph) { bytes += $0 }
        return bytes
    }

    /// The document handed to `sink` a megabyte at a time as libxml2 writes it: the GraphML of a large
    /// graph (45 MB for 100 MB of text) is never held whole beside the graph.
    static func write(_ graph: Graph, to sink: ([UInt8]) throws -> Void) throws {
        guard let buffer = xmlBufferCreate() else { throw ExportError(format: .graphml, reason: "out of memory") }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw ExportError(format: .graphml, reason: "cannot create the XML writer")
        }
        var failure: Error?
        func drain(atLeast: Int32) {
            guard failure == nil, xmlBufferLength(buffer) >= atLeast, let content = xmlBufferContent(buffer) else { return }
            do { try sink(Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))) } catch { failure = error }
            xmlBufferEmpty(buffer)
        }
        var out = Writer(writer)
        out.document(graph) { xmlTextWriterFlush(writer); drain(atLeast: 1 << 20) }
        // Freeing the writer flushes the rest into the buffer; only then is the document complete.
        xmlFreeTextWriter(writer)
        guard out.ok else { throw ExportError(format: .graphml, reason: "libxml2 could not write the document") }
        drain(atLeast: 0)
        if let failure { throw failure }
    }

    private struct Writer {
        let w: xmlTextWriterPtr
        var ok = true

        init(_ w: xmlTextWriterPtr) { self.w = w }

        mutating func check(_ rc: Int32) { if rc < 0 { ok = false } }

        /// `between` is called after every element of the graph: where the output may be handed on.
        mutating func document(_ graph: Graph, between: () -> Void) {
            check(xmlTextWriterSetIndent(w, 1))
            check(xmlTextWriterSetIndentString(w, "  "))
            check(xmlTextWriterStartDocument(w, "1.0", "UTF-8", nil))
            check(xmlTextWriterStartElement(w, "graphml"))
            attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
            attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            attribute("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns "
                      + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
            for a in Attributes.node { key(id: "v_" + a.name, for: "node", a.name, a.type) }
            for a in Attributes.edge { key(id: "e_" + a.name, for: "edge", a.name, a.type) }
            check(xmlTextWriterStartElement(w, "graph"))
            attribute("id", "G")
            attribute("edgedefault", "directed")
            for (i, node) in graph.nodes.enumerated() {
                check(xmlTextWriterStartElement(w, "node"))
                attribute("id", "n\(i)")
                for a in Attributes.node { if let v = a.value(node) { data("v_" + a.name, v) } }
                check(xmlTextWriterEndElement(w))
                between()
            }
            for (i, edge) in graph.edges.enumerated() {
                check(xmlTextWriterStartElement(w, "edge"))
                attribute("id", "e\(i)")
                attribute("source", "n\(edge.source)")
                attribute("target", "n\(edge.target)")
                for a in Attributes.edge { if let v = a.value(edge) { data("e_" + a.name, v) } }
                check(xmlTextWriterEndElement(w))
                between()
            }
            check(xmlTextWriterEndElement(w)) // graph
            check(xmlTextWriterEndElement(w)) // graphml
            check(xmlTextWriterEndDocument(w))
        }

        mutating func key(id: String, for domain: String, _ name: String, _ type: AttributeType) {
            check(xmlTextWriterStartElement(w, "key"))
            attribute("id", id)
            attribute("for", domain)
            attribute("attr.name", name)
            attribute("attr.type", type.rawValue)
            check(xmlTextWriterEndElement(w))
        }

        mutating func data(_ key: String, _ value: AttributeValue) {
            let text = switch value {
            case .string(let s): xmlSafe(s)
            case .int(let n): String(n)
            case .bool(let b): b ? "true" : "false"
            }
            check(xmlTextWriterStartElement(w, "data"))
            attribute("key", key)
            check(xmlTextWriterWriteString(w, text))
            check(xmlTextWriterEndElement(w))
        }

        mutating func attribute(_ name: String, _ value: String) {
            check(xmlTextWriterWriteAttribute(w, name, value))
        }
    }
}
