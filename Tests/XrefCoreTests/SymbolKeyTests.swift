import Testing
@testable import XrefCore

@Suite struct SymbolKeyTests {
    @Test func linksGoToUndocsOnlyForRealSymbols() {
        #expect(SymbolKey.url(for: "S/RES/2396 (2017)") == "https://undocs.org/en/S/RES/2396%20%282017%29")
        #expect(SymbolKey.url(for: "A/RES/74/177") == "https://undocs.org/en/A/RES/74/177")
        #expect(SymbolKey.url(for: "CND res 62/9") == nil)
        #expect(SymbolKey.url(for: "? res 9/1") == nil)
        #expect(SymbolKey.url(for: "A/DEC/74/550")?.hasPrefix("https://digitallibrary.un.org/search") == true)
    }

    @Test func typesFollowTheNatureComponent() {
        #expect(SymbolKey.type(of: "A/RES/74/177") == .resolution)
        #expect(SymbolKey.type(of: "UNEP/EA.4/Res.1") == .resolution)
        #expect(SymbolKey.type(of: "A/HRC/DEC/31/115") == .decision)
        #expect(SymbolKey.type(of: "UNFCCC dec 1/CP.21") == .decision)
        #expect(SymbolKey.type(of: "S/PRST/2019/1") == .statement)
        #expect(SymbolKey.type(of: "A/74/130") == .document)
    }

    @Test func addendaHangFromTheirBase() {
        #expect(SymbolKey.base(of: "A/75/50/Add.1") == "A/75/50")
        #expect(SymbolKey.base(of: "A/64/440/Corr.1") == "A/64/440")
        #expect(SymbolKey.base(of: "A/75/50") == nil)
        #expect(SymbolKey.base(of: "CND res 62/9") == nil)
    }

    @Test func editorsLinksAreReadAndCompared() {
        #expect(SymbolKey.symbol(fromLink: "https://docs.un.org/en/S/RES/2690(2023)") == "S/RES/2690(2023)")
        #expect(SymbolKey.symbol(fromLink: "https://undocs.org/A/RES/74/177") == "A/RES/74/177")
        #expect(SymbolKey.symbol(fromLink: "https://undocs.org/en/S/RES/2396%20(2017)") == "S/RES/2396 (2017)")
        #expect(SymbolKey.symbol(fromLink: "http://www.un.org/ga/search/view_doc.asp?symbol=A/74/130&Lang=E") == "A/74/130")
        #expect(SymbolKey.symbol(fromLink: "https://example.org/page") == nil)
        #expect(SymbolKey.linkAgrees("https://docs.un.org/en/A/RES/78/250B", with: "A/RES/78/250"))
        #expect(SymbolKey.linkAgrees("https://docs.un.org/en/A/RES/80/84a-B", with: "A/RES/80/84"))
        #expect(SymbolKey.linkAgrees("https://docs.un.org/en/S/RES/2690(2023)", with: "S/RES/2690 (2023)"))
        #expect(!SymbolKey.linkAgrees("https://docs.un.org/en/A/RES/62/9", with: "CND res 62/9"))
    }
}
