import CGraphviz
import Foundation

/// Layouts other than dot and fdp (sfdp, neato, twopi, circo), in two passes.
///
/// The layout runs with overlaps left in. Its positions, rounded to a hundredth of a point (sfdp's differ
/// in the last float digits from run to run), are spread apart by `NodeBox.spread`, one connected component
/// at a time, and the components packed by Graphviz's `putRects`. Graphviz's own `overlap=scale` keeps a
/// table of all node pairs (1.3 GB for the corpus's 12,609 nodes) and prism does not repeat. Clusters, which
/// these layouts ignore, are boxed around each document's nodes, the legend is put above the picture, and
/// nop2 draws it all with every node pinned and edges routed as the layout asked.
extension Graphviz {
    static func layOutForce(_ gvc: OpaquePointer, _ built: Built, _ picture: Picture, _ format: OutputFormat) throws {
        let g = built.graph
        set(g, "overlap", "true")
        guard gvLayout(gvc, g, picture.layout) == 0 else { throw failure(format, "layout \(picture.layout) failed") }
        var boxes = built.nodes.map { $0.map(box) ?? NodeBox(x: 0, y: 0, halfWidth: 0, halfHeight: 0) }
        gvFreeLayout(gvc, g)
        spreadAndPack(&boxes, picture.components())
        placeLegend(built, picture, &boxes)
        for (index, node) in built.nodes.enumerated() {
            if let node { set(node, "pos", String(format: "%.2f,%.2f", boxes[index].x, boxes[index].y)) }
        }
        boxClusters(built, picture, boxes)
        set(g, "layout", "nop2") // gvLayout obeys the graph's own layout attribute over its argument
        guard gvLayout(gvc, g, "nop2") == 0 else { throw failure(format, "layout \(picture.layout) failed (nop2 pass)") }
    }

    private static func spreadAndPack(_ boxes: inout [NodeBox], _ components: [[Int]]) {
        var frames: [boxf] = []
        for members in components {
            var part = members.map { boxes[$0] }
            let frame = NodeBox.spread(&part, gap: Picture.nodeGap)
            for (k, i) in members.enumerated() { boxes[i] = part[k] }
            frames.append(boxf(LL: pointf(x: frame.x0, y: frame.y0), UR: pointf(x: frame.x1, y: frame.y1)))
        }
        guard components.count > 1 else { return }
        var info = pack_info(aspect: 1, sz: 0, margin: UInt32(Picture.nodeGap), doSplines: 0, mode: l_graph,
                             fixed: nil, vals: nil, flags: 0)
        guard let shifts = putRects(Int32(frames.count), &frames, &info) else { return }
        for (c, members) in components.enumerated() {
            for i in members { boxes[i].x += Double(shifts[c].x); boxes[i].y += Double(shifts[c].y) }
        }
        free(shifts)
    }

    /// Each cluster's `bb`: the box around its nodes, with room for its label, which nop2 draws as dot would.
    private static func boxClusters(_ built: Built, _ picture: Picture, _ boxes: [NodeBox]) {
        var bounds = [(x0: Double, y0: Double, x1: Double, y1: Double)?](repeating: nil, count: built.clusters.count)
        for (index, b) in boxes.enumerated() {
            guard let c = built.clusterOfNode[index] else { continue }
            let (x0, y0, x1, y1) = (b.x - b.halfWidth, b.y - b.halfHeight, b.x + b.halfWidth, b.y + b.halfHeight)
            bounds[c] = bounds[c].map { (min($0.x0, x0), min($0.y0, y0), max($0.x1, x1), max($0.y1, y1)) } ?? (x0, y0, x1, y1)
        }
        for (index, sub) in built.clusters.enumerated() {
            guard let b = bounds[index], let sub else { continue }
            // Room for the label on top: 10 pt text, about 0.6 em a character (Graphviz pads it by 8 pt).
            let margin = 6.0, label = picture.clusters[index].label
            let top = label.isEmpty ? margin : margin + 13
            let right = max(b.x1 + margin, b.x0 - margin + Double(label.count) * 6 + 8)
            set(sub, "bb", String(format: "%.2f,%.2f,%.2f,%.2f", b.x0 - margin, b.y0 - margin, right, b.y1 + top))
        }
    }

