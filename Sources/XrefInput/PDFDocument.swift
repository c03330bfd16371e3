import CPoppler

/// A poppler document owned by one thread: poppler objects are not shared between threads.
package final class PDFDocumentText {
    private let doc: OpaquePointer

    /// Opens a PDF held in memory (poppler copies the bytes).
    package init(bytes: [UInt8]) throws {
        var err: UnsafeMutablePointer<GError>? = nil
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        guard let d = poppler_document_new_from_bytes(gbytes, nil, &err) else {
            var msg = "cannot open PDF"
            if let e = err {
                if let m = e.pointee.message { msg = String(cString: m) }
                g_error_free(e)
            }
            throw PDFOpenError(message: msg)
        }
        doc = d
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(doc)) }

    package var pageCount: Int { Int(poppler_document_get_n_pages(doc)) }

    package func page(_ index: Int) -> PDFPageText {
        guard let p = poppler_document_get_page(doc, Int32(index)) else { return PDFPageText(width: 0, height: 0, lines: []) }
        defer { g_object_unref(UnsafeMutableRawPointer(p)) }
        return PDFExtract.page(p)
    }
}

package struct PDFOpenError: Error { package var message: String }
