import Foundation
import XrefCore

/// The kinds of file xref reads.
public enum InputFormat: String, Sendable, CaseIterable { case text, markdown, html, xml, docx, pdf }

/// A file that cannot be read, as one line: `<path>: <what is wrong>`.
public struct ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    /// The path as people read it: bytes that are not UTF-8 as `\xff` (see PathBytes).
    public var description: String { "\(PathBytes.shown(path)): \(reason)" }
}

public enum Reader {
    /// Decides the format by content first (magic bytes) and extension second; nil for binary files.
    public static func detect(path: String, head: [UInt8]) -> InputFormat? {
        Detect.format(path: path, head: head)
    }

    /// A file's bytes, by its path's own bytes (see PathBytes).
    public static func bytes(path: String) throws -> [UInt8] {
        do { return try FileBytes.read(path) } catch let e as FileBytes.Failure { throw ReadError(path: path, reason: e.reason) }
    }

    /// Reads one file into plain text with its hyperlinks and declared symbols. The text is named by the
    /// path as people read it (`PathBytes.shown`), which every output then lists.
    public static func read(path: String) throws -> SourceText {
        var text = try source(path: path)
        text.path = PathBytes.shown(path)
        return text
    }

    private static func source(path: String) throws -> SourceText {
        let head: [UInt8]
        do { head = try FileBytes.read(path, limit: Detect.headSize) } catch let e as FileBytes.Failure { throw ReadError(path: path, reason: e.reason) }
        guard let format = detect(path: path, head: head) else {
            throw ReadError(path: path, reason: "binary file, not a document")
        }
        // A DOCX is read through its ZIP directory; everything else whole.
        var bytes = head
        if format != .docx && head.count == Detect.headSize {
            do { bytes = try FileBytes.read(path) } catch let e as FileBytes.Failure { throw ReadError(path: path, reason: e.reason) }
        }
        do {
            switch format {
            case .text, .markdown:
                return try PlainText.read(path: path, bytes: bytes, markdown: format == .markdown)
            case .docx:
                let r = try DocxReader.read(path: path)
                return SourceText(path: path, bytes: r.text.bytes, links: r.text.links, declaredSymbols: r.symbols,
                                  marks: r.text.marks, declaredLanguage: r.language.flatMap(Language.init(declared:)))
            case .pdf:
                let r = try PDFReader.read(bytes: bytes)
                return SourceText(path: path, bytes: r.bytes, links: r.links, declaredSymbols: r.symbols)
            case .html:
                let (r, language) = try HTMLReader.document(bytes: bytes)
                return SourceText(path: path, bytes: r.bytes, links: r.links, marks: r.marks,
                                  declaredLanguage: language.flatMap(Language.init(declared:)))
            case .xml:
                return try XMLReader.read(path: path, bytes: bytes)
            }
        } catch let e as MarkupError {
            throw ReadError(path: path, reason: oneLine(e.reason))
        }
    }

    /// libxml2 writes some messages over two lines ("Input is not proper UTF-8, indicate encoding !" then
    /// "Bytes: 0xFF ..."): a failure is one line on stderr, so line breaks become "; ".
    static func oneLine(_ reason: String) -> String {
        reason.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