    /// The legend goes above the top left corner of the spread layout, at a size that stays legible when the
    /// whole picture is shrunk to about 3,000 points (a 4,000-pixel PNG): packed as a component of its own it
    /// landed anywhere, as small as a node, and a corpus picture is shrunk to 1 %.
    private static func placeLegend(_ built: Built, _ picture: Picture, _ boxes: inout [NodeBox]) {
        guard let last = picture.nodes.indices.last, picture.nodes[last].htmlLabel != nil,
              let node = built.nodes[last], boxes.count > 1 else { return }
        let others = boxes.dropLast()
        let x0 = others.map { $0.x - $0.halfWidth }.min()!, x1 = others.map { $0.x + $0.halfWidth }.max()!
        let y0 = others.map { $0.y - $0.halfHeight }.min()!, y1 = others.map { $0.y + $0.halfHeight }.max()!
        let side = max(x1 - x0, y1 - y0)
        let size = min(255, max(picture.legendPointSize, Int(side / 300))) // Graphviz ignores POINT-SIZE above 255
        let html = picture.legend(pointSize: size)
        setHTMLLabel(built.graph, node, html)
        // Graphviz sizes the table when it draws; estimated here: a row is about 1.45 em high, a character
        // about 0.62 em wide, with 2 em of swatch and 2.5 em of cell padding (the legend of text/sc-resolutions:
        // 22.6 em by 11.6 em, estimated 23.1 by 12.8).
        let rows = html.components(separatedBy: "<TR>").dropFirst()
        let widest = rows.map { row in
            var inTag = false, count = 0
            for c in row { if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { count += 1 } }
            return count
        }.max() ?? 0
        let half = (width: (0.62 * Double(widest) + 4.5) * Double(size) / 2, height: 0.8 * Double(size) * Double(rows.count))
        boxes[last] = NodeBox(x: (x0 + half.width).rounded(), y: (y1 + Picture.nodeGap + half.height).rounded(),
                              halfWidth: half.width, halfHeight: half.height)
    }

    /// A laid-out node's centre and half sizes in points, rounded to a hundredth of a point.
    static func box(_ node: UnsafeMutablePointer<Agnode_t>) -> NodeBox {
        var x = 0.0, y = 0.0, w = 0.0, h = 0.0
        cgv_node_box(node, &x, &y, &w, &h)
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return NodeBox(x: r(x), y: r(y), halfWidth: r(w / 2), halfHeight: r(h / 2))
    }
}

/// A node's box in a layout: centre and half sizes, in points.
struct NodeBox: Equatable {
    var x: Double, y: Double
    var halfWidth: Double, halfHeight: Double

