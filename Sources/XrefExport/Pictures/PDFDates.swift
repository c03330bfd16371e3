/// cairo stamps the rendering time into a PDF (`/CreationDate (D:20261129162411Z)`), so two renders of
/// one graph would differ. Overwrite the date digits in place with a fixed date: same length, so the
/// cross-reference offsets stay valid.
enum PDFDates {
    static let fixed = Array("19700101000000".utf8)

    static func normalize(_ pdf: inout [UInt8]) {
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var i = 0
            while let at = find(pattern, in: pdf, from: i) {
                var j = at + pattern.count, k = 0
                while k < fixed.count, j < pdf.count, pdf[j] >= UInt8(ascii: "0"), pdf[j] <= UInt8(ascii: "9") {
                    pdf[j] = fixed[k]; j += 1; k += 1
                }
                i = j
            }
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
