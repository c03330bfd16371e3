/// A `mandated-by` edge: what the text says was done, and the resolution or decision it was done under.
public struct MandateEdge: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The document being read ("The present report has been prepared pursuant to ...").
        case document
        /// A document the sentence says was produced ("UNODC prepared a report ... (A/74/130)").
        case symbol(String)
    }
    public var source: Source
    /// The cited canonical key, `A/RES/74/177`.
    public var target: String
    public var relation: Relation
    /// Block id of the paragraph holding the evidence.
    public var paragraph: String
    /// Byte range of the sentence that states the mandate.
    public var sentence: Range<Int>

    public init(source: Source, target: String, relation: Relation, paragraph: String, sentence: Range<Int>) {
        self.source = source; self.target = target; self.relation = relation
        self.paragraph = paragraph; self.sentence = sentence
    }
}

/// Mandate edges (DESIGN §4), kept to what a sentence states outright.
///
/// A citation whose relation bears a mandate (`pursuant-to`, `requested-by`, ...; resolutions and
/// decisions only, a document mandates nothing) yields:
/// - an edge from the document itself when its sentence names the document ("the present report",
///   "this note", "has the honour to transmit"): the summary's "The present report has been prepared
///   pursuant to ..." and "The present report provides ..., as requested by ... resolution 74/177";
/// - an edge from each document symbol in the same sentence that the sentence says was produced: a
///   production verb (prepared, submitted, issued, ...) before the symbol ("UNODC prepared a report ...
///   (A/74/130)"), or a past participle after it and before the mandate ("S/2019/28 ..., which were
///   submitted pursuant to its resolutions 2451 (2018)").
/// Nothing else: "UNODC ... by preparing a report pursuant to resolution 71/326" names neither this
/// document nor a symbol for the report, so no edge; a mandate cited in one sentence never reaches a
/// document named in the next.
public enum Mandates {
    public static func edges(_ text: [UInt8], blocks: [Block], citations: [Citation]) -> [MandateEdge] {
        text.withUnsafeBufferPointer { edges($0, blocks: blocks, citations: citations) }
    }

    static func edges(_ t: UnsafeBufferPointer<UInt8>, blocks: [Block], citations: [Citation]) -> [MandateEdge] {
        let ordered = citations.sorted { $0.start < $1.start }
        var out: [MandateEdge] = []
        var seen = Set<MandateEdge>()
        // Citations of one sentence share its reading: a list of twenty resolutions reads it once.
        var read: (sentence: Range<Int>, itself: Bool, verbs: [(range: Range<Int>, participle: Bool)])?
        for c in ordered where c.relation.isMandate && c.type != .document && c.start < t.count {
            // A produced document answers a request; "implements", "establishes" and "extends" govern
            // activities and missions, not the papers named beside them.
            let producesDocuments = [.pursuantTo, .requestedBy, .inAccordanceWith, .inLineWith, .furtherTo].contains(c.relation)
            let block = enclosing(blocks, c.start)
            let floor = block?.range.lowerBound ?? 0
            let ceiling = min(t.count, block?.range.upperBound ?? t.count)
            let s = ByteText.unitStart(t, c.start, floor: floor, semicolons: false)
            let e = ByteText.sentenceEnd(t, max(c.end, s), limit: max(ceiling, c.end), floor: floor, semicolons: false)
            let sentence = s..<e
            let paragraph = c.paragraph.isEmpty ? (block?.id ?? "") : c.paragraph
            func add(_ source: MandateEdge.Source) {
                let edge = MandateEdge(source: source, target: c.symbol, relation: c.relation, paragraph: paragraph, sentence: sentence)
                if seen.insert(edge).inserted { out.append(edge) }
            }
            if read?.sentence != sentence { read = (sentence, namesItself(t, sentence), productionVerbs(t, sentence)) }
            let verbs = read!.verbs
            if read!.itself { add(.document) }
            guard producesDocuments, !verbs.isEmpty else { continue }
            // Only the citations inside the sentence: found by binary search in the sorted list, so a
            // document of one endless paragraph is not read once per citation (issue 11).
            for d in ordered[firstAtOrAfter(ordered, sentence.lowerBound)...].prefix(while: { $0.start < sentence.upperBound })
            where d.type == .document && d.symbol != c.symbol && !d.relation.isMandate && d.relation != .adoptedOnReportOf {
                // "X prepared ... (A/74/130)": the verb before the symbol, and no mandate citation in
                // between ("submitted pursuant to S/PRST/2020/4 ... and the report of OIOS (S/2020/236)").
                let active = verbs.contains { $0.range.upperBound <= d.start && !(c.start > $0.range.upperBound && c.start < d.start) }
                let passive = verbs.contains { $0.participle && $0.range.lowerBound >= d.end && $0.range.upperBound <= c.start }
                if active || passive { add(.symbol(d.symbol)) }
            }
        }
        return out
    }

    /// Index of the first citation starting at or after `pos` in citations sorted by start.
    static func firstAtOrAfter(_ sorted: [Citation], _ pos: Int) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let m = (lo + hi) / 2
            if sorted[m].start < pos { lo = m + 1 } else { hi = m }
        }
        return lo
    }

    static func enclosing(_ blocks: [Block], _ pos: Int) -> Block? {
        var lo = 0, hi = blocks.count - 1
        while lo <= hi {
            let m = (lo + hi) / 2
            if blocks[m].range.upperBound <= pos { lo = m + 1 }
            else if blocks[m].range.lowerBound > pos { hi = m - 1 }
            else { return blocks[m] }
        }
        return nil
    }

    /// How UN documents name themselves. "This report" is left out on purpose: the Editorial Manual has
    /// documents say "the present report", and "this report" points back at a report just mentioned
    /// ("Taking note of the report ... submitted pursuant to resolution 76/36, ... contributed to this report").
    static let selfReferences: [[UInt8]] = [
        "the present report", "the present note", "the present document", "the present addendum",
        "the present study", "the present paper", "has the honour to transmit", "has the honour to submit",
    ].map { Array($0.utf8) }

    /// Whether the sentence names the document being read.
    static func namesItself(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if t[i].isLetter, i == r.lowerBound || !t[i - 1].isAlnum {
                for p in selfReferences where t[i].lowered == p[0] {
                    if ByteText.match(t, i, r.upperBound, p) != nil { return true }
                }
            }
            i += 1
        }
        return false
    }

    static let verbs = WordSet("""
        prepared prepares prepare preparing submitted submits submit submitting issued presented presents \
        produced produces published publishes transmitted transmits circulated compiled released drafted finalized
        """.split(separator: " ").map { ByteText.hash(String($0)) })

    /// Production verbs in the sentence, and whether each is a past participle ("-ed").
    static func productionVerbs(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [(range: Range<Int>, participle: Bool)] {
        var found: [(range: Range<Int>, participle: Bool)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            guard t[i].isLetter, i == r.lowerBound || !t[i - 1].isAlnum else { i += 1; continue }
            let e = ByteText.wordEnd(t, i, r.upperBound)
            if verbs.contains(ByteText.hash(t, i, e)) {
                found.append((i..<e, t[e - 2].lowered == 0x65 && t[e - 1].lowered == 0x64))
            }
            i = max(e, i + 1)
        }
        return found
    }
}
