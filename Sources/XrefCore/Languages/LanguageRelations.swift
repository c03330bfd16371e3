/// Relations in the other five languages (DESIGN §4): the cue lexicon as data, each cue with a sentence
/// from the AKN4UN resolutions that the tests run. The nearest cue before the citation in its clause
/// governs it ("Rappelant sa résolution 46/182", "в соответствии с резолюцией 2253 (2015)"); else
/// `mentions`. Clauses end at a sentence end, a semicolon (also "；" and "؛") or a line break.
enum LanguageRelations {
    struct Cue {
        var words: [UInt8]
        var relation: Relation
        var example: String
        init(_ words: String, _ relation: Relation, _ example: String) {
            self.words = Array(words.utf8); self.relation = relation; self.example = example
        }
    }

    static func cues(_ language: Language) -> [Cue] {
        switch language {
        case .fr: french
        case .es: spanish
        case .ru: russian
        case .zh: chinese
        case .ar: arabic
        case .en: []
        }
    }

    static let french: [Cue] = [
        .init("rappelant", .recalls, "Rappelant sa résolution 46/182 du 19 décembre 1991,"),
        .init("rappelle", .recalls, "Rappelle sa résolution 76/204,"),
        .init("réaffirmant", .reaffirms, "Réaffirmant sa résolution 46/182 du 19 décembre 1991,"),
        .init("réaffirme", .reaffirms, "Réaffirme sa résolution 70/1,"),
        .init("prenant note", .takesNoteOf, "Prenant note de la résolution 2017/21 du Conseil économique et social,"),
        .init("prend note", .takesNoteOf, "Prend note du rapport du Secrétaire général (A/77/303) ;"),
        .init("se félicitant", .welcomes, "Se félicitant de l’adoption de la résolution 2532 (2020),"),
        .init("accueille avec satisfaction", .welcomes, "Accueille avec satisfaction le rapport A/77/303 ;"),
        .init("conformément à", .inAccordanceWith, "conformément à la résolution 60/251,"),
        .init("en conformité avec", .inAccordanceWith, "en conformité avec la résolution 60/251,"),
        .init("dans le droit fil de", .inLineWith, "dans le droit fil de la résolution 77/335,"),
        .init("en application de", .pursuantTo, "présenté en application de la résolution 76/204,"),
        .init("en vertu de", .pursuantTo, "créé en vertu de la résolution 1267 (1999)"),
        .init("faisant suite", .pursuantTo, "le Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015)"),
        .init("comme suite à", .furtherTo, "comme suite à sa résolution 75/132,"),
        .init("application de", .implements, "l’état de l’application de la résolution 1540 (2004)"),
        .init("voir", .see, "3 Voir FCCC/CP/2015/10/Add.1, décision 1/CP.21, annexe."),
        .init("fait sienne", .endorses, "Fait sienne la résolution 2017/21 du Conseil économique et social ;"),
    ]

    static let spanish: [Cue] = [
        .init("recordando", .recalls, "Recordando su resolución 46/182, de 19 de diciembre de 1991,"),
        .init("recuerda", .recalls, "Recuerda su resolución 76/204;"),
        .init("reafirmando", .reaffirms, "Reafirmando su resolución 46/182, de 19 de diciembre de 1991,"),
        .init("reafirma", .reaffirms, "Reafirma su resolución 70/1;"),
        .init("tomando nota", .takesNoteOf, "Tomando nota de la resolución 2017/21 del Consejo Económico y Social,"),
        .init("toma nota", .takesNoteOf, "Toma nota del informe del Secretario General (A/77/303);"),
        .init("acogiendo con beneplácito", .welcomes, "Acogiendo con beneplácito la resolución 2532 (2020),"),
        .init("acoge con beneplácito", .welcomes, "Acoge con beneplácito el informe A/77/303;"),
        .init("de conformidad con", .inAccordanceWith, "de conformidad con la resolución 60/251,"),
        .init("en cumplimiento de", .pursuantTo, "presentado en cumplimiento de la resolución 76/204,"),
        .init("dimanante de", .pursuantTo, "el Comité dimanante de las resoluciones 1267 (1999), 1989 (2011) y 2253 (2015)"),
        .init("en virtud de", .pursuantTo, "establecido en virtud de la resolución 1267 (1999)"),
        .init("en seguimiento de", .furtherTo, "en seguimiento de su resolución 75/132,"),
        .init("aplicación de", .implements, "la aplicación de la resolución 1540 (2004)"),
        .init("véase", .see, "3 Véase FCCC/CP/2015/10/Add.1, decisión 1/CP.21, anexo."),
        .init("véanse", .see, "véanse las resoluciones 58/39, párr. 9, y 64/21, párr. 18."),
        .init("con arreglo a lo dispuesto en", .inAccordanceWith, "con arreglo a lo dispuesto en su resolución 75/297"),
        .init("conforme a", .inAccordanceWith, "b) Los requisitos de desempeño en el mantenimiento de la paz conforme a las resoluciones 2378 (2017) y 2436 (2018);"),
        .init("en consonancia con", .inLineWith, "celebrada el 2 de mayo de 2024, en consonancia con la resolución 77/335"),
        .init("hace suya", .endorses, "Hace suya la resolución 2017/21 del Consejo Económico y Social;"),
    ]

