import Foundation
import XrefCore

/// A picture to draw, as bytes: what `xref serve` hands the child process that runs Graphviz (`xref
/// draw-picture`), so that a crash or a runaway layout ends that process, not the server. The same bytes are
/// the key of the server's picture cache: equal requests draw equal pictures.
public struct PictureRequest: Sendable {
    public var graph: Graph
    public var options: RenderOptions

    public init(graph: Graph, options: RenderOptions) { self.graph = graph; self.options = options }

    private struct Wire: Codable {
        var layout: String, paragraphs: Bool, focus: String?, symbolLink: String?, caption: String?
        var nodes: [Graph.Node], edges: [Graph.Edge]
    }

    /// JSON, keys sorted: the same request is always the same bytes. Paragraph texts, which only a picture
    /// drawing paragraphs shows, are left out of the others (a depth-2 neighbourhood holds thousands).
    public func encoded() -> [UInt8] {
        var nodes = graph.nodes
        if !options.paragraphs { for i in nodes.indices where nodes[i].kind == .paragraph { nodes[i].text = nil } }
        let wire = Wire(layout: options.layout, paragraphs: options.paragraphs, focus: options.focus,
                        symbolLink: options.symbolLink, caption: options.caption, nodes: nodes, edges: graph.edges)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, numbers and enums cannot fail.
        return Array((try? encoder.encode(wire)) ?? Data())
    }

    /// Throws on bytes that are not a request (a node index out of range is refused, not trusted).
    public init(decoding bytes: [UInt8]) throws {
        let wire: Wire
        do { wire = try JSONDecoder().decode(Wire.self, from: Data(bytes)) } catch {
            throw ExportError(reason: "not a picture request: \(error.localizedDescription)")
        }
        var graph = Graph()
        for n in wire.nodes { graph.add(n) }
        guard graph.nodes.count == wire.nodes.count else { throw ExportError(reason: "not a picture request: repeated node keys") }
        for e in wire.edges {
            guard graph.nodes.indices.contains(e.source), graph.nodes.indices.contains(e.target) else {
                throw ExportError(reason: "not a picture request: an edge names a node that is not there")
            }
            graph.add(e)
        }
        self.graph = graph
        self.options = RenderOptions(layout: wire.layout, paragraphs: wire.paragraphs, focus: wire.focus,
                                     symbolLink: wire.symbolLink, caption: wire.caption)
    }
}
