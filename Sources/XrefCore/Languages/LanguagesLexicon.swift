/// What the other five languages say around a citation, as data (un-symbols-languages.md §2-4): the
/// resolution and decision words in the grammatical forms the texts use, organ names, conjunctions,
/// the words that open a date, possessives. `LanguageScan` reads these tables; the tests run the
/// examples at the end of each table through the whole recognizer.
struct LanguageTable {
    /// A trigger word: optional glued prefixes (Arabic "و", "ال", "ب"), a stem, and the endings allowed
    /// after it; the word must end there ("résolution" + "s", "резолюци" + "ями", "قرار" + "اتها").
    struct Form {
        var prefixes: [[UInt8]]
        var stem: [UInt8]
        var endings: [[UInt8]]
        var type: SymbolType
    }

    /// An organ name: words separated by spaces; a word ending in `*` matches any ending of that stem
    /// (Russian cases: "Совет*" is Совет, Совета, Советом, Совету ...).
    struct OrganName {
        var words: [(stem: [UInt8], open: Bool)]
        var body: Lexicon.BodyName
        init(_ name: String, _ body: Lexicon.BodyName) {
            words = name.split(separator: " ").map { w in
                w.hasSuffix("*") ? (Array(w.dropLast().utf8), true) : (Array(w.utf8), false)
            }
            self.body = body
        }
    }

    var forms: [Form]
    var organs: [OrganName]
    /// Words that join two items of a list: "et", "y", "и", "ainsi que".
    var conjunctions: [[UInt8]]
    /// Words that open a date after an item: "du", "de", "от", "en date du".
    var dateLeads: [[UInt8]]
    /// Words that may stand before an organ named after the list: "du", "de la", "del".
    var organLeads: [[UInt8]]
    /// "sa résolution", "su resolución", "свою резолюцию": the citing body is the sentence's subject.
    var possessives: [[UInt8]]
    /// The last word of "notamment", "y compris", "в частности", "ولا سيما": items may follow a
    /// trigger word after descriptive words and one of these.
    var connectors: [[UInt8]]
    /// Verbs of adoption after a body named earlier in the sentence: "le Conseil des droits de l’homme a
    /// adopté … la résolution 51/22" is the Council's resolution.
    var adoptions: [[UInt8]] = []
    /// Abbreviations of pinpoints that end in a full stop inside a list: "Resoluciones 51/210, secc. B,
    /// 56/280 B", "les résolutions 58/39, par. 9, et 64/21": the stop ends no sentence.
    var abbreviations: [[UInt8]] = []
    /// Sentences with the key each must give, checked by the tests.
    var examples: [(sentence: String, key: String)]
}

extension LanguageTable.Form {
    init(_ stem: String, _ endings: [String], _ type: SymbolType, prefixes: [String] = [""]) {
        self.init(prefixes: prefixes.map { Array($0.utf8) }, stem: Array(stem.utf8), endings: endings.map { Array($0.utf8) }, type: type)
    }
}

private func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

enum LanguagesLexicon {
    static func table(_ language: Language) -> LanguageTable? {
        switch language {
        case .fr: french
        case .es: spanish
        case .ru: russian
        case .ar: arabic
        case .en, .zh: nil
        }
    }

