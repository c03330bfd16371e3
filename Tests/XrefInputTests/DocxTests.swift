import Foundation
import Testing
import ZIPFoundation
@testable import XrefInput

/// Builds a .docx (a ZIP) in a temporary folder.
func makeDocx(in dir: TempDir, name: String = "t.docx", parts: [String: String]) throws -> String {
    let path = dir.path + "/" + name
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (entry, text) in parts.sorted(by: { $0.key < $1.key }) {
        let data = Data(text.utf8)
        try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
            data.subdata(in: Int(pos)..<(Int(pos) + size))
        }
    }
    return path
}

private let W = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

@Suite struct DocxTests {
    @Test func runsTabsBreaksFieldsTextBoxesAndNotes() throws {
        let dir = TempDir(); defer { dir.remove() }
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(W)><w:body>
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1267"/></w:tabs></w:pPr><w:r><w:t>57.</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Recalls its resolution </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>74/177</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> and the report </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://docs.un.org/en/A/74/130" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>A/74/130</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>;</w:t></w:r></w:p>
        <w:p><w:r><w:t>  </w:t></w:r><w:r><w:br/></w:r></w:p>
        <w:p><w:r><w:t>Expenditure as at</w:t><w:br/><w:t>28 February</w:t><w:br w:type="page"/><w:t>up</w:t><w:noBreakHyphen/><w:t>to</w:t><w:softHyphen/><w:t>date</w:t><w:delText>gone</w:delText></w:r></w:p>
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:hyperlink w:anchor="top"><w:r><w:t>inside</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document>
        """
        let notes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:footnotes \(W)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r><w:r><w:t>___</w:t></w:r></w:p></w:footnote>
        <w:footnote w:id="1"><w:p><w:r><w:tab/></w:r><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>Note text </w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:t>A/74/7</w:t></w:r></w:hyperlink></w:p><w:p><w:r><w:t>second line</w:t></w:r></w:p></w:footnote></w:footnotes>
        """
        let rels = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://undocs.org/en/A/RES/74/177" TargetMode="External"/></Relationships>"#
        let noteRels = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://undocs.org/A/74/7" TargetMode="External"/></Relationships>"#
        let custom = #"<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="JobNo"><vt:lpwstr>2600248</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Symbol1"><vt:lpwstr>E/2019/28</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Symbol2"><vt:lpwstr> E/CN.7/2019/13 </vt:lpwstr></property></Properties>"#
        let path = try makeDocx(in: dir, parts: ["word/document.xml": document, "word/footnotes.xml": notes,
                                                 "word/_rels/document.xml.rels": rels, "word/_rels/footnotes.xml.rels": noteRels,
                                                 "docProps/custom.xml": custom])
        let t = try Reader.read(path: path)
        #expect(t.string == "57.\tRecalls its resolution 74/177 and the report A/74/130;\n\nExpenditure as at\n28 February up-todate\n\nBoxed\n\nAnchor\n\ncell one\n\ninside\n\n\t\tNote text A/74/7\nsecond line\n")
        #expect(t.links.map { t.text(of: $0) } == ["74/177", "A/74/130", "A/74/7"])
        #expect(t.links.map(\.target) == ["https://undocs.org/en/A/RES/74/177", "https://docs.un.org/en/A/74/130", "https://undocs.org/A/74/7"])
        // A double symbol, from the custom properties UN Word files carry.
        #expect(t.declaredSymbols == ["E/2019/28", "E/CN.7/2019/13"])
    }

    @Test(.enabled(if: Corpus.available)) func corpusDocumentMatchesItsTextRendering() throws {
        let t = try Reader.read(path: Corpus.path("docx/A_80_590.docx"))
        let reference = Corpus.text("docx-text/A_80_590.txt")
        let ref = reference.components(separatedBy: "\n\n")
        let same = Set(t.paragraphs)
        let share = Double(ref.filter { same.contains($0) }.count) / Double(ref.count)
        #expect(share > 0.99)
        #expect(t.string == reference)
        #expect(t.declaredSymbols == ["A/80/590"])
    }

