#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// What went wrong while parsing markup; the reader adds the file name.
struct MarkupError: Error { var reason: String }

/// libxml2 must be initialised once before threads use it.
enum LibXML {
    static let ready: Void = { xmlInitParser() }()

    /// The parser options every XML read uses: no network, no error printing, and none of NOENT, DTDLOAD,
    /// DTDATTR or HUGE, so entities are never substituted and no DTD is fetched.
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                                  | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The last libxml2 error of this thread as one line.
    static func lastError(_ fallback: String) -> String {
        guard let e = xmlGetLastError(), let m = e.pointee.message else { return fallback }
        var s = String(cString: m)
        while let l = s.last, l == "\n" || l == " " { s.removeLast() }
        s = ParserMessage.plain(s)
        return e.pointee.line > 0 ? "\(s) (line \(e.pointee.line))" : s
    }
}

/// Refuses documents that declare a DOCTYPE before any parsing happens: a DOCTYPE is where external
/// entities (XXE) and entity bombs live, and no document we read needs one. True once the prolog has
/// been passed (the bytes reach the first element); false when they end inside it.
@discardableResult
func refuseDoctype(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
    var i = 0
    let n = bytes.count
    if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    func startsWith(_ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard i + len <= n else { return false }
        for j in 0..<len where bytes[i + j] != s.utf8Start[j] { return false }
        return true
    }
    func skip(past end: StaticString) {
        let len = end.utf8CodeUnitCount
        while i + len <= n {
            var hit = true
            for j in 0..<len where bytes[i + j] != end.utf8Start[j] { hit = false; break }
            if hit { i += len; return }
            i += 1
        }
        i = n
    }
    while i < n {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
        if startsWith("<?") { skip(past: "?>"); continue }
        if startsWith("<!--") { skip(past: "-->"); continue }
        if startsWith("<!DOCTYPE") || startsWith("<!doctype") {
            throw MarkupError(reason: "XML with a DOCTYPE declaration is refused (external entities)")
        }
        return true
    }
    return false
}

/// A pull parser over libxml2's xmlTextReader. Empty elements (`<w:tab/>`) come as a start followed by
/// an end, like any other element.
final class XMLStream {
    enum Node { case start, end, text }

    /// The reading loop of every XML reader: `body` sees each element start, element end and text node
    /// of `bytes` in document order, with the stream to ask for names, attributes and text.
    static func read(_ bytes: [UInt8], _ body: (XMLStream, Node) throws -> Void) throws {
        try bytes.withUnsafeBytes { raw in
            let s = try XMLStream(raw)
            while let node = try s.next() { try body(s, node) }
        }
    }

    /// The same loop over bytes that arrive in pieces (a DOCX part being inflated), never held whole.
    static func read(_ source: XMLByteSource, _ body: (XMLStream, Node) throws -> Void) throws {
        let s = try XMLStream(StreamedInput(source))
        while let node = try s.next() { try body(s, node) }
    }

    private let reader: OpaquePointer
    private var pendingEnd = false
    /// Kept alive while libxml2 calls back into it.
    private var input: StreamedInput?

    private init(_ bytes: UnsafeRawBufferPointer) throws {
        _ = LibXML.ready
        try refuseDoctype(bytes)
        xmlResetLastError()
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
              let r = xmlReaderForMemory(base, Int32(clamping: bytes.count), nil, nil, LibXML.xmlOptions)
        else { throw MarkupError(reason: "cannot start the XML parser") }
        reader = r
    }

    private init(_ input: StreamedInput) throws {
        _ = LibXML.ready
        xmlResetLastError()
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let r = xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            let input = Unmanaged<StreamedInput>.fromOpaque(context).takeUnretainedValue()
            return Int32(input.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
        }, nil, context, nil, nil, LibXML.xmlOptions)
        else { throw MarkupError(reason: "cannot start the XML parser") }
        reader = r
        self.input = input
    }

    deinit { xmlFreeTextReader(reader) }

    /// The next node; nil at the end of the document.
    private func next() throws -> Node? {
        if pendingEnd { pendingEnd = false; return .end }
        while true {
            let r = xmlTextReaderRead(reader)
            if r == 0 { return nil }
            if r < 0 {
                if let refused = input?.refused { throw refused }
                throw MarkupError(reason: "malformed XML: " + LibXML.lastError("parse error"))
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = true }
                return .start
            case 15: return .end
            case 3, 4, 13, 14: return .text
            case 5, 6, 10:
                throw MarkupError(reason: "XML with entity declarations or references is refused")
            default: continue
            }
        }
    }

    /// Local name of the current element (valid until the next call). Read off the node itself: the
    /// reader's accessors look every name up in the dictionary again, a third of the parse time.
    var localName: UnsafePointer<UInt8>? {
        guard let n = xmlTextReaderCurrentNode(reader) else { return nil }
        return n.pointee.name
    }

    func nameIs(_ s: StaticString) -> Bool {
        guard let p = localName else { return false }
        let len = s.utf8CodeUnitCount
        for j in 0..<len where p[j] != s.utf8Start[j] { return false }
        return p[len] == 0
    }

    /// Namespace URI of the current node, or nil.
    var namespaceURI: UnsafePointer<UInt8>? {
        guard let n = xmlTextReaderCurrentNode(reader), let ns = n.pointee.ns else { return nil }
        return ns.pointee.href
    }

    /// Text of the current text node, valid until the next call.
    var text: UnsafeBufferPointer<UInt8> {
        guard let v = xmlTextReaderConstValue(reader) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let p = UnsafeRawPointer(v).assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: p, count: strlen(v))
    }

    /// Attribute by qualified name as written (`w:type`, `r:id`, `href`).
    func attribute(_ name: String) -> String? {
        guard let v = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { cxml_free(v) }
        return String(cString: v)
    }

    /// Attribute by local name and namespace URI (prefix-independent).
    func attribute(_ local: String, ns: String) -> String? {
        guard let v = xmlTextReaderGetAttributeNs(reader, local, ns) else { return nil }
        defer { cxml_free(v) }
        return String(cString: v)
    }
}

/// Bytes that arrive in pieces: `read` copies up to the buffer's size, returns 0 at the end, -1 on failure.
protocol XMLByteSource: AnyObject {
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// A source as libxml2 reads it, with the DOCTYPE check run on the prolog as it arrives (libxml2 asks
/// for a few bytes first), since the document is never whole in memory to check beforehand.
private final class StreamedInput {
    /// A prolog longer than this is left to the reader's own refusal of DOCTYPE and entity nodes.
    private static let prologLimit = 64 << 10
    let source: XMLByteSource
    var refused: MarkupError?
    private var prolog: [UInt8]? = []

    init(_ source: XMLByteSource) { self.source = source }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = source.read(into: buffer)
        guard n > 0, var seen = prolog else { return n }
        seen.append(contentsOf: buffer[0..<n])
        do {
            let passed = try seen.withUnsafeBytes { try refuseDoctype($0) }
            prolog = passed || seen.count > Self.prologLimit ? nil : seen
        } catch {
            refused = error as? MarkupError
            return -1
        }
        return n
    }
}
