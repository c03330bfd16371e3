import Foundation
import ZIPFoundation

/// gzip (RFC 1952) around zlib's raw deflate, as ZIPFoundation drives it: the form a browser's
/// `DecompressionStream("gzip")` unpacks, so `report.html` can carry its data packed and still open offline.
/// The header has no time or name, so the same data gives the same bytes.
enum Gzip {
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = Data(bytes)
        var deflated = Data()
        let crc = try Data.compress(size: Int64(input.count), bufferSize: 1 << 16, provider: { position, size in
            input.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { deflated.append($0) })
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] // deflate, no flags, no time, unknown system
        out.reserveCapacity(deflated.count + 18)
        out += deflated
        out += littleEndian(UInt32(crc))
        out += littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return out
    }

    /// What `compress` wrote, checked against its length and CRC-32 (other gzip headers are not read).
    static func decompress(_ packed: [UInt8]) throws -> [UInt8] {
        guard packed.count >= 18, packed[0] == 0x1F, packed[1] == 0x8B, packed[2] == 8, packed[3] == 0 else {
            throw ExportError(reason: "not a gzip stream as xref writes them")
        }
        let body = Data(packed[10..<(packed.count - 8)])
        var inflated = Data()
        // The decoder asks for a whole buffer whatever is left: give what there is.
        let crc = try Data.decompress(size: Int64(body.count), bufferSize: 1 << 16, skipCRC32: false, provider: { position, size in
            body.subdata(in: min(Int(position), body.count)..<min(Int(position) + size, body.count))
        }, consumer: { inflated.append($0) })
        let trailer = Array(packed.suffix(8))
        guard trailer[0..<4].elementsEqual(littleEndian(UInt32(crc))),
              trailer[4..<8].elementsEqual(littleEndian(UInt32(truncatingIfNeeded: inflated.count))) else {
            throw ExportError(reason: "gzip stream damaged (CRC or length differs)")
        }
        return Array(inflated)
    }

    private static func littleEndian(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
