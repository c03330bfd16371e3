import CPoppler

/// A poppler document owned by one thread: poppler objects are not shared between threads.
package final class PDFDocumentText {
    private let doc: OpaquePointer

    /// poppler sets up its global state with the first document; do that once, before threads race to it.
    private static let ready: Void = {
        let pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        var err: UnsafeMutablePointer<GError>? = nil
        let gbytes = Array(pdf.utf8).withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        if let d = poppler_document_new_from_bytes(gbytes, nil, &err) { g_object_unref(UnsafeMutableRawPointer(d)) }
        if let e = err { g_error_free(e) }
        g_bytes_unref(gbytes)
    }()

    /// Opens a PDF held in memory (poppler copies the bytes).
    package init(bytes: [UInt8]) throws {
        _ = Self.ready
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