    static let russian: [Cue] = [
        .init("ссылаясь", .recalls, "ссылаясь далее на свое решение 74/550 A от 13 апреля 2020 года,"),
        .init("ссылается", .recalls, "ссылается на свою резолюцию 76/204;"),
        .init("напомина", .recalls, "d) напоминает, что резолюция 2607 (2021) продлила мандат;"),
        .init("учрежденн", .establishes, "d) напоминает, что Комитет, учрежденный резолюцией 751 (1992), продолжит работу;"),
        .init("вновь подтверждая", .reaffirms, "вновь подтверждая свою резолюцию 46/182 от 19 декабря 1991 года,"),
        .init("вновь подтверждает", .reaffirms, "вновь подтверждает свою резолюцию 70/1;"),
        .init("принимая к сведению", .takesNoteOf, "принимая к сведению резолюцию 2017/21 Экономического и Социального Совета,"),
        .init("принимает к сведению", .takesNoteOf, "принимает к сведению доклад Генерального секретаря (A/77/303);"),
        .init("приветствуя", .welcomes, "приветствуя принятие резолюции 2532 (2020),"),
        .init("приветствует", .welcomes, "приветствует доклад A/77/303;"),
        .init("в соответствии с", .inAccordanceWith, "в соответствии с резолюциями 1267 (1999), 1989 (2011) и 2253 (2015)"),
        .init("согласно", .pursuantTo, "учрежденной согласно резолюции 59/300 Генеральной Ассамблеи"),
        .init("во исполнение", .pursuantTo, "представленный во исполнение резолюции 76/204,"),
        .init("осуществлени", .implements, "ход осуществления резолюции 1540 (2004)"),
        .init("см.", .see, "3 См. FCCC/CP/2015/10/Add.1, решение 1/CP.21, приложение."),
        .init("одобряет", .endorses, "одобряет резолюцию 2017/21 Экономического и Социального Совета;"),
    ]

    static let chinese: [Cue] = [
        .init("回顾", .recalls, "回顾安全理事会1981年12月17日第497(1981)号决议"),
        .init("重申", .reaffirms, "重申大会1991年12月19日第46/182号决议及其附件"),
        .init("注意到", .takesNoteOf, "注意到经济及社会理事会第2017/21号决议"),
        .init("欢迎", .welcomes, "欢迎安全理事会第2532(2020)号决议"),
        .init("根据", .inAccordanceWith, "根据第1267(1999)、1989(2011)和2253(2015)号决议所设委员会"),
        .init("依照", .inAccordanceWith, "依照大会第60/251号决议"),
        .init("按照", .inAccordanceWith, "按照第1540(2004)号决议"),
        .init("执行", .implements, "支持会员国执行第1540(2004)号决议"),
        .init("见", .see, "3 见FCCC/CP/2015/10/Add.1，第1/CP.21号决定，附件。"),
        .init("核可", .endorses, "核可经济及社会理事会第2017/21号决议"),
    ]

    static let arabic: [Cue] = [
        .init("تشير", .recalls, "وإذ تشير إلى قرار مجلس الأمن 497 (1981)"),
        .init("تعيد تأكيد", .reaffirms, "وإذ تعيد تأكيد قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991"),
        .init("تؤكد من جديد", .reaffirms, "وإذ تؤكد من جديد قرارها 70/1"),
        .init("تحيط علما", .takesNoteOf, "تحيط علما بتقرير الأمين العام (A/77/303)؛"),
        .init("ترحب", .welcomes, "وإذ ترحب بقرار مجلس الأمن 2532 (2020)"),
        .init("عملا", .pursuantTo, "المقدَّم عملا بالقرار 76/178"),
        .init("بموجب", .pursuantTo, "بموجب القرارات 1267 (1999) و 1989 (2011) و 2253 (2015)"),
        .init("وفقا", .inAccordanceWith, "وفقا للقرار 60/251"),
        .init("وفقاً", .inAccordanceWith, "وفقاً للقرار 60/251"),
        .init("تنفيذ", .implements, "تنفيذ القرار 1540 (2004)"),
        .init("انظر", .see, "3 () انظر FCCC/CP/2015/10/Add.1، المقرر 1/م أ-21، المرفق."),
        .init("تؤيد", .endorses, "تؤيد قرار المجلس الاقتصادي والاجتماعي 2017/21"),
    ]