    static let french = LanguageTable(
        forms: [.init("résolution", ["", "s"], .resolution), .init("Résolution", ["", "s"], .resolution),
                .init("décision", ["", "s"], .decision), .init("Décision", ["", "s"], .decision)],
        organs: [
            .init("Conseil de sécurité", .organ(.sc)), .init("Assemblée générale", .organ(.ga)),
            .init("Conseil économique et social", .organ(.ecosoc)),
            .init("Conseil des droits de l’homme", .organ(.hrc)), .init("Conseil des droits de l'homme", .organ(.hrc)),
            .init("Commission des droits de l’homme", .organ(.chr)), .init("Commission des droits de l'homme", .organ(.chr)),
            .init("Commission des stupéfiants", .organ(.cnd)),
            .init("Commission pour la prévention du crime et la justice pénale", .organ(.ccpcj)),
            .init("Commission de la condition de la femme", .organ(.csw)),
            .init("Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée", .organ(.untocCOP)),
            .init("Conférence des États parties à la Convention des Nations Unies contre la corruption", .organ(.uncacCOSP)),
            // The texts also say "États parties" for the Organized Crime Convention's Conference of the Parties.
            .init("Conférence des États parties à la Convention des Nations Unies contre la criminalité transnationale organisée", .organ(.untocCOP)),
            .init("Assemblée des Nations Unies pour l’environnement", .organ(.unea)), .init("Assemblée des Nations Unies pour l'environnement", .organ(.unea)),
            .init("Commission de statistique", .organ(.statcom)),
            .init("Conseil", .generic(.council)), .init("Assemblée", .generic(.assembly)),
        ],
        conjunctions: words(["et", "ainsi que", "ou"]),
        dateLeads: words(["du", "en date du", "des"]),
        organLeads: words(["du", "de l’", "de l'", "de la", "des"]),
        possessives: words(["sa", "ses", "son"]),
        connectors: words(["notamment", "particulier", "compris", "dont"]),
        adoptions: words(["a adopté", "avait adopté", "a adoptée", "adoptait"]),
        abbreviations: words(["par", "sect", "chap", "art", "al", "p", "vol", "no", "suppl", "annexe"]),
        examples: [
            ("voir les résolutions 58/39, par. 9, et 64/21, par. 18", "A/RES/64/21"),
            ("Résolutions 51/210, sect. B, 56/280 B, sect. III, et 57/250, sect. III", "A/RES/57/250"),
            ("Réaffirmant sa résolution 46/182 du 19 décembre 1991,", "A/RES/46/182"),
            ("faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015)", "S/RES/2253 (2015)"),
            ("les résolutions 27/22, 32/21 et 50/16 du Conseil des droits de l’homme", "A/HRC/RES/32/21"),
            ("Rappelant en outre sa décision 74/550 A du 13 avril 2020,", "A/DEC/74/550"),
            ("Notant que, le 7 octobre 2022, le Conseil des droits de l’homme a adopté par consensus la résolution 51/22 sur les incidences", "A/HRC/RES/51/22"),
            ("Rappelle que, dans sa résolution 2005/5, la Commission des droits de l’homme a prié le Rapporteur spécial", "E/CN.4/RES/2005/5"),
            ("conformément à la résolution 5/11 de l’Assemblée des Nations Unies pour l’environnement", "UNEP/EA.5/Res.11"),
            ("le paragraphe d) de la décision 53/113 de la Commission de statistique en date du 11 mars 2022", "StatCom dec 53/113"),
            ("rappelant les résolutions 43/1, du 19 juin 2020, et 51/32, du 7 octobre 2022, du Conseil des droits de l’homme,", "A/HRC/RES/43/1"),
        ])

