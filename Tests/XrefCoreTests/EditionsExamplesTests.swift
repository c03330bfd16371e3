import Testing
@testable import XrefCore

/// Sentences of the `akn-intl` resolutions whose symbols differed from their English editions, one group
/// per cause fixed (issue 14), each with every key it must give and no other. Footnote marks the markup
/// sets apart read as spaces ("2020 , 44/20"), as the pipeline hands them over.
struct EditionsExamplesTests {
    static let examples: [(cause: String, language: Language, sentence: String, keys: Set<String>)] = [
        ("the body named after a list resumed past footnote marks", .fr,
         "rappelant les résolutions 43/1, du 19 juin 2020 , 44/20, du 17 juillet 2020 , et 51/32, du 7 octobre 2022 , du Conseil des droits de l’homme,",
         ["A/HRC/RES/43/1", "A/HRC/RES/44/20", "A/HRC/RES/51/32"]),
        ("the body named after a list resumed past footnote marks", .fr,
         "ainsi que les résolutions 23/17 du 13 juin 2013 , 27/18 du 25 septembre 2014 et 57/23 du 10 octobre 2024 du Conseil des droits de l’homme,",
         ["A/HRC/RES/23/17", "A/HRC/RES/27/18", "A/HRC/RES/57/23"]),
        ("a body carried over to the next trigger of the sentence past footnote marks", .es,
         "así como las resoluciones del Consejo de Derechos Humanos 28/16, de 26 de marzo de 2015 , 34/7, de 23 de marzo de 2017 , y 48/4, de 7 de octubre de 2021 , relativas al derecho a la privacidad en la era digital, y las resoluciones 32/13, de 1 de julio de 2016 , y 38/7, de 5 de julio de 2018 ,",
         ["A/HRC/RES/28/16", "A/HRC/RES/34/7", "A/HRC/RES/48/4", "A/HRC/RES/32/13", "A/HRC/RES/38/7"]),
        ("an adjective between the word and the body", .es,
         "y las resoluciones pertinentes del Consejo de Derechos Humanos, en particular las resoluciones 7/34, de 28 de marzo de 2008 , 18/15, de 29 de septiembre de 2011 , y 21/33, de 28 de septiembre de 2012 ,",
         ["A/HRC/RES/7/34", "A/HRC/RES/18/15", "A/HRC/RES/21/33"]),
        ("the subject after the comma of 'its resolution'", .fr,
         "67. Rappelle que, dans sa résolution 2005/5, la Commission des droits de l’homme a prié le Rapporteur spécial",
         ["E/CN.4/RES/2005/5"]),
        ("bodies the tables lacked: Environment Assembly, Statistical Commission, Organized Crime Convention", .fr,
         "conformément à la résolution 5/11 de l’Assemblée des Nations Unies pour l’environnement, en date du 2 mars 2022, et le paragraphe d) de la décision 53/113 de la Commission de statistique en date du 11 mars 2022",
         ["UNEP/EA.5/Res.11", "StatCom dec 53/113"]),
        ("bodies the tables lacked: Environment Assembly, Statistical Commission, Organized Crime Convention", .fr,
         "et rappelle à cet égard la résolution 10/4 de la Conférence des États parties à la Convention des Nations Unies contre la criminalité transnationale organisée, en date du 16 octobre 2020",
         ["UNTOC-COP res 10/4"]),
        ("bodies the tables lacked: Environment Assembly, Statistical Commission, Organized Crime Convention", .ru,
         "в соответствии с положениями резолюции 5/11 Ассамблеи Организации Объединенных Наций по окружающей среде от 2 марта 2022 года",
         ["UNEP/EA.5/Res.11"]),
        ("the body that adopted it, named after the date", .ru,
         "и приветствуя в этой связи резолюцию 8/10 от 20 декабря 2019 года, принятую Конференцией государств — участников Конвенции Организации Объединенных Наций против коррупции",
         ["UNCAC-COSP res 8/10"]),
        ("the body that adopted it, named after the date", .ar,
         "في أعقاب القرار 10/1 المؤرخ 16 تشرين الأول/ أكتوبر 2020 الذي اتخذه مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
         ["UNTOC-COP res 10/1"]),
        ("Arabic spellings: a spaced special-session prefix, a misspelt plural", .ar, "7 () القرار د إ-23/2، المرفق.", ["A/RES/S-23/2"]),
        ("Arabic spellings: a spaced special-session prefix, a misspelt plural", .ar,
         "وتشير في هذا الصدد إلى قرارتها 46/232 و 51/241 و 71/263", ["A/RES/46/232", "A/RES/51/241", "A/RES/71/263"]),
        ("two Council resolutions joined by a slash are no session/number", .ar,
         "العامل بموجب قراري مجلس الأمن 1267/1988، المنشأ بموجب الفقرة 7 من القرار 1526 (2004)", ["S/RES/1526 (2004)"]),
        ("Chinese: a chain across footnote marks, a date ending at 日", .zh,
         "回顾人权理事会关于精神卫生与人权的2016年7月1日第32/18号、 2017年9月28日第36/13号、 2020年6月19日第43/13号  和2023年4月3日第52/12号决议，",
         ["A/HRC/RES/32/18", "A/HRC/RES/36/13", "A/HRC/RES/43/13", "A/HRC/RES/52/12"]),
        ("Chinese: a chain across footnote marks, a date ending at 日", .zh,
         "1994年7月29日第48/226 C号、1995年7月20日49/250号和1996年6月7日第50/221 B号决议", ["A/RES/48/226", "A/RES/49/250", "A/RES/50/221"]),
        ("Chinese: the body before 包括 and before a quoted title", .zh,
         "并回顾人权理事会关于该议题的各项决议，包括2022年10月6日第51/13号决议", ["A/HRC/RES/51/13"]),
        ("Chinese: the body before 包括 and before a quoted title", .zh,
         "并注意到通过了麻醉药品委员会2022年3月18日题为“加强国际合作，处理非法药物贩运与非法枪支贩运之间的联系”的第65/2号决议",
         ["CND res 65/2"]),
        ("Chinese: the body before 包括 and before a quoted title", .zh,
         "欢迎联合国环境规划署大会第五届会议续会2022年3月2日第5/14号决议", ["UNEP/EA.5/Res.14"]),
    ]

