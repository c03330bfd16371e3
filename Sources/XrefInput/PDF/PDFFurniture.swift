import Foundation

/// Page furniture: what a printed UN document repeats on its pages and is not text of the document —
/// running headers and footers (the symbol, job number, page marks `3/27`), barcodes `*2600248*`,
/// date stamps. Found by pattern (job numbers, barcodes, page numbers) and by repetition across pages of
/// the same parity (UN documents alternate headers on odd and even pages), only in the page margins.
enum PDFFurniture {
    /// Marks furniture rows; returns the masthead symbol when later pages repeat it as running header
    /// (`A/80/590`): the document's own symbol, as the printed document states it.
    @discardableResult
    static func mark(_ pages: inout [[PDFRow]], sizes: [(w: Double, h: Double)]) -> [String] {
        // Repetition: the same margin text (digits ignored) on many pages of one parity.
        var seen: [[UInt8]: (even: Set<Int>, odd: Set<Int>)] = [:]
        for (p, rows) in pages.enumerated() {
            for r in rows where zone(r, sizes[p]) != nil {
                var e = seen[key(r.text)] ?? ([], [])
                if p % 2 == 0 { e.even.insert(p) } else { e.odd.insert(p) }
                seen[key(r.text)] = e
            }
        }
        let evenPages = (pages.count + 1) / 2, oddPages = pages.count / 2
        // The masthead symbol of page 1 returns as the running header of the later pages.
        let masthead = Set((pages.first ?? []).filter { zone($0, sizes[0]) == .top }.map { key($0.text) })

        var repeated = Set<[UInt8]>()
        for p in pages.indices {
            for j in pages[p].indices {
                let r = pages[p][j]
                guard let z = zone(r, sizes[p]) else { continue }
                if byPattern(r.text, edge: edge(r, sizes[p])) { pages[p][j].furniture = true; continue }
                if p == 0 && z == .top { continue }   // the masthead is text of the document
                let k = key(r.text)
                if p > 0 && z == .top && masthead.contains(k) { pages[p][j].furniture = true; repeated.insert(k); continue }
                guard let e = seen[k] else { continue }
                let (count, of) = p % 2 == 0 ? (e.even.count, evenPages) : (e.odd.count, oddPages)
                if count >= 2 && Double(count) >= 0.4 * Double(of) { pages[p][j].furniture = true }
            }
        }
        var symbols: [String] = []
        for r in pages.first ?? [] where zone(r, sizes[0]) == .top && repeated.contains(key(r.text)) {
            let t = String(decoding: r.text, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if t.contains("/") && t.count <= 40 && !symbols.contains(t) { symbols.append(t) }
        }
        return symbols
    }

    enum Zone { case top, bottom, side }

    private static func zone(_ r: PDFRow, _ size: (w: Double, h: Double)) -> Zone? {
        guard size.h > 0 else { return nil }
        if r.bottom <= 0.11 * size.h { return .top }
        if r.top >= 0.89 * size.h { return .bottom }
        if r.x1 <= 0.1 * size.w || r.x0 >= 0.9 * size.w { return .side }
        return nil
    }

    /// Rows at the very edge of the page, where a bare number can only be a page number.
    private static func edge(_ r: PDFRow, _ size: (w: Double, h: Double)) -> Bool {
        r.bottom <= 0.08 * size.h || r.top >= 0.92 * size.h
    }

    /// Digits folded so page numbers and job numbers of different pages compare equal.
    private static func key(_ t: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        for b in t {
            if (0x30...0x39).contains(b) { if out.last != 0x23 { out.append(0x23) } }
            else if b == 0x09 || b == 0x20 { if out.last != 0x20 { out.append(0x20) } }
            else { out.append(b) }
        }
        return out
    }

    /// Every token is furniture: job number `26-00248`, `GE.17-18648(E)`, `(E)`, date stamp `160126`,
    /// barcode `*2600248*`, page mark `3/27`, and (at the page edge) a bare page number.
    static func byPattern(_ t: [UInt8], edge: Bool) -> Bool {
        var strong = false
        var any = false
        for tok in t.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            any = true
            let tok = Array(tok)
            if isJobNumber(tok) || isBarcode(tok) || isPageMark(tok) { strong = true; continue }
            if tok.count == 3 && tok[0] == 0x28 && tok[2] == 0x29 && (0x41...0x5A).contains(tok[1]) { continue }
            if tok.count == 6 && tok.allSatisfy(isDigit) { if edge { strong = true }; continue }   // date stamp
            if edge && tok.count <= 4 && tok.allSatisfy(isDigit) { strong = true; continue }
            if tok == Array("Please".utf8) || tok == Array("recycle".utf8) { continue }
            return false
        }
        return any && strong
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

    /// `26-00248`, `25-12345(E)`, `26-01035*`, `24-22530X`, `GE.17-18648(E)`, `V.17-01234`, `N2512345`.
    static func isJobNumber(_ t: [UInt8]) -> Bool {
        var i = 0
        while i < t.count && (0x41...0x5A).contains(t[i]) && i < 3 { i += 1 }
        if i > 0 && i < t.count && t[i] == 0x2E { i += 1 }
        let digitsStart = i
        while i < t.count && isDigit(t[i]) { i += 1 }
        let lead = i - digitsStart
        if lead == 2 && i < t.count && t[i] == 0x2D {
            i += 1
            let s = i
            while i < t.count && isDigit(t[i]) { i += 1 }
            guard i - s == 5 else { return false }
        } else if !(digitsStart > 0 && lead == 7) {
            return false
        }
        // A reissue star or a revision letter, then the language in brackets.
        if i < t.count && (t[i] == 0x2A || (0x41...0x5A).contains(t[i])) { i += 1 }
        if i == t.count { return true }
        return t.count - i == 3 && t[i] == 0x28 && t[i + 2] == 0x29
    }

    static func isBarcode(_ t: [UInt8]) -> Bool {
        t.count >= 6 && t.first == 0x2A && t.last == 0x2A && t.dropFirst().dropLast().allSatisfy { isDigit($0) || (0x41...0x5A).contains($0) }
    }

    /// `3/27`: page 3 of 27.
    static func isPageMark(_ t: [UInt8]) -> Bool {
        guard let slash = t.firstIndex(of: 0x2F), slash > 0, slash < t.count - 1 else { return false }
        let a = t[..<slash], b = t[(slash + 1)...]
        guard a.count <= 4, b.count <= 4, a.allSatisfy(isDigit), b.allSatisfy(isDigit) else { return false }
        // A page never exceeds the page count.
        return Int(String(decoding: a, as: UTF8.self))! <= Int(String(decoding: b, as: UTF8.self))!
    }
}
