/// The six official languages of the UN, and how xref tells which one a document is written in
/// (un-symbols-languages.md). English is the default: the English recognizer runs on every document,
/// the other-language scanner (`LanguageScan`) only on documents detected as another language.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, fr, es, ru, zh, ar

    /// The language a container declares (AKN `FRBRlanguage` "fra", DOCX `w:lang` "fr-FR", "zh-CN"),
    /// read from its first letters; nil for what is none of the six.
    public init?(declared code: String) {
        let c = code.lowercased()
        let table: [(String, Language)] = [("en", .en), ("fr", .fr), ("es", .es), ("spa", .es), ("ru", .ru), ("zh", .zh),
                                           ("chi", .zh), ("ch", .zh), ("ar", .ar)]
        guard let hit = table.first(where: { c.hasPrefix($0.0) }) else { return nil }
        self = hit.1
    }

    /// The language of `text`: the script of its letters (Cyrillic, Arabic, CJK), and for Latin script
    /// the function words that only French or only Spanish use. Reads the first 8 KB only; a document
    /// that says too little to tell stays English, so English output never depends on a guess.
    public static func detect(_ text: [UInt8]) -> Language {
        text.withUnsafeBufferPointer { detect($0) }
    }

    static func detect(_ t: Bytes) -> Language {
        let n = min(t.count, 8192)
        var cyrillic = 0, arabic = 0, cjk = 0, latin = 0
        var fr = 0, es = 0, en = 0
        var i = 0
        // Read once, not through the lazy globals' checks at every word.
        let (ends, french, spanish, english) = (functionWordEnds, frenchWords, spanishWords, englishWords)
        while i < n {
            let b = t[i]
            if b < 0x80 {
                if b.isLetter { latin += 1 }
                if b == 0x20, t.at(i + 1).isLower {
                    // Function words between spaces.
                    var e = i + 1
                    while e < n, t[e].isLower { e += 1 }
                    // Every function word counted is one to four letters: packed into an integer, a word is
                    // compared at once (a byte-by-byte search per word was a tenth of the pipeline's time).
                    if e - i - 1 <= 4, t.at(e) == 0x20 || t.at(e) == UInt8(ascii: ","), ends.contains(t[i + 1], t[e - 1]) {
                        var w: UInt32 = 0
                        for k in (i + 1)..<e { w = w << 8 | UInt32(t[k]) }
                        if french.contains(w) { fr += 1 }
                        else if spanish.contains(w) { es += 1 }
                        else if english.contains(w) { en += 1 }
                    }
                    i = e
                    continue
                }
                i += 1
                continue
            }
            switch b {
            case 0xD0, 0xD1: cyrillic += 1
            case 0xD8...0xDB: arabic += 1
            case 0xE4...0xE9: cjk += 1
            default: break
            }
            i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        }
        // Letters of a script, against the Latin letters of symbols and names quoted in it.
        let scripts: [(Int, Language)] = [(cyrillic * 2, .ru), (arabic * 2, .ar), (cjk * 3, .zh)]
        if let (count, language) = scripts.max(by: { $0.0 < $1.0 }), count > 200, count > latin { return language }
        if fr > 5, fr > 3 * (en + es) { return .fr }
        if es > 5, es > 3 * (en + fr) { return .es }
        return .en
    }

    /// First and last letters of the words below: most short words are none of them.
    private static let functionWordEnds = BytePairSet((frenchWords + spanishWords + englishWords).map { w in
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * (3 - $0))) }.filter { $0 != 0 }
        return (bytes[0], bytes[bytes.count - 1])
    })
    // A short Security Council resolution ("Décide de proroger la résolution 2607 (2021) jusqu’au …") has
    // few of these: "le", "par", "pour", "sa", "ses" count too (none is a Spanish or English word).
    private static let frenchWords = packed(["les", "des", "du", "et", "une", "dans", "sur", "aux", "est", "au", "qui",
                                             "le", "par", "pour", "sa", "ses"])
    private static let spanishWords = packed(["los", "las", "del", "y", "el", "una", "con", "por", "su", "sus", "al", "para"])
    private static let englishWords = packed(["the", "and", "of", "to", "in", "its", "for", "with", "on", "by", "that"])

    /// Words of up to four ASCII letters, each as its bytes in one integer (`"of"` = 0x6F66).
    private static func packed(_ words: [String]) -> [UInt32] {
        words.map { word in
            precondition(word.utf8.count <= 4)
            return word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
        }
    }
}
