import Foundation
import ZIPFoundation

/// Reads parts out of a DOCX (a ZIP) with bounds, so a hostile archive cannot exhaust memory.
struct DocxZip {
    /// Largest part we inflate, and the ratio above which a large part counts as a ZIP bomb.
    static let maxPartBytes = 200 << 20
    static let maxRatio = 200
    static let ratioCheckFrom = 8 << 20

    let archive: Archive

    init(path: String) throws {
        do {
            // A URL is made of text: a name that is not UTF-8 is read by its bytes into memory instead.
            archive = PathBytes.shown(path) == path ? try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
                : try Archive(data: Data(try FileBytes.read(path)), accessMode: .read)
        } catch {
            throw MarkupError(reason: "not a readable ZIP archive (damaged or truncated DOCX)")
        }
    }

    func has(_ name: String) -> Bool { archive[name] != nil }

    /// The bytes of a part, nil when absent.
    func part(_ name: String) throws -> [UInt8]? {
        guard let entry = archive[name] else { return nil }
        guard entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        if declared > UInt64(Self.maxPartBytes) {
            throw MarkupError(reason: "\(name) is \(declared >> 20) MB uncompressed, over the \(Self.maxPartBytes >> 20) MB limit")
        }
        let packed = max(Int(clamping: entry.compressedSize), 1)
        var out: [UInt8] = []
        out.reserveCapacity(Int(declared))
        do {
            // The declared size can lie: count what really comes out and stop early. CRC32 is skipped:
            // ZIPFoundation computes it byte by byte in Swift (14 % of a DOCX read), and a damaged
            // deflate stream fails in zlib anyway, a damaged stored part as malformed XML.
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                out.append(contentsOf: chunk)
                if out.count > Self.maxPartBytes { throw BombError.tooLarge }
                if out.count > Self.ratioCheckFrom && out.count / packed > Self.maxRatio { throw BombError.ratio }
            }
        } catch BombError.tooLarge {
            throw MarkupError(reason: "\(name) inflates past the \(Self.maxPartBytes >> 20) MB limit (ZIP bomb?)")
        } catch BombError.ratio {
            throw MarkupError(reason: "\(name) compression ratio over \(Self.maxRatio):1 (ZIP bomb?)")
        } catch {
            throw MarkupError(reason: "\(name) cannot be inflated (damaged or truncated DOCX)")
        }
        return out
    }

    private enum BombError: Error { case tooLarge, ratio }
}
