/// Lists introduced by a colon: the words before the colon govern every item after it (DESIGN §4).
///
/// "The General Assembly took note of the following resolutions and decisions:" then one item a line,
/// a block or a `;`-separated clause: each item is `takes-note-of`, although no item repeats the verb.
enum ListLeadIn {
    /// The colon that introduces the list holding `clause`, when the clause is a later `;`-separated item
    /// of the same sentence ("took note of the following: (a) the report (A/1); (b) the note (A/2)").
    static func colon(_ t: UnsafeBufferPointer<UInt8>, clause: Int, floor: Int) -> Int? {
        let sentence = ByteText.unitStart(t, clause, floor: floor, semicolons: false)
        guard sentence < clause, semicolon(before: clause, t, floor: sentence) != nil else { return nil }
        var depth = 0, inQuote = false, found: Int?
        for i in sentence..<clause {
            switch t[i] {
            case 0x28: depth += 1
            case 0x29: depth = max(0, depth - 1)
            case 0x22: inQuote.toggle()
            case 0x3A where depth == 0 && !inQuote: found = i
            default: break
            }
        }
        return found
    }

    /// The `;` just before `clause` (blanks between), if that is what opened it.
    static func semicolon(before clause: Int, _ t: UnsafeBufferPointer<UInt8>, floor: Int) -> Int? {
        var p = clause - 1
        while p > floor, t[p].isSpace || t[p] == 0xA0 || t[p] == 0xC2 { p -= 1 }
        return p >= floor && p < t.count && t[p] == 0x3B ? p : nil
    }

    /// Open parentheses at `end`, counted from `from`.
    static func depth(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var depth = 0
        for i in from..<end { if t[i] == 0x28 { depth += 1 } else if t[i] == 0x29, depth > 0 { depth -= 1 } }
        return depth
    }

    /// The colon a block ends with.
    static func lastColon(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var e = min(r.upperBound, t.count)
        while e > r.lowerBound, t[e - 1].isSpace { e -= 1 }
        return e > r.lowerBound && t[e - 1] == 0x3A ? e - 1 : nil
    }

    /// How many blocks back a lead-in may stand (a decision listing 77 resolutions, one a block).
    static let reach = 200
    /// Longer blocks are paragraphs of their own, not items ("Resolution 79/1 on the work of ..." is short).
    static let itemLength = 400

    /// The block whose closing colon introduces the list `blocks[index]` is an item of: the blocks between
    /// are items too (none ends a sentence), and all are unnumbered blocks or sub-paragraphs of the lead-in,
    /// so paragraph 6 of a resolution is never an item of paragraph 5's "(a) ... (b) ..." list.
    static func block(_ t: UnsafeBufferPointer<UInt8>, blocks: [Block], index: Int) -> Block? {
        guard blocks.indices.contains(index), blocks[index].range.count <= itemLength else { return nil }
        var ids = [blocks[index].id]
        var j = index - 1
        while j >= 0, index - j <= reach {
            let b = blocks[j]
            j -= 1
            if b.kind == .footnote { continue }
            var e = min(b.range.upperBound, t.count)
            while e > b.range.lowerBound, t[e - 1].isSpace { e -= 1 }
            guard e > b.range.lowerBound else { continue }
            switch t[e - 1] {
            case 0x3A: return ids.allSatisfy { isItem($0, of: b.id) } ? b : nil
            case 0x2E, 0x3F, 0x21: return nil
            default:
                // An item cites something: a block without a digit is a heading or a title column ("General
                // Assembly resolutions", "Decolonization"), and the list before it is another one.
                guard b.range.count <= itemLength || b.id == blocks[index].id,
                      (b.range.lowerBound..<e).contains(where: { t[$0].isDigit }) else { return nil }
                ids.append(b.id)
            }
        }
        return nil
    }

    /// `id` can be an item of the list that block `lead` opens: the same paragraph, one of its
    /// sub-paragraphs ("5(a)"), an unnumbered block ("b14") or a heading ("h3").
    static func isItem(_ id: String, of lead: String) -> Bool {
        if id == lead || id.hasPrefix(lead + "(") { return true }
        let last = id.split(separator: ".").last.map(String.init) ?? id
        guard let first = last.first, first == "b" || first == "h" else { return false }
        return last.count > 1 && last.dropFirst().allSatisfy(\.isNumber)
    }
}