    /// The editors' hyperlinks come out with the very spans the annotation file records.
    @Test(.enabled(if: Corpus.available)) func corpusLinksMatchTheAnnotations() throws {
        let name = "A_81_6 (SECT. 9)"   // 49 of its links are Word fields, the rest relationships
        let t = try Reader.read(path: Corpus.path("docx/\(name).docx"))
        let chars = Array(t.string.unicodeScalars)
        var gold: [(Int, Int, String)] = []
        for line in Corpus.text("annotations/docx_hyperlinks.tsv").split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if f[0] == name + ".docx" { gold.append((Int(f[7])!, Int(f[8])!, f[6])) }
        }
        #expect(gold.count > 200)
        // byte offsets -> code-point offsets
        var cp = [Int](repeating: 0, count: t.bytes.count + 1)
        var n = 0
        for (i, b) in t.bytes.enumerated() { cp[i] = n; if b & 0xC0 != 0x80 { n += 1 } }
        cp[t.bytes.count] = chars.count
        let mine = Set(t.links.map { "\(cp[$0.range.lowerBound]) \(cp[$0.range.upperBound]) \($0.target)" })
        let found = gold.filter { mine.contains("\($0.0) \($0.1) \($0.2)") }
        #expect(found.count == gold.count)
        #expect(t.links.count == gold.count)
    }

    @Test func zipBombIsRefused() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = dir.path + "/bomb.docx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let size = 24 << 20
        let zeros = Data(count: 1 << 20)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, n in
            zeros.prefix(n)
        }
        let packed = try #require(archive["word/document.xml"]).compressedSize
        #expect(packed < 100_000)
        let start = Date()
        #expect(throws: ReadError(path: path, reason: "word/document.xml compression ratio over 200:1 (ZIP bomb?)")) { try Reader.read(path: path) }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func truncatedAndForeignArchivesFail() throws {
        let dir = TempDir(); defer { dir.remove() }
        let good = try makeDocx(in: dir, parts: ["word/document.xml": "<w:document \(W)><w:body><w:p><w:r><w:t>\(String(repeating: "resolution 74/177 ", count: 500))</w:t></w:r></w:p></w:body></w:document>"])
        #expect(try Reader.read(path: good).string.hasPrefix("resolution 74/177"))
        let bytes = try FileBytes.read(good)
        let cut = dir.file("cut.docx", Array(bytes.prefix(bytes.count / 2)))
        #expect(throws: ReadError.self) { try Reader.read(path: cut) }
        let other = try makeDocx(in: dir, name: "sheet.docx", parts: ["xl/workbook.xml": "<workbook/>"])
        #expect(throws: ReadError(path: other, reason: "ZIP archive without word/document.xml (not a Word document)")) { try Reader.read(path: other) }
    }

    @Test func externalEntityInsideADocxLeaksNothing() throws {
        let dir = TempDir(); defer { dir.remove() }
        let secret = dir.file("secret.txt", "TOP-SECRET-12345")
        let doc = """
        <?xml version="1.0"?>
        <!DOCTYPE w:document [<!ENTITY x SYSTEM "file://\(secret)">]>
        <w:document \(W)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>
        """
        let path = try makeDocx(in: dir, parts: ["word/document.xml": doc])
        do {
            let t = try Reader.read(path: path)
            Issue.record("read a document with a DOCTYPE: \(t.string)")
        } catch let e as ReadError {
            #expect(!e.description.contains("TOP-SECRET"))
            #expect(e.reason.contains("DOCTYPE"))
        }
    }

    /// A real DOCX rebuilt with the header of word/document.xml claiming 1,000 bytes: the part is read
    /// (streamed into the XML reader, never held whole) to the very same text and links.
    @Test(.enabled(if: Corpus.available)) func understatedHeaderIsReadAsTheRealFile() throws {
        let dir = TempDir(); defer { dir.remove() }
        let real = Corpus.path("docx/A_80_590.docx")
        let path = try understatedCopy(of: real, in: dir) { $0 }
        let (mine, theirs) = (try Reader.read(path: path), try Reader.read(path: real))
        #expect(mine.string == theirs.string)
        #expect(mine.links.map(\.target) == theirs.links.map(\.target))
        #expect(mine.declaredSymbols == ["A/80/590"])
    }

    /// Its body eight times over (8 MB, hundreds of inflated chunks through the queue): every copy comes out.
    @Test(.enabled(if: Corpus.available)) func understatedLongPartIsReadToTheEnd() throws {
        let dir = TempDir(); defer { dir.remove() }
        let real = Corpus.path("docx/A_80_590.docx")
        let path = try understatedCopy(of: real, in: dir) { xml in
            let start = try #require(xml.range(of: Data("<w:body>".utf8))).upperBound
            let end = try #require(xml.range(of: Data("<w:sectPr".utf8), options: .backwards)).lowerBound
            return xml[..<start] + (0..<8).reduce(Data()) { d, _ in d + xml[start..<end] } + xml[end...]
        }
        let (mine, theirs) = (try Reader.read(path: path), try Reader.read(path: real))
        let first = try #require(theirs.paragraphs.first)
        #expect(mine.paragraphs.filter { $0 == first }.count == 8 * theirs.paragraphs.filter { $0 == first }.count)
        #expect(mine.string.hasSuffix(String(theirs.string.suffix(2000))))
    }

    /// The same with 24 MB of spaces inside the body: the header still says 1,000 bytes, and the ratio
    /// check, run on the bytes as they come, refuses it with the usual line.
    @Test(.enabled(if: Corpus.available)) func understatedHeaderBombIsRefusedWhileStreaming() throws {
        let dir = TempDir(); defer { dir.remove() }
        let path = try understatedCopy(of: Corpus.path("docx/A_80_590.docx"), in: dir) { xml in
            let end = try #require(xml.range(of: Data("</w:body>".utf8)))
            var padded = xml
            padded.replaceSubrange(end.lowerBound..<end.lowerBound, with: Data(repeating: 0x20, count: 24 << 20))
            return padded
        }
        #expect(throws: ReadError(path: path, reason: "word/document.xml compression ratio over 200:1 (ZIP bomb?)")) { try Reader.read(path: path) }
    }
}

