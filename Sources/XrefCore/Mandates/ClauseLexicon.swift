/// The words the clause reader knows (DESIGN §9), kept as data. Every entry carries a sentence quoted
/// from the corpus (`shared/corpus/akn-text`, `reference/mandates.md`) or constructed in its style; a test
/// reads each sentence and expects the entry's reading (as `RelationCues`).
public enum ClauseLexicon {
    public enum Force: String, Sendable { case directive, hortatory, other }

    public struct Verb: Sendable {
        /// Lower-case words as they open a clause ("requests", "reiterates its request to").
        public let phrase: String
        /// The normalized verb: "requests".
        public let verb: String
        public let force: Force
        public let example: String
    }

    /// Verbs that open a clause, in the third person. A directive verb makes a mandate when its addressee is
    /// a UN organ, body, entity or official; a hortatory one never does (reference/mandates.md §1).
    public static let verbs: [Verb] = [
        .init(phrase: "requests", verb: "requests", force: .directive,
              example: "Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;"),
        .init(phrase: "reiterates its request to", verb: "requests", force: .directive,
              example: "Reiterates its request to the Secretary-General to ensure the full implementation of the relevant provisions;"),
        .init(phrase: "reiterates its request that", verb: "requests", force: .directive,
              example: "Reiterates its request that the Secretary-General continue to publish The Work of the International Law Commission in all six official languages;"),
        .init(phrase: "reiterates the request to", verb: "requests", force: .directive,
              example: "Reiterates the request to the United Nations development system to continue to develop its support to middle-income countries;"),
        .init(phrase: "renews its request to", verb: "requests", force: .directive,
              example: "Renews its request to the Secretary-General to submit a report on the matter;"),
        .init(phrase: "decides", verb: "decides", force: .directive,
              example: "Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”;"),
        .init(phrase: "authorizes", verb: "authorizes", force: .directive,
              example: "Authorizes the Secretary-General to continue to enter into agreements with Member States and to report thereon;"),
        .init(phrase: "invites", verb: "invites", force: .directive,
              example: "Invites the President of the General Assembly to convene a high-level meeting;"),
        .init(phrase: "reiterates its invitation to", verb: "invites", force: .directive,
              example: "Reiterates its invitation to the Special Rapporteur to submit a report to the General Assembly;"),
        .init(phrase: "entrusts", verb: "entrusts", force: .directive,
              example: "Entrusts the Secretary-General with the preparation of a report on the question;"),
        .init(phrase: "directs", verb: "directs", force: .directive,
              example: "Directs the Secretariat to publish the report on its website;"),
        .init(phrase: "mandates", verb: "mandates", force: .directive,
              example: "Mandates the Mission to support the implementation of the agreement;"),
        .init(phrase: "instructs", verb: "instructs", force: .directive,
              example: "Instructs the Committee to report to the Council every 120 days;"),
        .init(phrase: "encourages", verb: "encourages", force: .hortatory,
              example: "Encourages the Office of the United Nations High Commissioner for Human Rights to initiate a dialogue;"),
        .init(phrase: "urges", verb: "urges", force: .hortatory,
              example: "Urges Member States to ratify the Convention;"),
        .init(phrase: "calls upon", verb: "calls upon", force: .hortatory,
              example: "Calls upon Member States to collaborate with one another;"),
        .init(phrase: "calls on", verb: "calls upon", force: .hortatory,
              example: "Calls on all parties to respect international humanitarian law;"),
        .init(phrase: "appeals to", verb: "appeals", force: .hortatory,
              example: "Appeals to all States to contribute to the Fund;"),
        .init(phrase: "exhorts", verb: "exhorts", force: .hortatory,
              example: "Exhorts the parties to resume negotiations;"),
        .init(phrase: "recommends", verb: "recommends", force: .hortatory,
              example: "Recommends that Member States consider ratifying the Protocol;"),
        .init(phrase: "demands", verb: "demands", force: .hortatory,
              example: "Demands that all parties cease hostilities immediately;"),
    ]

    /// Words that may stand before a clause's verb: "Also requests", "and in this regard further requests".
    static let verbAdverbs: ClauseWordSet = [
        "also", "further", "furthermore", "moreover", "once", "again", "hereby", "therefore", "accordingly",
        "strongly", "respectfully", "kindly", "in", "this", "that", "regard", "context", "to", "end", "the", "same", "time",
        "at", "particular", "addition", "finally", "consequently", "thus", "urgently", "repeatedly",
    ]