    static let spanish = LanguageTable(
        forms: [.init("resoluci", ["ón", "ones"], .resolution), .init("Resoluci", ["ón", "ones"], .resolution),
                .init("decisi", ["ón", "ones"], .decision), .init("Decisi", ["ón", "ones"], .decision)],
        organs: [
            .init("Consejo de Seguridad", .organ(.sc)), .init("Asamblea General", .organ(.ga)),
            .init("Consejo Económico y Social", .organ(.ecosoc)), .init("Consejo de Derechos Humanos", .organ(.hrc)),
            .init("Comisión de Derechos Humanos", .organ(.chr)), .init("Comisión de Estupefacientes", .organ(.cnd)),
            .init("Comisión de Prevención del Delito y Justicia Penal", .organ(.ccpcj)),
            .init("Comisión de la Condición Jurídica y Social de la Mujer", .organ(.csw)),
            .init("Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional", .organ(.untocCOP)),
            .init("Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción", .organ(.uncacCOSP)),
            .init("Conferencia de los Estados Parte en la Convención de las Naciones Unidas contra la Corrupción", .organ(.uncacCOSP)),
            .init("Asamblea de las Naciones Unidas sobre el Medio Ambiente", .organ(.unea)),
            .init("Comisión de Estadística", .organ(.statcom)),
            .init("Consejo", .generic(.council)), .init("Asamblea", .generic(.assembly)),
        ],
        conjunctions: words(["y", "e", "así como", "o"]),
        dateLeads: words(["de"]),
        organLeads: words(["del", "de la", "de los"]),
        possessives: words(["su", "sus"]),
        connectors: words(["particular", "incluida", "incluidas", "incluido", "incluidos", "especial"]),
        adoptions: words(["aprobó", "adoptó", "ha aprobado", "había aprobado"]),
        abbreviations: words(["párr", "párrs", "secc", "cap", "art", "apdo", "pág", "vol", "núm", "anexo"]),
        examples: [
            ("Resoluciones 51/210, secc. B, 56/280 B, secc. III, y 57/250, secc. III", "A/RES/57/250"),
            ("véanse las resoluciones 58/39, párr. 9, y 64/21, párr. 18", "A/RES/64/21"),
            ("Reafirmando su resolución 46/182, de 19 de diciembre de 1991,", "A/RES/46/182"),
            ("dimanante de las resoluciones 1267 (1999), 1989 (2011) y 2253 (2015)", "S/RES/1989 (2011)"),
            ("las resoluciones del Consejo de Derechos Humanos 27/22, de 26 de septiembre de 2014, y 32/21", "A/HRC/RES/32/21"),
            ("Recordando además su decisión 74/550 A, de 13 de abril de 2020,", "A/DEC/74/550"),
            ("Observando que el 7 de octubre de 2022 el Consejo de Derechos Humanos aprobó por consenso la resolución 51/22 sobre", "A/HRC/RES/51/22"),
            ("y las resoluciones pertinentes del Consejo de Derechos Humanos, en particular las resoluciones 7/34, de 28 de marzo de 2008,", "A/HRC/RES/7/34"),
            ("de conformidad con la resolución 5/11 de la Asamblea de las Naciones Unidas sobre el Medio Ambiente", "UNEP/EA.5/Res.11"),
            ("el apartado d) de la decisión 53/113 de la Comisión de Estadística, de 11 de marzo de 2022", "StatCom dec 53/113"),
        ])