    @Test func everyExampleGivesExactlyItsKeys() {
        for e in Self.examples {
            let keys = Set(LanguagesTests.citations(e.sentence, e.language).map(\.symbol))
            #expect(keys == e.keys, "\(e.cause) (\(e.language)): \(e.sentence) -> \(keys.sorted())")
        }
    }

    @Test func shortFrenchResolutionsAreFrench() {
        // Few of the function words counted before ("les", "et", "sur"); "le", "par", "sa", "ses" tell.
        let text = "Résolution 2661 (2022)\n\nAdoptée par le Conseil de sécurité à sa 9193e séance, le 15 novembre 2022\n\nLe Conseil de sécurité,\n\nRappelant toutes ses résolutions antérieures et les déclarations de sa présidence sur la situation en Somalie,\n\n1. Décide de proroger la résolution 2607 (2021) jusqu’au 17 novembre 2022 ;\n\n2. Décide de rester activement saisi de la question."
        #expect(Language.detect(Array(text.utf8)) == .fr)
        // The edition names itself in its own language: not a citation.
        let own = DocumentIdentity.identify(Array(text.utf8), path: "x.txt").ownSymbols
        #expect(own == ["S/RES/2661 (2022)"])
        for first in ["Resolución 2652 (2022)", "Резолюция 2652 (2022),", "القرار 2652 (2022)", "第2652(2022)号决议"] {
            #expect(DocumentIdentity.identify(Array((first + "\n\ntext").utf8), path: "x.txt").ownSymbols == ["S/RES/2652 (2022)"], "\(first)")
        }
    }
}

/// Resolution lines of the other languages: headers, organ lines, closing lines, Arabic numbering.
struct EditionsSegmentationTests {
    @Test func editionsSegmentLikeEnglish() {
        let editions: [String] = [
            "Résolution adoptée par l’Assemblée générale le 7 décembre 2022\n\n77/38. Création d’une zone\n\nL’Assemblée générale,\n\nRappelant ses résolutions 3263 (XXIX),\n\n1. Prie instamment toutes les parties ;\n\n2. Décide d’inscrire la question.\n\n46e séance plénière 7 décembre 2022\n\n1 Résolution S-10/2.",
            "Resolución aprobada por la Asamblea General el 7 de diciembre de 2022\n\n77/38. Creación de una zona\n\nLa Asamblea General,\n\nRecordando sus resoluciones 3263 (XXIX),\n\n1. Insta a todas las partes;\n\n2. Decide incluir el tema.\n\n46a sesión plenaria 7 de diciembre de 2022\n\n1 Resolución S-10/2.",
            "Резолюция, принятая Генеральной Ассамблеей 7 декабря 2022 года\n\n77/38. Создание зоны\n\nГенеральная Ассамблея,\n\nссылаясь на свои резолюции 3263 (XXIX),\n\n1. настоятельно призывает все стороны;\n\n2. постановляет включить пункт.\n\n46‑е пленарное заседание 7 декабря 2022 года\n\n1 Резолюция S-10/2.",
            "2022年12月7日大会决议\n\n77/38. 建立中东无核武器区\n\n大会，\n\n回顾其第3263(XXIX)号决议，\n\n1. 敦促所有直接有关各方；\n\n2. 决定将该项目列入议程。\n\n第46次全体会议 2022年12月7日\n\n1 S-10/2号决议。",
            "قرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر 2022\n\n77/38 إنشاء منطقة خالية\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها 3263 (د-29)،\n\n1 - تحث جميع الأطراف؛\n\n2 - تقرر أن تدرج البند.\n\nالجلسة العامة 46 7 كانون الأول/ديسمبر 2022\n\n1 القرار دإ-10/2.",
        ]
        for text in editions {
            let ids = Segmenter.segment(Array(text.utf8)).map(\.id)
            #expect(ids == ["title", "title", "title", "pp1", "1", "2", "b6", "fn1"], "\(text.prefix(30)): \(ids)")
        }
    }
}