    public struct Party: Sendable {
        /// Lower-case words after "the" ("secretary-general", "united nations office on drugs and crime").
        public let phrase: String
        /// The normalized name: "Secretary-General", "UNODC".
        public let name: String
        public let type: MandateClause.AddresseeType
        /// The short form of a body whose sessions are named in dues ("GA 81", "CCPCJ 34").
        public let session: String?
        public let example: String

        init(_ phrase: String, _ name: String, _ type: MandateClause.AddresseeType, session: String? = nil, example: String) {
            self.phrase = phrase; self.name = name; self.type = type; self.session = session; self.example = example
        }
    }

    /// UN organs, bodies, entities and officials (longest phrase wins), and the words for States.
    public static let parties: [Party] = [
        .init("secretary-general", "Secretary-General", .secretariat,
              example: "Requests the Secretary-General to submit a report on the implementation of the present resolution;"),
        .init("secretariat", "Secretariat", .secretariat,
              example: "Requests the Secretariat to reach out to Member States prior to the holding of such dialogue;"),
        .init("general assembly", "General Assembly", .body, session: "GA",
              example: "Invites the General Assembly to consider the recommendations of the Council;"),
        .init("security council", "Security Council", .body, session: "SC",
              example: "Invites the Security Council to consider the report;"),
        .init("economic and social council", "Economic and Social Council", .body, session: "ECOSOC",
              example: "Requests the Economic and Social Council to consider the report at its next session;"),
        .init("human rights council", "Human Rights Council", .body, session: "HRC",
              example: "Requests the Human Rights Council to consider the report;"),
        .init("commission on crime prevention and criminal justice", "Commission on Crime Prevention and Criminal Justice", .body, session: "CCPCJ",
              example: "Requests the Commission on Crime Prevention and Criminal Justice to continue its work;"),
        .init("commission on narcotic drugs", "Commission on Narcotic Drugs", .body, session: "CND",
              example: "Invites the Commission on Narcotic Drugs to consider the matter;"),
        .init("commission on the status of women", "Commission on the Status of Women", .body, session: "CSW",
              example: "Requests the Commission on the Status of Women to review the implementation;"),
        .init("commission for social development", "Commission for Social Development", .body, session: "CSocD",
              example: "Invites the Commission for Social Development to consider the theme;"),
        .init("commission on population and development", "Commission on Population and Development", .body, session: "CPD",
              example: "Invites the Commission on Population and Development to consider the report;"),
        .init("statistical commission", "Statistical Commission", .body, session: "StatCom",
              example: "Requests the Statistical Commission to continue its work on indicators;"),
        .init("commission on science and technology for development", "Commission on Science and Technology for Development", .body, session: "CSTD",
              example: "Requests the Commission on Science and Technology for Development to review progress;"),
        .init("peacebuilding commission", "Peacebuilding Commission", .body, session: "PBC",
              example: "Invites the Peacebuilding Commission to provide advice;"),
        .init("international law commission", "International Law Commission", .body, session: "ILC",
              example: "Requests the International Law Commission to continue its work on the topics;"),
        .init("committee on the peaceful uses of outer space", "COPUOS", .body, session: "COPUOS",
              example: "Requests the Committee on the Peaceful Uses of Outer Space to continue to consider the item;"),
        .init("advisory committee on administrative and budgetary questions", "ACABQ", .body,
              example: "Requests the Advisory Committee on Administrative and Budgetary Questions to review the proposals;"),
        .init("joint inspection unit", "Joint Inspection Unit", .body,
              example: "Requests the Joint Inspection Unit to review the matter;"),
        .init("board of auditors", "Board of Auditors", .body,
              example: "Requests the Board of Auditors to report on the follow-up;"),
        .init("united nations office on drugs and crime", "UNODC", .entity,
              example: "Requests the United Nations Office on Drugs and Crime to continue to work closely with the Institute;"),
        .init("office of the united nations high commissioner for human rights", "OHCHR", .entity,
              example: "Requests the Office of the United Nations High Commissioner for Human Rights to provide technical assistance;"),
        .init("office of the high commissioner", "OHCHR", .entity,
              example: "Requests the Office of the High Commissioner to provide assistance;"),
        .init("united nations high commissioner for human rights", "High Commissioner for Human Rights", .official,
              example: "Requests the United Nations High Commissioner for Human Rights to present an oral update;"),
        .init("high commissioner", "High Commissioner", .official,
              example: "Requests the High Commissioner to submit a report to the Human Rights Council;"),
        .init("president of the general assembly", "President of the General Assembly", .official,
              example: "Requests the President of the General Assembly to draw up a list of representatives;"),
        .init("special rapporteur", "Special Rapporteur", .official,
              example: "Requests the Special Rapporteur to submit to the General Assembly, at its seventy-eighth and seventy-ninth sessions, a report;"),
        .init("special rapporteurs", "special rapporteurs", .official,
              example: "Requests special rapporteurs to submit their reports within the time limits specified by the Secretariat;"),
        .init("international court of justice", "International Court of Justice", .body,
              example: "Decides, in accordance with Article 96 of the Charter of the United Nations, to request the International Court of Justice to render an advisory opinion;"),
        .init("independent expert", "Independent Expert", .official,
              example: "Requests the Independent Expert to submit a report;"),
        .init("special representative", "Special Representative", .official,
              example: "Requests the Special Representative to continue to submit reports;"),
        .init("special envoy", "Special Envoy", .official,
              example: "Requests the Special Envoy to brief the Council;"),
        .init("emergency relief coordinator", "Emergency Relief Coordinator", .official,
              example: "Requests the Emergency Relief Coordinator to continue efforts;"),
        .init("executive director", "Executive Director", .official,
              example: "Requests the Executive Director to report to the Commission;"),
        .init("united nations system", "United Nations system", .entity,
              example: "Requests the United Nations system to continue to support national efforts;"),
        // Lower-case UN kinds with no "of the United Nations": in a General Assembly resolution these are the UN's own.
        .init("specialized agencies", "specialized agencies", .entity,
              example: "Requests the specialized agencies to report annually to the Secretary-General on the implementation of the present resolution;"),
        .init("development system", "United Nations development system", .entity,
              example: "Requests the development system to address, within existing resources and mandates, the special challenges;"),
        .init("treaty bodies", "treaty bodies", .body,
              example: "Invites all treaty bodies, special procedure mandate holders and the High Commissioner to pay due attention to the matter;"),
        .init("institute", "the Institute", .entity,
              example: "Requests the Institute to provide the annual report on its activities to the Office;"),
        .init("office", "the Office", .entity,
              example: "Requests the Office to continue to provide technical assistance;"),
        .init("focal point", "the focal point", .entity,
              example: "Requests the focal point to maintain the UN-Oceans website;"),
        .init("member states", "Member States", .states, example: "Calls upon Member States to collaborate;"),
        .init("states", "States", .states, example: "Urges States to ratify the Convention;"),
        .init("all states", "States", .states, example: "Calls upon all States to cooperate fully;"),
        .init("states parties", "States parties", .states, example: "Calls upon States parties to implement the Convention;"),
        .init("governments", "Governments", .states, example: "Invites Governments to contribute to the Fund;"),
        .init("parties", "the parties", .states, example: "Calls upon the parties to resume negotiations;"),
        .init("international community", "the international community", .states, example: "Urges the international community to support the efforts;"),
    ]

    /// Head words that tell an unknown addressee's type, nearest the end of the phrase first.
    static let headTypes: [(word: String, type: MandateClause.AddresseeType)] = [
        ("commission", .body), ("committee", .body), ("council", .body), ("board", .body), ("group", .body),
        ("forum", .body), ("conference", .body), ("assembly", .body), ("panel", .body), ("bureau", .body),
        ("rapporteur", .official), ("president", .official), ("chair", .official), ("envoy", .official),
        ("coordinator", .official), ("commissioner", .official), ("director", .official), ("expert", .official),
        ("adviser", .official), ("head", .official), ("representative", .official), ("ombudsperson", .official), ("prosecutor", .official),
        ("office", .entity), ("division", .entity), ("centre", .entity), ("center", .entity), ("department", .entity), ("programme", .entity), ("fund", .entity), ("agency", .entity),
        ("agencies", .entity), ("entity", .entity), ("entities", .entity), ("institute", .entity), ("institution", .entity), ("mission", .entity),
        ("force", .entity), ("operation", .entity), ("university", .entity), ("organization", .other),
        ("states", .states), ("governments", .states), ("countries", .states), ("parties", .states), ("donors", .states),
    ]
}