    static let russian = LanguageTable(
        forms: [.init("резолюци", ["я", "и", "ю", "ей", "й", "ях", "ями", "ям"], .resolution),
                .init("Резолюци", ["я", "и", "ю", "ей", "й", "ях", "ями", "ям"], .resolution),
                .init("решени", ["е", "я", "й", "ю", "и", "ем", "ях", "ями", "ям"], .decision),
                .init("Решени", ["е", "я", "й", "ю", "и", "ем", "ях", "ями", "ям"], .decision)],
        organs: [
            .init("Совет* Безопасности", .organ(.sc)), .init("Генеральн* Ассамбле*", .organ(.ga)),
            .init("Экономическ* и Социальн* Совет*", .organ(.ecosoc)), .init("Совет* по правам человека", .organ(.hrc)),
            .init("Комисси* по правам человека", .organ(.chr)), .init("Комисси* по наркотическим средствам", .organ(.cnd)),
            .init("Комисси* по предупреждению преступности и уголовному правосудию", .organ(.ccpcj)),
            .init("Комисси* по положению женщин", .organ(.csw)),
            .init("Конференци* участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности", .organ(.untocCOP)),
            .init("Конференци* государств - участников Конвенции Организации Объединенных Наций против коррупции", .organ(.uncacCOSP)),
            .init("Конференци* государств — участников Конвенции Организации Объединенных Наций против коррупции", .organ(.uncacCOSP)),
            .init("Ассамбле* Организации Объединенных Наций по окружающей среде", .organ(.unea)),
            .init("Статистическ* комисси*", .organ(.statcom)),
            .init("Совет*", .generic(.council)), .init("Ассамбле*", .generic(.assembly)),
        ],
        conjunctions: words(["и", "а также", "или"]),
        dateLeads: words(["от"]),
        // "резолюцию 8/10 от 20 декабря 2019 года, принятую Конференцией ...": adopted by the body named after.
        organLeads: words(["принятую", "принятой", "принятые", "принятых", "принятое", "принятого", "принятом"]),
        possessives: words(["свою", "своей", "свои", "своих", "своими", "своим", "своем", "своём", "его", "ее", "её"]),
        connectors: words(["частности", "включая", "том"]),
        adoptions: words(["принял", "приняла", "принял консенсусом"]),
        abbreviations: words(["п", "пп", "разд", "гл", "ст", "стр", "т"]),
        examples: [
            ("см. резолюции 58/39, п. 9, и 64/21, п. 18", "A/RES/64/21"),
            ("вновь подтверждая свою резолюцию 46/182 от 19 декабря 1991 года", "A/RES/46/182"),
            ("в соответствии с резолюциями 1267 (1999), 1989 (2011) и 2253 (2015)", "S/RES/1267 (1999)"),
            ("резолюции Совета по правам человека 27/22 от 26 сентября 2014 года", "A/HRC/RES/27/22"),
            ("ссылаясь далее на свое решение 74/550 A от 13 апреля 2020 года", "A/DEC/74/550"),
            ("в соответствии с резолюцией 5/11 Ассамблеи Организации Объединенных Наций по окружающей среде", "UNEP/EA.5/Res.11"),
            ("приветствуя резолюцию 8/10 от 20 декабря 2019 года, принятую Конференцией государств — участников Конвенции Организации Объединенных Наций против коррупции", "UNCAC-COSP res 8/10"),
            ("пункт (d) решения 53/113 Статистической комиссии от 11 марта 2022 года", "StatCom dec 53/113"),
        ])

