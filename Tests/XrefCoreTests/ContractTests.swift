import Testing
@testable import XrefCore

struct ContractTests {
    /// RFC 4180: a field holding a comma, a quote, CR or LF is quoted, quotes doubled; others are bare.
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"x\"", "\"say \"\"x\"\"\""),
        ("line\nbreak", "\"line\nbreak\""), ("windows\r\nline", "\"windows\r\nline\""), ("cr\ronly", "\"cr\ronly\""),
        ("résolution", "résolution"),
    ])
    func csvQuotesWhatMustBeQuoted(_ field: String, _ written: String) {
        #expect(CSV.row([field, "x"]) == written + ",x\r\n")
        var bytes: [UInt8] = []
        CSV.append([field, "x"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == written + ",x\r\n")
    }
}
