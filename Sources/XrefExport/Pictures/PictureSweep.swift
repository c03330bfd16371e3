import Foundation
import XrefCore

/// Draws the neighbourhood of many symbols, one after another, as `xref graph --focus KEY --depth N -o x.svg`
/// would: the crash sweep of `xref bench --pictures` (a Graphviz crash ends the process, so getting to the
/// end is the result) and its figures.
public enum PictureSweep {
    public struct Figures: Sendable {
        public var drawn = 0
        /// Symbols whose picture failed with an error (a crash never gets here), and why.
        public var failed: [(key: String, reason: String)] = []
        public var seconds = 0.0
        public var bytes = 0
        public var slowest: (key: String, seconds: Double, nodes: Int) = ("", 0, 0)
    }

    /// The symbols of `graph`, most cited first (ties by key): the order the sweep takes them in.
    public static func symbols(of graph: Graph) -> [String] {
        graph.nodes.filter { $0.kind == .symbol }.sorted { ($1.count, $0.key) < ($0.count, $1.key) }.map(\.key)
    }

    /// Every `step`-th of `keys` (the first always): a sample that is the same on every run.
    public static func sample(_ keys: [String], every step: Int) -> [String] {
        stride(from: 0, to: keys.count, by: max(1, step)).map { keys[$0] }
    }

    public static func run(_ graph: Graph, keys: [String], depth: Int) -> Figures {
        var figures = Figures()
        let clock = ContinuousClock()
        let start = clock.now
        for key in keys {
            let t0 = clock.now
            let neighbourhood = graph.filtered(organs: nil, minCitations: 1, focus: key, depth: depth)
            do {
                let svg = try Exporter.data(neighbourhood, format: .svg, options: RenderOptions(focus: key))
                figures.drawn += 1
                figures.bytes += svg.count
            } catch {
                figures.failed.append((key, "\(error)"))
            }
            let took = seconds(clock.now - t0)
            if took > figures.slowest.seconds { figures.slowest = (key, took, neighbourhood.nodes.count) }
        }
        figures.seconds = seconds(clock.now - start)
        return figures
    }

    private static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
}