    /// Arabic glues "و" (and), "ب" (by), "ل" (to) and the article "ال" to the word, and the possessive
    /// after it: قرارها "its resolution", وقراراتها "and its resolutions", بالقرار "by resolution".
    static let arabicPrefixes = ["", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "وب", "وبال", "ول", "ولل", "ك"]
    static let arabic = LanguageTable(
        // "قرارتها" is a frequent misspelling of قراراتها "its resolutions".
        forms: [.init("قرار", ["", "ها", "ه", "ات", "اتها", "اته", "ين", "يها", "يه", "اتهما", "ي", "اتنا", "ان", "اه", "يهما", "تها"], .resolution, prefixes: arabicPrefixes),
                // "مقرر" is also "rapporteur" ("المقرر الخاص"): only a number right after makes it a decision.
                .init("مقرر", ["", "ها", "ه", "ات", "اتها", "اته", "ين", "يها", "يه"], .decision, prefixes: arabicPrefixes)],
        organs: [
            .init("مجلس الأمن", .organ(.sc)), .init("لمجلس الأمن", .organ(.sc)), .init("ومجلس الأمن", .organ(.sc)),
            // "قرار الجمعية العامة للأمم المتحدة 46/182" (resolution of the General Assembly of the United Nations):
            // the longer name first, so the number after it is still the list's.
            .init("الجمعية العامة للأمم المتحدة", .organ(.ga)),
            .init("الجمعية العامة", .organ(.ga)), .init("والجمعية العامة", .organ(.ga)), .init("للجمعية العامة", .organ(.ga)),
            .init("المجلس الاقتصادي والاجتماعي", .organ(.ecosoc)), .init("والمجلس الاقتصادي والاجتماعي", .organ(.ecosoc)),
            .init("للمجلس الاقتصادي والاجتماعي", .organ(.ecosoc)),
            .init("مجلس حقوق الإنسان", .organ(.hrc)), .init("لمجلس حقوق الإنسان", .organ(.hrc)), .init("ومجلس حقوق الإنسان", .organ(.hrc)),
            .init("لجنة حقوق الإنسان", .organ(.chr)), .init("لجنة المخدرات", .organ(.cnd)),
            .init("لجنة منع الجريمة والعدالة الجنائية", .organ(.ccpcj)), .init("لجنة وضع المرأة", .organ(.csw)),
            .init("مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", .organ(.untocCOP)),
            .init("مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد", .organ(.uncacCOSP)),
            .init("لمؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد", .organ(.uncacCOSP)),
            .init("مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", .organ(.untocCOP)),
            .init("لمؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", .organ(.untocCOP)),
            .init("جمعية الأمم المتحدة للبيئة", .organ(.unea)), .init("اللجنة الإحصائية", .organ(.statcom)),
            .init("الجمعية", .generic(.assembly)), .init("المجلس", .generic(.council)),
        ],
        conjunctions: [],
        dateLeads: words(["المؤرخ", "المؤرخة", "المؤرخين", "المؤرختين", "المؤرخان"]),
        // "بالقرار 8/10 المؤرخ … الصادر عن مؤتمر …": issued by the body named after.
        // "… الذي اتخذه مؤتمر …": which the body adopted.
        organLeads: words(["الصادر عن", "الصادرة عن", "الصادرين عن", "الصادرتين عن", "الصادرات عن",
                           "الذي اتخذه", "التي اتخذها", "اللذين اتخذهما", "الذي اعتمده", "التي اعتمدها"]),
        possessives: [],
        connectors: words(["سيما", "ذلك", "فيها"]),
        adoptions: words(["اعتمد", "اتخذ"]),
        examples: [
            ("وإذ تعيد تأكيد قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991", "A/RES/46/182"),
            ("بموجب القرارات 1267 (1999) و 1989 (2011) و 2253 (2015)", "S/RES/2253 (2015)"),
            ("وقرارات مجلس حقوق الإنسان 27/22 المؤرخ 26 أيلول/سبتمبر 2014", "A/HRC/RES/27/22"),
            ("وإذ تشير إلى القرار 217 ألف (د-3)", "A/RES/217 (III)"),
            ("لتقديم المساعدة الإنسانية في حالات الطوارئ (قرار الجمعية العامة للأمم المتحدة 46/182)، بما فيها", "A/RES/46/182"),
            ("وإذ تشير كذلك إلى مقررها 74/550 ألف المؤرخ 13 نيسان/أبريل 2020", "A/DEC/74/550"),
            ("قراراتها 59/296 و 60/266 و61/276", "A/RES/61/276"),
            ("وإذ ترحب في هذا الصدد بالقرار 8/10 المؤرخ 20 كانون الأول/ديسمبر 2019 الصادر عن مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد", "UNCAC-COSP res 8/10"),
            ("تمشياً مع قرار جمعية الأمم المتحدة للبيئة 5/11 المؤرخ 2 آذار/مارس 2022", "UNEP/EA.5/Res.11"),
            ("في أعقاب القرار 10/1 المؤرخ 16 تشرين الأول/ أكتوبر 2020 الذي اتخذه مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "UNTOC-COP res 10/1"),
            ("أن تنفّذ القرار 11/6 المؤرخ 21 تشرين الأول/أكتوبر 2022 لمؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "UNTOC-COP res 11/6"),
            ("وتشير في هذا الصدد إلى قرارتها 46/232 و 51/241 و 71/263", "A/RES/51/241"),
            ("القرار د إ-23/2، المرفق.", "A/RES/S-23/2"),
            ("بموجب قراري مجلس الأمن 1267/1988، المنشأ بموجب الفقرة 7 من القرار 1526 (2004)", "S/RES/1526 (2004)"),
        ])
}
