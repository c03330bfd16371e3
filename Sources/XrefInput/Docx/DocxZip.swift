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

    /// Parses a part as it is inflated; false when absent. The part is never whole in memory, and the
    /// inflated bytes are counted as they come, so a header that understates the size changes nothing.
    /// Inflating errors (limit, ratio, damage) win over XML errors, as when the part was inflated first:
    /// after a failed parse the rest is inflated (and dropped) to find them.
    func parse(_ name: String, _ body: (XMLStream, XMLStream.Node) throws -> Void) throws -> Bool {
        guard let entry = archive[name], entry.type == .file else { return false }
        let declared = entry.uncompressedSize
        if declared > UInt64(Self.maxPartBytes) {
            throw MarkupError(reason: "\(name) is \(declared >> 20) MB uncompressed, over the \(Self.maxPartBytes >> 20) MB limit")
        }
        let packed = max(Int(clamping: entry.compressedSize), 1)
        // CRC32 is skipped (InflatedPart): ZIPFoundation computes it byte by byte in Swift (14 % of a
        // DOCX read), and a damaged deflate stream fails in zlib anyway, a damaged stored part as malformed XML.
        let part = InflatedPart(archive: archive, entry: entry, name: name) { total in
            if total > Self.maxPartBytes {
                throw MarkupError(reason: "\(name) inflates past the \(Self.maxPartBytes >> 20) MB limit (ZIP bomb?)")
            }
            if total > Self.ratioCheckFrom && total / packed > Self.maxRatio {
                throw MarkupError(reason: "\(name) compression ratio over \(Self.maxRatio):1 (ZIP bomb?)")
            }
        }
        var parseError: Error?
        do { try XMLStream.read(part, body) } catch { parseError = error }
        if let inflating = part.end() { throw inflating }
        if let parseError { throw parseError }
        return true
    }
}
