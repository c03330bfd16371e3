import Testing
@testable import XrefExport

struct ForceLayoutTests {
    /// Boxes as a force layout leaves them: crowded, some on top of each other.
    static func crowd(_ n: Int, seed: UInt64) -> [NodeBox] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<n).map { i in
            i % 17 == 0 || i == 1 ? NodeBox(x: 0, y: 0, halfWidth: 40, halfHeight: 12) // a pile at the origin
                : NodeBox(x: next() * 300, y: next() * 200, halfWidth: 20 + next() * 60, halfHeight: 10 + next() * 8)
        }
    }

    func overlaps(_ boxes: [NodeBox], gap: Double) -> Int {
        var n = 0
        NodeBox.forEachOverlap(boxes, gap: gap) { _, _, _, _ in n += 1 }
        return n
    }

    @Test(arguments: [2, 50, 400]) func spreadingClearsEveryOverlapAndNoMore(_ n: Int) {
        let before = Self.crowd(n, seed: UInt64(n))
        #expect(overlaps(before, gap: 24) > 0)
        var after = before
        let frame = NodeBox.spread(&after, gap: 24)
        #expect(overlaps(after, gap: 24) == 0)
        // Uniform: every centre moved outward by the same factor (up to rounding), so the picture keeps its shape.
        let moved = zip(before, after).filter { abs($0.0.x) > 50 }
        let factors = moved.map { $0.1.x / $0.0.x }
        if let low = factors.min(), let high = factors.max() { #expect(high - low < 0.05, "\(low)…\(high)") }
        // The smallest such factor: a little less leaves some pair too close.
        var less = before
        for i in less.indices { less[i].x = after[i].x * 0.97; less[i].y = after[i].y * 0.97 }
        #expect(overlaps(less, gap: 24) > 0)
        #expect(frame.x0 <= after.map { $0.x - $0.halfWidth }.min()! && frame.y1 >= after.map { $0.y + $0.halfHeight }.max()!)
    }

    @Test func spreadingIsExactlyRepeatable() {
        var a = Self.crowd(300, seed: 9), b = Self.crowd(300, seed: 9)
        NodeBox.spread(&a, gap: 24)
        NodeBox.spread(&b, gap: 24)
        #expect(a == b)
    }

    @Test func componentsFollowEdgesEitherWay() throws {
        let graph = Graph.syntheticGraph(symbols: 40, documents: 3)
        let picture = try Picture(graph, options: RenderOptions(layout: "sfdp"))
        let components = picture.components()
        #expect(components.flatMap { $0 }.sorted() == Array(picture.nodes.indices))
        var componentOf = [Int](repeating: -1, count: picture.nodes.count)
        for (c, members) in components.enumerated() { for i in members { componentOf[i] = c } }
        for e in picture.edges { #expect(componentOf[e.tail] == componentOf[e.head]) }
        // The legend is a node of its own.
        #expect(components.contains([picture.nodes.count - 1]))
    }
}