    /// The relation of the citation at `start` in a text in `language`.
    static func classify(_ text: [UInt8], block: Block, start: Int, language: Language) -> Relation {
        let cues = cues(language)
        guard !cues.isEmpty else { return .mentions }
        return text.withUnsafeBufferPointer { t in
            let floor = max(0, min(block.range.lowerBound, start))
            let s = clauseStart(t, min(start, t.count), floor: floor)
            if let r = nearestCue(t, s, start, cues, language) { return r }
            // An item of a list after a colon takes the lead-in's cue: "Toma nota de los documentos
            // siguientes: a) ... (A/1); b) ... (A/2)". Not across lines: items a line or a block (mandates'
            // tasks) carry verbs of their own that the cue tables do not know.
            if let colon = ListLeadIn.colon(t, clause: s, floor: floor),
               let r = nearestCue(t, clauseStart(t, colon, floor: floor), colon, cues, language) { return r }
            return .mentions
        }
    }

    private static func clauseStart(_ t: Bytes, _ start: Int, floor: Int) -> Int {
        var s = start
        while s > floor, !clauseEnds(t, s) { s -= 1 }
        return s
    }

    /// The last cue between `from` and `to`.
    private static func nearestCue(_ t: Bytes, _ from: Int, _ to: Int, _ cues: [Cue], _ language: Language) -> Relation? {
        var best: Relation?
        var k = from
        scan: while k < to {
            if LanguageText.isWordChar(t, k), language == .zh || !LanguageText.letterBefore(t, k) || arabicAnd(t, k, language) {
                // A cue read whole is not read again from inside ("en application de", not "application de").
                let first = loweredLetter(t, k)
                for cue in cues { if let e = match(cue.words, t, k, limit: to, first: first) { best = cue.relation; k = e; continue scan } }
            }
            k += 1
        }
        return best
    }

    /// Whether a clause ends right before `i`.
    private static func clauseEnds(_ t: Bytes, _ i: Int) -> Bool {
        let b = t[i - 1]
        if b == 0x0A || b == UInt8(ascii: ";") { return true }
        // Not after a number or an abbreviation of one or two letters ("См.", "no.").
        if b == UInt8(ascii: "."), t.at(i) == 0x20 || t.at(i) == 0x0A, !t.at(i - 2).isDigit, i - 1 - LanguageText.wordStart(t, i - 1) > 4 { return true }
        if i >= 3, t.matches("。", at: i - 3) || t.matches("；", at: i - 3) { return true }
        return i >= 2 && t[i - 2] == 0xD8 && b == 0x9B  // ؛
    }

    /// After a glued Arabic "و" ("وترحب"): a cue may start there.
    private static func arabicAnd(_ t: Bytes, _ k: Int, _ language: Language) -> Bool {
        language == .ar && t.at(k - 2) == 0xD9 && t.at(k - 1) == 0x88 && !LanguageText.letterBefore(t, k - 2)
    }

    /// The cue at `k`, its first letter in either case, a space in it matching any space (also NBSP):
    /// the offset after it. `first` is the letter at `k` in lower case.
    private static func match(_ cue: [UInt8], _ t: Bytes, _ k: Int, limit: Int, first: (UInt8, UInt8, Int)) -> Int? {
        let (a, b, width) = first
        guard cue.count >= 2, cue[0] == a, width == 1 || cue[1] == b else { return nil }
        var i = k + width, j = width
        while j < cue.count {
            if cue[j] == 0x20 {
                var n = 0
                while i < limit {
                    if t[i] == 0x20 || t[i] == 0x0A { i += 1; n += 1 } else if t[i] == 0xC2, t.at(i + 1) == 0xA0 { i += 2; n += 1 } else { break }
                }
                guard n > 0 else { return nil }
                j += 1
                continue
            }
            guard i < limit, t[i] == cue[j] else { return nil }
            i += 1; j += 1
        }
        return i
    }

    /// The letter at `k` in lower case (ASCII, Latin-1 capitals, Cyrillic А-Я and Ё): its bytes and width.
    @inline(__always)
    private static func loweredLetter(_ t: Bytes, _ k: Int) -> (UInt8, UInt8, Int) {
        let b = t[k], c = t.at(k + 1)
        if b < 0x80 { return (b.isUpper ? b | 0x20 : b, 0, 1) }
        if b == 0xC3, (0x80...0x9E).contains(c) { return (0xC3, c + 0x20, 2) }
        if b == 0xD0, (0x90...0x9F).contains(c) { return (0xD0, c + 0x20, 2) }
        if b == 0xD0, (0xA0...0xAF).contains(c) { return (0xD1, c - 0x20, 2) }
        if b == 0xD0, c == 0x81 { return (0xD1, 0x91, 2) }
        return (b, c, 2)
    }
}
