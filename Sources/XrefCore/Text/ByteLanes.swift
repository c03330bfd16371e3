/// Sixteen bytes judged at once, for the loops that skip what cannot start anything. Each scanner says
/// which bytes may matter, as a mask over the block at `i` and its neighbours one byte either side; the
/// scalar code then runs only at the bytes the mask admits.
struct ByteLanes {
    typealias Lanes = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    let before: Lanes, this: Lanes, next: Lanes, third: Lanes

    /// The block at `i`; needs `i >= 1` and `i + 18 <= count`.
    @inline(__always)
    init(_ raw: UnsafeRawPointer, _ i: Int) {
        before = raw.loadUnaligned(fromByteOffset: i - 1, as: Lanes.self)
        this = raw.loadUnaligned(fromByteOffset: i, as: Lanes.self)
        next = raw.loadUnaligned(fromByteOffset: i + 1, as: Lanes.self)
        third = raw.loadUnaligned(fromByteOffset: i + 2, as: Lanes.self)
    }

    /// Whether a block fits at `i` in a buffer of `count` bytes.
    @inline(__always) static func fits(_ i: Int, _ count: Int) -> Bool { i >= 1 && i + 18 <= count }

    // Every constant is a vector: the operators that take a scalar compile to a slow generic path.
    @inline(__always) static func all(_ b: UInt8) -> Lanes { Lanes(repeating: b) }
    @inline(__always) static func isUpper(_ v: Lanes) -> Mask { (v &- all(0x41)) .< all(26) }
    @inline(__always) static func isLetter(_ v: Lanes) -> Mask { ((v | all(0x20)) &- all(0x61)) .< all(26) }
    @inline(__always) static func isDigit(_ v: Lanes) -> Mask { (v &- all(0x30)) .< all(10) }
    @inline(__always) static func isAlnum(_ v: Lanes) -> Mask { isLetter(v) .| isDigit(v) }
    @inline(__always) static func folded(_ v: Lanes, is b: UInt8) -> Mask { (v | all(0x20)) .== all(b) }

    /// "res"/"dec" in either case: where "resolution" or "decision" may stand.
    @inline(__always) var triggerLetters: Mask {
        ((Self.folded(this, is: 0x72) .& Self.folded(third, is: 0x73)) .| (Self.folded(this, is: 0x64) .& Self.folded(third, is: 0x63)))
            .& Self.folded(next, is: 0x65)
    }

    /// `triggerLetters` for the byte at `i` alone.
    @inline(__always) static func triggerLetters(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t.at(i) | 0x20
        return (b == 0x72 && t.at(i + 2) | 0x20 == 0x73 || b == 0x64 && t.at(i + 2) | 0x20 == 0x63) && t.at(i + 1) | 0x20 == 0x65
    }

    /// The offset of the first admitted byte from the block's start, or nil. Read as two words, not
    /// through `any`, which reduces lane by lane.
    @inline(__always)
    static func first(_ mask: Mask) -> Int? {
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        if low != 0 { return low.trailingZeroBitCount >> 3 }
        if high != 0 { return 8 + high.trailingZeroBitCount >> 3 }
        return nil
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first offset from `i` (before `limit`) where `admits` holds: sixteen bytes at a time where the
    /// buffer allows, one by one at its edges, where `scalar` judges instead.
    @inline(__always)
    func firstAdmitted(from i: Int, before limit: Int, _ admits: (ByteLanes) -> ByteLanes.Mask, scalar: (Int) -> Bool) -> Int {
        guard let base = baseAddress else { return limit }
        let raw = UnsafeRawPointer(base)
        var p = i
        while p < limit {
            if ByteLanes.fits(p, count) {
                if let k = ByteLanes.first(admits(ByteLanes(raw, p))) { return Swift.min(p + k, limit) }
                p += 16
            } else {
                if scalar(p) { return p }
                p += 1
            }
        }
        return limit
    }
}
