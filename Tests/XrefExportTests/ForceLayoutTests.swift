import Testing
@testable import XrefExport

struct ForceLayoutTests {
    /// Boxes as a force layout leaves them: crowded, some on top of each other.
    static func crowd(_ n: Int, seed: UInt64, piles: Bool = true) -> [NodeBox] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<n).map { i in
            piles && (i % 17 == 0 || i == 1) ? NodeBox(x: 0, y: 0, halfWidth: 40, halfHeight: 12) // a pile at the origin
                : NodeBox(x: next() * 300, y: next() * 200, halfWidth: 20 + next() * 60, halfHeight: 10 + next() * 8)
        }
    }

    func overlaps(_ boxes: [NodeBox], gap: Double) -> Int {
        var n = 0
        NodeBox.forEachOverlap(boxes, gap: gap) { _, _, _, _ in n += 1 }
        return n
    }

    @Test(arguments: [2, 50, 400]) func spreadingClearsEveryOverlapAndPullsPilesApart(_ n: Int) {
        let before = Self.crowd(n, seed: UInt64(n))
        #expect(overlaps(before, gap: 24) > 0)
        var after = before
        let frame = NodeBox.spread(&after, gap: 24)
        #expect(overlaps(after, gap: 24) == 0)
        #expect(frame.x0 <= after.map { $0.x - $0.halfWidth }.min()! && frame.y1 >= after.map { $0.y + $0.halfHeight }.max()!)
        // The piles at the origin were pulled apart.
        let piled = after.indices.filter { $0 % 17 == 0 || $0 == 1 }.map { after[$0] }
        #expect(Set(piled.map { "\($0.x),\($0.y)" }).count == piled.count)
    }

    @Test(arguments: [3, 50, 400]) func spreadingTakesNoMoreRoomThanUniformScaling(_ n: Int) {
        let before = Self.crowd(n, seed: UInt64(n), piles: false)
        var after = before
        let frame = NodeBox.spread(&after, gap: 24)
        #expect(overlaps(after, gap: 24) == 0)
        var uniform = 1.0
        NodeBox.forEachOverlap(before, gap: 24) { a, b, dx, dy in
            let sx = dx == 0 ? .infinity : (before[a].halfWidth + before[b].halfWidth + 24) / abs(dx)
            let sy = dy == 0 ? .infinity : (before[a].halfHeight + before[b].halfHeight + 24) / abs(dy)
            uniform = max(uniform, min(sx, sy))
        }
        func area(_ f: (x0: Double, y0: Double, x1: Double, y1: Double)) -> Double { (f.x1 - f.x0) * (f.y1 - f.y0) }
        let scaled = before.map { NodeBox(x: $0.x * uniform, y: $0.y * uniform, halfWidth: $0.halfWidth, halfHeight: $0.halfHeight) }
        let plain = (scaled.map { $0.x - $0.halfWidth }.min()!, scaled.map { $0.y - $0.halfHeight }.min()!,
                     scaled.map { $0.x + $0.halfWidth }.max()!, scaled.map { $0.y + $0.halfHeight }.max()!)
        // Graphviz's overlap=scale: the one factor that clears the closest pair.
        #expect(area(frame) <= area(plain) * 1.01, "\(area(frame)) vs \(area(plain))")
    }

    /// A layout whose closest pair nearly touches: uniform scaling would blow the whole picture up for it.
    @Test func oneCrampedPairDoesNotSpreadTheWholePicture() {
        var boxes = (0..<40).map { i in NodeBox(x: Double(i % 8) * 150, y: Double(i / 8) * 60, halfWidth: 50, halfHeight: 15) }
        boxes.append(NodeBox(x: boxes[0].x + 0.5, y: boxes[0].y, halfWidth: 50, halfHeight: 15))
        let width = boxes.map { $0.x }.max()! - boxes.map { $0.x }.min()!
        NodeBox.spread(&boxes, gap: 24)
        #expect(overlaps(boxes, gap: 24) == 0)
        let spreadWidth = boxes.map { $0.x }.max()! - boxes.map { $0.x }.min()!
        #expect(spreadWidth < 3 * width, "\(width) → \(spreadWidth) (uniform scaling: × 248)")
    }

    @Test func spreadingIsExactlyRepeatable() {
        var a = Self.crowd(300, seed: 9), b = Self.crowd(300, seed: 9)
        NodeBox.spread(&a, gap: 24)
        NodeBox.spread(&b, gap: 24)
        #expect(a == b)
    }

    /// Layouts a force engine leaves when it has nothing to go on: every box on one point, on one line, a pile
    /// beside a box one point to its right (where the old one-point shift landed a piled box on it), labels
    /// far wider than the picture, centres that are not numbers.
    static func box(_ x: Double, _ y: Double, _ w: Double = 20, _ h: Double = 10) -> NodeBox {
        NodeBox(x: x, y: y, halfWidth: w, halfHeight: h)
    }

    static let degenerate: [(String, [NodeBox])] = {
        var cases: [(String, [NodeBox])] = []
        cases.append(("one point", (0..<200).map { _ in box(5, 5, 30) }))
        cases.append(("one row", (0..<150).map { i in box(Double(i % 7), 0, 40) }))
        cases.append(("one column", (0..<150).map { i in box(0, Double(i) * 0.5, 40) }))
        cases.append(("pile beside a box", [box(0, 0), box(0, 0), box(1, 0), box(0, 0)]))
        var huge: [NodeBox] = []
        for i in 0..<60 {
            let width: Double = 1e5 * Double(1 + i % 4)
            huge.append(box(Double(i % 3), Double(i / 3 % 2), width, 900))
        }
        cases.append(("huge labels", huge))
        cases.append(("not numbers", [box(.nan, .nan), box(.infinity, 0), box(0, 0)]))
        cases.append(("one box", [box(3, 4, 0, 0)]))
        cases.append(("none", []))
        return cases
    }()

    @Test(arguments: 0..<degenerate.count) func degenerateLayoutsSpreadWithoutOverlapOrInfinity(_ k: Int) {
        let (name, before) = Self.degenerate[k]
        var after = before
        let frame = NodeBox.spread(&after, gap: 24)
        #expect(after.count == before.count)
        #expect(after.allSatisfy { $0.x.isFinite && $0.y.isFinite }, "\(name)")
        #expect(overlaps(after, gap: 24) == 0, "\(name)")
        #expect([frame.x0, frame.y0, frame.x1, frame.y1].allSatisfy { $0.isFinite }, "\(name)")
        // Every centre is its own, and the sizes are untouched.
        #expect(Set(after.map { "\($0.x),\($0.y)" }).count == after.count, "\(name)")
        #expect(after.map(\.halfWidth) == before.map(\.halfWidth))
        var again = before
        NodeBox.spread(&again, gap: 24)
        #expect(again == after, "\(name): not repeatable")
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