/// Copies a DOCX part by part, `edit` changing word/document.xml, then makes the local and central
/// headers of that part understate its size (1,000 bytes), as a hostile or broken writer could.
private func understatedCopy(of source: String, in dir: TempDir, edit: (Data) throws -> Data) throws -> String {
    let from = try Archive(url: URL(fileURLWithPath: source), accessMode: .read)
    let path = dir.path + "/understated.docx"
    let to = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for entry in from where entry.type == .file {
        var data = Data()
        _ = try from.extract(entry) { data.append($0) }
        if entry.path == "word/document.xml" { data = try edit(data) }
        let bytes = data
        try to.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { pos, n in
            bytes.subdata(in: Int(pos)..<(Int(pos) + n))
        }
    }
    var zip = try FileBytes.read(path)
    let name = Array("word/document.xml".utf8)
    func patch(signature: [UInt8], nameAt: Int, sizeAt: Int) {
        for i in 0..<(zip.count - nameAt - name.count) where Array(zip[i..<(i + 4)]) == signature
            && Array(zip[(i + nameAt)..<(i + nameAt + name.count)]) == name {
            zip.replaceSubrange((i + sizeAt)..<(i + sizeAt + 4), with: [0xE8, 0x03, 0, 0])   // 1,000
        }
    }
    patch(signature: [0x50, 0x4B, 0x03, 0x04], nameAt: 30, sizeAt: 22)
    patch(signature: [0x50, 0x4B, 0x01, 0x02], nameAt: 46, sizeAt: 24)
    try Data(zip).write(to: URL(fileURLWithPath: path))
    let patched = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    #expect(try #require(patched["word/document.xml"]).uncompressedSize == 1000)
    return path
}
