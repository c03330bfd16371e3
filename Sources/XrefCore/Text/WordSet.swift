/// Sets and tables keyed by a word's 64-bit hash (`ByteText.hash`), looked up once per word of every clause
/// the relation classifier reads. The key is already a hash: a probe is a multiply and a compare, where
/// `Set<UInt64>` would hash it again through SipHash.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var used: [Bool]
    private let shift: UInt64

    init(_ entries: [(UInt64, Value)]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, entries.count * 4) { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        used = Array(repeating: false, count: 1 << bits)
        for (key, value) in entries {
            var slot = self.slot(key)
            while used[slot], keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key; values[slot] = value; used[slot] = true
        }
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always) subscript(_ key: UInt64) -> Value? {
        var slot = self.slot(key)
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }
}

struct WordSet: Sendable {
    private let table: WordTable<Bool>
    init<S: Sequence>(_ words: S) where S.Element == UInt64 { table = WordTable(words.map { ($0, true) }) }
    @inline(__always) func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
