import Foundation
import Testing
@testable import XrefCore

/// Judged samples of the French and Spanish editions (issue 18): four General Assembly resolutions drawn from
/// `../shared/corpus/akn-intl/manifest.tsv` with Python's `random.seed(18); random.sample(sorted GA symbols
/// of the French rows, 4)` (77/205, 77/16, 79/128, 77/322); every operative paragraph of each edition read
/// and its mandates labelled by what the resolution asks (the English edition settles a translation's
/// doubt: French "Demande au Groupe d’experts" is "Requests", "Demande aux États" is "Calls upon").
/// Labels are the same in both languages; the known errors are each reader's.
enum JudgedMandatesLanguages {
    static func rows(_ suffix: String, _ known: [String: Set<String>]) -> [JudgedMandate] {
        let labels: [(String, String, String, String, String, String)] = [
            ("77_205", "8", "requests", "official", "report", "GA 78"),  // the Chair-Rapporteur of the Ad Hoc Committee
            ("77_205", "12", "requests", "body", "action", ""),
            ("77_205", "13", "invites", "body", "action", ""),  // the Permanent Forum and the Working Group of Experts
            ("77_205", "17", "invites", "body", "report", ""),  // clause 2: the Human Rights Council
            ("77_205", "17b", "invites", "official", "meeting", "GA 78"),  // clause 3: "celle-ci" (the Chair), an interactive dialogue
            ("77_205", "22", "requests", "entity", "action", ""),
            ("77_205", "23", "requests", "secretariat", "action", ""),
            ("77_205", "28", "requests", "secretariat", "action", ""),
            ("77_205", "31", "requests", "secretariat", "information", "GA 78"),  // a section in the report
            ("77_205", "32", "requests", "secretariat", "action", ""),  // "…, et prie à cette fin le Secrétaire général"
            ("77_205", "34", "requests", "official", "action", ""),  // "Réitère les demandes adressées à la Rapporteuse spéciale"
            ("77_205", "36", "requests", "entity", "action", ""),
            ("77_205", "38", "requests", "secretariat", "action", ""),
            ("77_205", "42", "requests", "entity", "action", ""),
            ("77_205", "47", "requests", "secretariat", "report", "GA 78"),
            ("77_205", "48", "requests", "official", "meeting", ""),  // the two Presidents convene commemorative meetings
            ("77_205", "49", "decides", "self", "agenda item", "GA 78"),  // remains seized at its 78th session
            ("77_16", "2", "invites", "secretariat", "action", ""),
            ("77_16", "4", "requests", "secretariat", "report", "GA 79"),
            ("77_16", "5", "decides", "self", "agenda item", "GA 79"),
            ("79_128", "5", "decides", "body", "meeting", ""),  // the Sixth Committee resumes its session
            ("79_128", "6", "requests", "secretariat", "report", ""),  // clause 2: a compilation of the proposals
            ("79_128", "7", "decides", "self", "agenda item", "GA 80"),
            ("77_322", "5", "requests", "secretariat", "action", ""),
        ]
        return labels.map { l in
            let paragraph = l.1.hasSuffix("b") ? String(l.1.dropLast()) : l.1
            return JudgedMandate(file: files[l.0]! + suffix + ".txt", paragraph: paragraph, verb: l.2, type: l.3, deliverable: l.4,
                                 due: l.5, knownErrors: known[l.0 + "#" + l.1] ?? [])
        }
    }

    static let files = ["77_205": "A_RES_77_205-2228931", "77_16": "A_RES_77_16-2226538", "79_128": "A_RES_79_128-2423499",
                        "77_322": "A_RES_77_322-2315250"]

    static let french = rows("F", [
        "77_205#17b": ["missed"],  // the pronoun "celle-ci" is no addressee the reader knows
        "77_205#34": ["deliverable"],  // "action + report": the report is the one to be examined, not asked for
        "77_205#48": ["deliverable"],  // "séances commémoratives" are meetings: read as action
        "79_128#5": ["deliverable"],  // "reprendra sa session": read as action
    ])

    static let spanish = rows("S", [
        "77_205#8": ["missed"],
        "77_205#17b": ["deliverable"],  // "diálogo interactivo" read as action
        "77_205#22": ["deliverable"],  // "información pública" read as information
        "77_205#31": ["deliverable"],  // a section in the report read as a report
        "77_205#34": ["missed"],
        "77_205#48": ["deliverable"],
        "79_128#5": ["deliverable"],
        "79_128#6": ["deliverable"],  // "compilación" after "todas las propuestas": read as action
    ])
}

@Suite(.enabled(if: Corpus.available)) struct JudgedMandatesLanguagesTests {
    @Test func frenchEditions() throws {
        try JudgedMandatesTests.judge(JudgedMandatesLanguages.french, folder: "akn-intl-text/fr/",
                                      files: JudgedMandatesLanguages.files.values.sorted().map { $0 + "F.txt" },
                                      knownFalsePositives: [], name: "French judged mandates")
    }

    @Test func spanishEditions() throws {
        try JudgedMandatesTests.judge(JudgedMandatesLanguages.spanish, folder: "akn-intl-text/es/",
                                      files: JudgedMandatesLanguages.files.values.sorted().map { $0 + "S.txt" },
                                      knownFalsePositives: [], name: "Spanish judged mandates")
    }

    /// Every lexicon entry's example sentence reads as the entry says.
    @Test(arguments: [Language.fr, .es]) func lexiconExamples(_ language: Language) throws {
        let lexicon = try #require(ClauseLanguage.of(language))
        for v in lexicon.verbs {
            let clauses = read("1. " + v.example, language)
            #expect(clauses.first?.verb == v.verb, "\(language) \(v.phrase): \(clauses.first?.verb ?? "none")")
        }
        for p in lexicon.parties {
            let clauses = read("1. " + p.example, language)
            #expect(clauses.first?.addressee == p.name, "\(language) \(p.phrase): \(clauses.first?.addressee ?? "none")")
        }
        for cue in lexicon.recurrences where cue.example.hasPrefix(language == .fr ? "Prie" : "Solicita") {
            #expect(read("1. " + cue.example, language).first?.recurrence == cue.recurrence, "\(language) \(cue.phrase)")
        }
    }

    @Test func ordinals() {
        #expect(ClauseTimes.frenchOrdinal("quatre-vingt-unième") == 81 && ClauseTimes.frenchOrdinal("soixante-dix-huitième") == 78)
        #expect(ClauseTimes.frenchOrdinal("trente-deuxième") == 32 && ClauseTimes.frenchOrdinal("quatre-vingtième") == 80)
        #expect(ClauseTimes.spanishOrdinal("octogésimo", next: "primer")! == (81, 2) && ClauseTimes.spanishOrdinal("59º", next: "período")! == (59, 1))
    }

    func read(_ paragraph: String, _ language: Language) -> [MandateClause] {
        let bytes = Array(paragraph.utf8)
        return ClauseReader.read(bytes, blocks: [Block(id: "1", kind: .operative, range: 0..<bytes.count)], organ: .ga,
                                 symbol: "A/RES/77/1", language: language)
    }
}
