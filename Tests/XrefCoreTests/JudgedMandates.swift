/// A judged sample of General Assembly resolutions (issue 18): every operative paragraph read by hand and
/// its mandate clauses labelled. Drawn from ../shared/corpus/akn-text (sessions 75, 77, 79) with Python's
/// `random.seed(18); random.sample(files, 12)` over the GA files of those sessions sorted by name; all 12
/// labelled (224 operative paragraphs and sub-paragraphs).
/// Only mandate clauses are rows: every other clause of these files was judged not a mandate, so a
/// mandate the reader finds there is a false positive (listed in `knownFalsePositives` when known).
struct JudgedMandate {
    var file: String
    var paragraph: String
    var verb: String
    var type: String
    var deliverable: String
    var due: String
    /// What the reader gets wrong on this row, if anything known: "missed", "deliverable", "due", "type".
    var knownErrors: Set<String> = []
}

enum JudgedMandates {
    static let files = [
        "75_265_E.txt", "75_213_E.txt", "A_RES_77_97-2228241E.txt", "75_50_E.txt",
        "75_280_E.txt", "A_RES_79_61-2423091E.txt", "A_RES_77_66-2228156E.txt", "75_267_E.txt",
        "A_RES_77_209-2228950E.txt", "A_RES_77_103-2228249E.txt", "A_RES_77_247-2300138E.txt", "A_RES_77_250-2300144E.txt",
    ]

    static let rows: [JudgedMandate] = [
        // 75/265 Cooperation between the United Nations and the OPCW: 1-8 take note, note, commend, welcome, recall.
        .init(file: "75_265_E.txt", paragraph: "9", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 77"),
        // 75/213 Sustainable consumption and production: 6, 11, 13, 15, 16 encourage; 5, 7, 12 urge.
        .init(file: "75_213_E.txt", paragraph: "14", verb: "requests", type: "entity", deliverable: "action", due: ""),
        .init(file: "75_213_E.txt", paragraph: "17", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 76",
              knownErrors: ["deliverable"]),  // "and to recommend concrete actions" (in the report) read as a second deliverable
        .init(file: "75_213_E.txt", paragraph: "18", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 76"),
        // 77/97 Responsibility of States: 1 commends to Governments; 8 encourages Member States.
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "2", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "5", verb: "requests", type: "secretariat", deliverable: "report", due: ""),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "5", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 80"),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "6", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 80"),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "7", verb: "requests", type: "secretariat", deliverable: "report + action", due: ""),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "7", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 80"),
        .init(file: "A_RES_77_97-2228241E.txt", paragraph: "9", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 80"),
        // 75/50 Conventional arms control: 1 "Decides to give urgent consideration" is no mandate (no act, no session).
        .init(file: "75_50_E.txt", paragraph: "2", verb: "requests", type: "body", deliverable: "action", due: ""),
        .init(file: "75_50_E.txt", paragraph: "3", verb: "requests", type: "secretariat", deliverable: "action + report", due: "GA 76"),
        .init(file: "75_50_E.txt", paragraph: "4", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 76"),
        // 75/280 Stockholm+50: 2, 3, 5 decide what the meeting is (self-executing); 4 welcomes Sweden's offer.
        .init(file: "75_280_E.txt", paragraph: "1", verb: "decides", type: "self", deliverable: "meeting", due: "2022-06-02"),
        .init(file: "75_280_E.txt", paragraph: "6", verb: "requests", type: "entity", deliverable: "action", due: ""),
        .init(file: "75_280_E.txt", paragraph: "7", verb: "invites", type: "body", deliverable: "action", due: "2022",
              knownErrors: ["due"]),  // the date stands in the addressee's qualifier ("at its resumed fifth session, in 2022")
        .init(file: "75_280_E.txt", paragraph: "8", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 75"),
        // 79/61 Arms control treaties: 1, 3, 4 urge and call upon States; 10, 11 encourage.
        .init(file: "A_RES_79_61-2423091E.txt", paragraph: "9", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_79_61-2423091E.txt", paragraph: "13", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 81"),
        // 77/66 NPT Review Conference: 1 takes note.
        .init(file: "A_RES_77_66-2228156E.txt", paragraph: "2", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        // 75/267 Media and Information Literacy Week: 1 proclaims; 2 invites Member States first; 7 calls upon agencies.
        .init(file: "75_267_E.txt", paragraph: "9", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        // 77/209 Torture: States are urged and called upon throughout; 42 calls upon the High Commissioner (hortatory).
        .init(file: "A_RES_77_209-2228950E.txt", paragraph: "44", verb: "requests", type: "official", deliverable: "information", due: ""),
        .init(file: "A_RES_77_209-2228950E.txt", paragraph: "47", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_209-2228950E.txt", paragraph: "49", verb: "requests", type: "secretariat", deliverable: "action + report", due: "GA 78 + GA 79 + GA 80"),
        .init(file: "A_RES_77_209-2228950E.txt", paragraph: "52", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 78 + GA 79 + GA 80"),
        .init(file: "A_RES_77_209-2228950E.txt", paragraph: "53", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 80"),
        // 77/103 Report of the ILC: 4, 44 recommend; 8, 15, 20, 21, 43 encourage; 26 notes the Commission's own request.
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "3", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 78",
              knownErrors: ["due"]),  // "the report of the Commission on the work of its seventy-fourth session" read as a due too
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "10", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "12", verb: "invites", type: "body", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "14", verb: "requests", type: "official", deliverable: "report", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "17", verb: "decides", type: "body", deliverable: "meeting", due: "2023-04-24"),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "18", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "23", verb: "requests", type: "body", deliverable: "information", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "31", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "33", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "37", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "39", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "40", verb: "requests", type: "secretariat", deliverable: "action + report", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "41", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_103-2228249E.txt", paragraph: "42", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        // 77/247 Israeli practices: demands and calls are on Israel and States; 18(a), 18(b) are the questions put to the Court.
        .init(file: "A_RES_77_247-2300138E.txt", paragraph: "18", verb: "requests", type: "body", deliverable: "other", due: ""),
        .init(file: "A_RES_77_247-2300138E.txt", paragraph: "19", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 78"),
        // 77/250 Arms race in outer space: 3 calls upon States (with sub-paragraphs); 5 urges the Conference on Disarmament.
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "8", verb: "requests", type: "secretariat", deliverable: "action", due: ""),
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "9", verb: "decides", type: "body", deliverable: "meeting", due: "2023 + 2024",
              knownErrors: ["deliverable"]),  // "will operate by consensus ... and hold two 2-week sessions": the meeting comes second
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "10", verb: "requests", type: "official", deliverable: "meeting", due: "2024"),
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "11", verb: "requests", type: "secretariat", deliverable: "report", due: "GA 79"),
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "12", verb: "decides", type: "body", deliverable: "report", due: "",
              knownErrors: ["missed"]),  // "Decides that, if the Conference ... agrees ..., the ... Group ... will conclude its work and submit": a condition before the subject
        .init(file: "A_RES_77_250-2300144E.txt", paragraph: "13", verb: "decides", type: "self", deliverable: "agenda item", due: "GA 78"),
    ]

    /// Mandates the reader finds that the judge did not: "file#paragraph#clause".
    static let knownFalsePositives: Set<String> = []
}