    /// Moves the boxes apart until `gap` points separate every pair, keeping the shape of the layout; rounds
    /// the centres to a hundredth of a point and returns the frame around the boxes.
    ///
    /// The smallest uniform factor that clears every pair (Graphviz's `overlap=scale`) is set by the closest
    /// pair: two nodes half a point apart multiply the whole picture by 250. So pairs still too close are
    /// pushed apart along the line between their centres (in a crowd, after scaling by the factor that clears
    /// nine pairs in ten), and only what still overlaps after that is cleared by a last uniform factor; plain
    /// uniform scaling is kept where it gives the smaller picture. Boxes with the same centre are first set
    /// 1 pt apart (`separateCoincident`).
    @discardableResult
    static func spread(_ boxes: inout [NodeBox], gap: Double) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        separateCoincident(&boxes)
        // The factors, counted in buckets 1 % wide (a corpus has tens of millions of overlapping pairs).
        var buckets = [Int](repeating: 0, count: 1000), pairs = 0, uniform = 1.0
        forEachOverlap(boxes, gap: gap) { a, b, dx, dy in
            let f = clearing(boxes[a], boxes[b], dx, dy, gap)
            buckets[min(buckets.count - 1, Int(min(log(max(f, 1)) * 100, Double(buckets.count))))] += 1
            pairs += 1
            uniform = max(uniform, f)
        }
        if pairs > 0 {
            let original = boxes
            // A few cramped pairs are pushed apart where they are; a crowd is first spread by the factor that
            // clears nine pairs in ten.
            if pairs > boxes.count {
                var seen = 0
                let bucket = buckets.firstIndex { seen += $0; return seen * 10 >= pairs * 9 } ?? 0
                scale(&boxes, by: exp(Double(bucket + 1) / 100))
            }
            push(&boxes, gap: gap, budget: 2000 * boxes.count)
            separateCoincident(&boxes) // pushes that met head on may have left two centres on one point
            var last = 1.0
            forEachOverlap(boxes, gap: gap) { a, b, dx, dy in last = max(last, clearing(boxes[a], boxes[b], dx, dy, gap)) }
            scale(&boxes, by: last * 1.001) // and rounding cannot bring a pair back into contact
            // Where pushing did not get far, plain uniform spreading may still be the smaller picture.
            var plain = original
            scale(&plain, by: uniform * 1.001)
            if area(plain) < area(boxes) { boxes = plain }
        }
        for i in boxes.indices {
            boxes[i].x = (boxes[i].x * 100).rounded() / 100
            boxes[i].y = (boxes[i].y * 100).rounded() / 100
        }
        return (boxes.map { $0.x - $0.halfWidth }.min() ?? 0, boxes.map { $0.y - $0.halfHeight }.min() ?? 0,
                boxes.map { $0.x + $0.halfWidth }.max() ?? 0, boxes.map { $0.y + $0.halfHeight }.max() ?? 0)
    }

    private static func area(_ boxes: [NodeBox]) -> Double {
        let w = (boxes.map { $0.x + $0.halfWidth }.max() ?? 0) - (boxes.map { $0.x - $0.halfWidth }.min() ?? 0)
        let h = (boxes.map { $0.y + $0.halfHeight }.max() ?? 0) - (boxes.map { $0.y - $0.halfHeight }.min() ?? 0)
        return w * h
    }

    /// The factor by which the distance between two centres must grow for their boxes to clear. Two boxes
    /// that share an x (or a y) clear along the other axis; centres on one point never reach here
    /// (`separateCoincident`), and would count as needing the largest finite factor rather than infinity,
    /// which no bucket, scale or integer can take.
    private static func clearing(_ a: NodeBox, _ b: NodeBox, _ dx: Double, _ dy: Double, _ gap: Double) -> Double {
        let sx = dx == 0 ? Double.infinity : (a.halfWidth + b.halfWidth + gap) / abs(dx)
        let sy = dy == 0 ? Double.infinity : (a.halfHeight + b.halfHeight + gap) / abs(dy)
        let f = min(sx, sy)
        return f.isFinite ? f : .greatestFiniteMagnitude
    }

    /// Gives every box a centre of its own: a box whose centre another already has moves right, a point at a
    /// time, to the first free point (so a pile of n boxes becomes a row, never two on one point, whatever
    /// else lies on that row). Coordinates that are not numbers (a layout given nothing to go on) become 0.
    /// Stable: boxes are visited in order of centre, then index.
    static func separateCoincident(_ boxes: inout [NodeBox]) {
        struct Point: Hashable { var x: Double, y: Double }
        for i in boxes.indices {
            if !boxes[i].x.isFinite { boxes[i].x = 0 }
            if !boxes[i].y.isFinite { boxes[i].y = 0 }
        }
        let order = boxes.indices.sorted { (boxes[$0].x, boxes[$0].y, $0) < (boxes[$1].x, boxes[$1].y, $1) }
        var taken = Set<Point>(minimumCapacity: boxes.count)
        var clash = false
        for i in order where !taken.insert(Point(x: boxes[i].x, y: boxes[i].y)).inserted { clash = true }
        guard clash else { return }
        taken.removeAll(keepingCapacity: true)
        for i in order {
            var p = Point(x: boxes[i].x, y: boxes[i].y)
            // A step of one point, or more where one point is lost in the float's precision (x ≈ 1e17).
            let step = max(1, p.x.ulp * 2)
            while taken.contains(p) { p.x += step }
            taken.insert(p)
            boxes[i].x = p.x
        }
    }

    private static func scale(_ boxes: inout [NodeBox], by factor: Double) {
        guard factor > 1, factor.isFinite else { return }
        for i in boxes.indices { boxes[i].x *= factor; boxes[i].y *= factor }
    }

    /// Up to 100 rounds: each pair still too close is pushed apart along the line between its centres, a
    /// little past clearing; each box moves by the mean of its pushes. Stops when `budget` pushes are spent
    /// (crowds are left to the last uniform factor).
    private static func push(_ boxes: inout [NodeBox], gap: Double, budget: Int) {
        var shift = [(x: Double, y: Double, n: Double)](repeating: (0, 0, 0), count: boxes.count)
        var spent = 0
        for _ in 0..<100 where spent < budget {
            var moved = false
            forEachOverlap(boxes, gap: gap) { a, b, dx, dy in
                let distance = (dx * dx + dy * dy).squareRoot()
                guard distance > 0 else { return }
                let apart = (clearing(boxes[a], boxes[b], dx, dy, gap) * 1.02 - 1) * distance / 2 + 0.5
                let (ux, uy) = (dx / distance * apart, dy / distance * apart)
                shift[a].x -= ux; shift[a].y -= uy; shift[a].n += 1
                shift[b].x += ux; shift[b].y += uy; shift[b].n += 1
                moved = true
                spent += 1
            }
            guard moved else { return }
            for i in boxes.indices where shift[i].n > 0 {
                boxes[i].x += shift[i].x / shift[i].n
                boxes[i].y += shift[i].y / shift[i].n
                shift[i] = (0, 0, 0)
            }
        }
    }

    /// Calls `body(a, b, dx, dy)` for every pair of boxes less than `gap` apart, with the vector from a's
    /// centre to b's. A sweep along x: each box meets only those whose x extent reaches it.
    static func forEachOverlap(_ boxes: [NodeBox], gap: Double, _ body: (Int, Int, Double, Double) -> Void) {
        let order = boxes.indices.sorted {
            (boxes[$0].x - boxes[$0].halfWidth, $0) < (boxes[$1].x - boxes[$1].halfWidth, $1)
        }
        var active: [Int] = []
        for i in order {
            let b = boxes[i]
            let left = b.x - b.halfWidth - gap
            active.removeAll { boxes[$0].x + boxes[$0].halfWidth <= left }
            for j in active {
                let a = boxes[j]
                let dx = b.x - a.x, dy = b.y - a.y
                if abs(dx) < a.halfWidth + b.halfWidth + gap && abs(dy) < a.halfHeight + b.halfHeight + gap {
                    body(j, i, dx, dy)
                }
            }
            active.append(i)
        }
    }
}
