/// Aligns the paragraphs of a resolution with its predecessor's (DESIGN §9, `xref diff`): preambular with
/// preambular and operative with operative, in order, pairing paragraphs whose words are alike (a
/// Needleman-Wunsch alignment with no gap cost, pairs below `threshold` not allowed); a pair out of order
/// is `moved`; the rest `added` or `deleted`. A modified pair carries the words taken out and put in.
public struct DiffRow: Sendable, Hashable {
    public enum Op: String, Sendable { case same, modified, added, deleted, moved }
    public var old: String
    public var new: String
    public var op: Op
    /// Dice similarity of the two paragraphs' words, 0...1 (1 for `same`, 0 for added and deleted).
    public var similarity: Double
    /// The changed words: "-seventy-ninth +eighty-first".
    public var changes: String
    /// The paragraph as a redline: "[-removed-] {+inserted+}" in the new text.
    public var redline: String
}

public enum ResolutionDiff {
    public struct Paragraph: Sendable { public var id: String; public var kind: Block.Kind; public var text: String }
    static let threshold = 0.5

    /// The preambular and operative paragraphs of a text, pieces of one id joined, without their labels.
    public static func paragraphs(_ text: [UInt8], blocks: [Block]) -> [Paragraph] {
        var out: [Paragraph] = []
        for b in blocks where b.kind == .preamble || b.kind == .operative {
            let s = String(decoding: text[b.range.clamped(to: 0..<text.count)], as: UTF8.self)
            var words = s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if let first = words.first, first.hasSuffix("."), first.dropLast().allSatisfy(\.isNumber) { words.removeFirst() }
            if let first = words.first, first.hasPrefix("("), first.hasSuffix(")"), first.count <= 6 { words.removeFirst() }
            let joined = words.joined(separator: " ")
            if let last = out.last, last.id == b.id { out[out.count - 1].text += " " + joined } else { out.append(Paragraph(id: b.id, kind: b.kind, text: joined)) }
        }
        return out
    }

    public static func align(_ old: [Paragraph], _ new: [Paragraph]) -> [DiffRow] {
        var rows: [DiffRow] = []
        for kind in [Block.Kind.preamble, .operative] {
            rows += alignKind(old.filter { $0.kind == kind }, new.filter { $0.kind == kind })
        }
        return rows
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "/" }).map(String.init)
    }

    static func dice(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for w in a { counts[w, default: 0] += 1 }
        var common = 0
        for w in b { if let n = counts[w], n > 0 { counts[w] = n - 1; common += 1 } }
        return 2 * Double(common) / Double(a.count + b.count)
    }

    static func alignKind(_ old: [Paragraph], _ new: [Paragraph]) -> [DiffRow] {
        let ow = old.map { words($0.text) }, nw = new.map { words($0.text) }
        var sim = [[Double]](repeating: [Double](repeating: 0, count: new.count), count: old.count)
        for i in old.indices { for j in new.indices { sim[i][j] = dice(ow[i], nw[j]) } }
        // best[i][j]: the most similarity to gain aligning old[i...] with new[j...] in order.
        var best = [[Double]](repeating: [Double](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                let pair = sim[i][j] >= threshold ? sim[i][j] + best[i + 1][j + 1] : -1
                best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < old.count, j < new.count {
            if sim[i][j] >= threshold, best[i][j] == sim[i][j] + best[i + 1][j + 1] { pairs.append((i, j)); i += 1; j += 1 }
            else if best[i][j] == best[i + 1][j] { i += 1 } else { j += 1 }
        }
        var pairedOld = Set(pairs.map(\.0)), pairedNew = Set(pairs.map(\.1))
        // Out of order: an unpaired old paragraph most like an unpaired new one.
        var moved: [(Int, Int)] = []
        for a in old.indices where !pairedOld.contains(a) {
            if let b = new.indices.filter({ !pairedNew.contains($0) && sim[a][$0] >= threshold }).max(by: { sim[a][$0] < sim[a][$1] }) {
                moved.append((a, b)); pairedOld.insert(a); pairedNew.insert(b)
            }
        }
        var rows: [(order: Int, row: DiffRow)] = []
        for (a, b) in pairs + moved {
            let isMoved = moved.contains { $0 == (a, b) }
            let same = old[a].text == new[b].text
            let (changes, redline) = same ? ("", new[b].text) : wordDiff(old[a].text, new[b].text)
            rows.append((b * 2 + 1, DiffRow(old: old[a].id, new: new[b].id, op: isMoved ? .moved : same ? .same : .modified,
                                            similarity: (sim[a][b] * 100).rounded() / 100, changes: changes, redline: redline)))
        }
        for b in new.indices where !pairedNew.contains(b) {
            rows.append((b * 2 + 1, DiffRow(old: "", new: new[b].id, op: .added, similarity: 0, changes: "", redline: "{+" + new[b].text + "+}")))
        }
        // A deleted paragraph stands just before the new paragraph that follows its old neighbour.
        for a in old.indices where !pairedOld.contains(a) {
            let next = pairs.first { $0.0 > a }?.1 ?? new.count
            rows.append((next * 2, DiffRow(old: old[a].id, new: "", op: .deleted, similarity: 0, changes: "", redline: "[-" + old[a].text + "-]")))
        }
        return rows.sorted { $0.order < $1.order }.map(\.row)
    }

    /// Word-level longest common subsequence: the words out and in, and the new text marked up.
    static func wordDiff(_ a: String, _ b: String) -> (String, String) {
        let x = a.split(separator: " ").map(String.init), y = b.split(separator: " ").map(String.init)
        var l = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                l[i][j] = x[i] == y[j] ? l[i + 1][j + 1] + 1 : max(l[i + 1][j], l[i][j + 1])
            }
        }
        var changes: [String] = [], red: [String] = []
        var out: [String] = [], ins: [String] = []
        func flush() {
            if !out.isEmpty { changes.append("-" + out.joined(separator: " ")); red.append("[-" + out.joined(separator: " ") + "-]") }
            if !ins.isEmpty { changes.append("+" + ins.joined(separator: " ")); red.append("{+" + ins.joined(separator: " ") + "+}") }
            out = []; ins = []
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { flush(); red.append(y[j]); i += 1; j += 1 }
            else if j < y.count, i == x.count || l[i][j + 1] >= l[i + 1][j] { ins.append(y[j]); j += 1 }
            else { out.append(x[i]); i += 1 }
        }
        flush()
        return (changes.joined(separator: " "), red.joined(separator: " "))
    }
}
