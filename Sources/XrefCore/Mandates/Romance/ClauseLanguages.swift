/// The clause reader's words in French and Spanish (DESIGN §9), as data. Every entry carries a sentence from
/// `shared/corpus/akn-intl-text` (the same resolutions as `akn-text`) or in its style; a test reads each
/// sentence and expects the entry's reading, as `ClauseLexicon` does for English.
public struct ClauseLanguage: Sendable {
    public let language: Language
    /// Verbs that open a clause, lower-case words ("prie", "demande instamment"); normalized to the English verb.
    public let verbs: [ClauseLexicon.Verb]
    /// Words that may follow a verb before its addressee: "Prie également le Secrétaire général".
    let adverbs: Set<String>
    /// Words between a verb and its addressee: articles and "à", "au", "al".
    let articles: Set<String>
    /// "and" between two clauses of a paragraph: "…, et prie le Secrétaire général".
    let conjunctions: Set<String>
    public let parties: [ClauseLexicon.Party]
    /// Report words, and the words that make one oral.
    let reports: Set<String>
    let oral: Set<String>
    let notes: Set<String>
    /// "l'ordre du jour", "el programa": with "inscrire"/"incluir", an agenda item.
    let agenda: Set<String>
    let informs: Set<String>
    let meetings: Set<String>
    /// What a decision does to the organ itself: "inscrire" -> agenda item, "convoquer" -> meeting.
    let decidedActs: [String: MandateClause.Deliverable]
    /// "prier", "solicitar": "Décide de prier le Secrétaire général de …" is a request.
    let infinitives: [String: String]
    /// "sa", "su": the organ's own sessions; "session", "período de sesiones".
    let possessives: Set<String>
    let sessionWords: [String]
    public let recurrences: [ClauseTimes.RecurrenceCue]

    public static func of(_ language: Language) -> ClauseLanguage? {
        switch language {
        case .fr: french
        case .es: spanish
        default: nil
        }
    }
}

extension ClauseLanguage {
    static let french = ClauseLanguage(
        language: .fr,
        verbs: [
            .init(phrase: "prie", verb: "requests", force: .directive,
                  example: "Prie le Secrétaire général de lui présenter à sa soixante-dix-neuvième session un rapport sur l’application de la présente résolution ;"),
            .init(phrase: "prie instamment", verb: "requests", force: .directive,
                  example: "Prie instamment la Représentante spéciale du Secrétaire général de continuer à fournir des conseils ;"),
            .init(phrase: "prie de nouveau", verb: "requests", force: .directive,
                  example: "Prie de nouveau le Secrétaire général de lui présenter un rapport ;"),
            .init(phrase: "réitère les demandes adressées", verb: "requests", force: .directive,
                  example: "Réitère les demandes adressées à la Rapporteuse spéciale pour qu’elle envisage d’examiner les modèles nationaux ;"),
            .init(phrase: "réitère sa demande", verb: "requests", force: .directive,
                  example: "Réitère sa demande au Secrétaire général de veiller à l’application intégrale de la résolution ;"),
            .init(phrase: "décide", verb: "decides", force: .directive,
                  example: "Décide d’inscrire à l’ordre du jour provisoire de sa soixante-dix-neuvième session la question intitulée « Promotion de la coopération internationale » ;"),
            .init(phrase: "autorise", verb: "authorizes", force: .directive,
                  example: "Autorise le Secrétaire général à conclure des accords avec les États Membres ;"),
            .init(phrase: "invite", verb: "invites", force: .directive,
                  example: "Invite le Président de l’Assemblée générale à convoquer une réunion de haut niveau ;"),
            .init(phrase: "charge", verb: "entrusts", force: .directive,
                  example: "Charge le Secrétaire général d’établir un rapport sur la question ;"),
            .init(phrase: "encourage", verb: "encourages", force: .hortatory,
                  example: "Encourage les États Membres à coopérer ;"),
            .init(phrase: "exhorte", verb: "urges", force: .hortatory,
                  example: "Exhorte les États Membres à ratifier la Convention ;"),
            .init(phrase: "engage", verb: "calls upon", force: .hortatory,
                  example: "Engage les États Membres à collaborer ;"),
            // "Demande au Groupe d’experts de présenter au Comité … un rapport" (S/RES/2627 (2022), "Requests" in English);
            // to States it is "calls upon", which is no mandate since States are not UN bodies.
            .init(phrase: "demande", verb: "requests", force: .directive,
                  example: "Demande au Groupe d’experts de présenter au Comité un rapport de mi-mandat sur ses travaux ;"),
            .init(phrase: "demande instamment", verb: "urges", force: .hortatory,
                  example: "Demande instamment aux États de ratifier la Convention ;"),
            .init(phrase: "recommande", verb: "recommends", force: .hortatory,
                  example: "Recommande aux États Membres d’envisager de ratifier le Protocole ;"),
        ],
        adverbs: ["également", "aussi", "en", "outre", "de", "nouveau", "à", "cet", "cette", "fin", "égard", "donc", "par", "ailleurs", "enfin", "en", "outre"],
        articles: ["le", "la", "les", "l", "à", "au", "aux", "tous", "toutes"],
        conjunctions: ["et", ",", ";"],
        parties: [
            .init("secrétaire général", "Secretary-General", .secretariat, example: "Prie le Secrétaire général de présenter un rapport ;"),
            .init("secrétariat", "Secretariat", .secretariat, example: "Prie le Secrétariat de continuer à fournir un appui ;"),
            .init("assemblée générale", "General Assembly", .body, session: "GA", example: "Invite l’Assemblée générale à examiner le rapport ;"),
            .init("conseil de sécurité", "Security Council", .body, session: "SC", example: "Invite le Conseil de sécurité à examiner le rapport ;"),
            .init("conseil économique et social", "Economic and Social Council", .body, session: "ECOSOC",
                  example: "Prie le Conseil économique et social d’examiner le rapport ;"),
            .init("conseil des droits de l’homme", "Human Rights Council", .body, session: "HRC",
                  example: "Prie le Conseil des droits de l’homme d’examiner le rapport ;"),
            .init("commission pour la prévention du crime et la justice pénale", "Commission on Crime Prevention and Criminal Justice", .body, session: "CCPCJ",
                  example: "Prie la Commission pour la prévention du crime et la justice pénale d’approuver à sa trente-deuxième session le thème général ;"),
            .init("commission des stupéfiants", "Commission on Narcotic Drugs", .body, session: "CND", example: "Invite la Commission des stupéfiants à examiner la question ;"),
            .init("commission de la condition de la femme", "Commission on the Status of Women", .body, session: "CSW",
                  example: "Prie la Commission de la condition de la femme d’examiner l’application ;"),
            .init("commission du droit international", "International Law Commission", .body, session: "ILC",
                  example: "Prie la Commission du droit international de poursuivre ses travaux ;"),
            .init("haut-commissariat des nations unies aux droits de l’homme", "OHCHR", .entity,
                  example: "Prie le Haut-Commissariat des Nations Unies aux droits de l’homme de s’employer à faire connaître les effets ;"),
            .init("haut-commissaire des nations unies aux droits de l’homme", "High Commissioner for Human Rights", .official,
                  example: "Prie le Haut-Commissaire des Nations Unies aux droits de l’homme de présenter un rapport oral ;"),
            .init("office des nations unies contre la drogue et le crime", "UNODC", .entity,
                  example: "Prie l’Office des Nations Unies contre la drogue et le crime de continuer à fournir une assistance ;"),
            .init("président de l’assemblée générale", "President of the General Assembly", .official,
                  example: "Invite le Président de l’Assemblée générale à convoquer une réunion ;"),
            .init("sa présidence", "President of the General Assembly", .official,
                  example: "Prie sa présidence et la présidence du Conseil des droits de l’homme de continuer à organiser chaque année des séances commémoratives ;"),
            .init("rapporteur spécial", "Special Rapporteur", .official, example: "Prie le Rapporteur spécial de présenter un rapport ;"),
            .init("rapporteuse spéciale", "Special Rapporteur", .official, example: "Prie la Rapporteuse spéciale de présenter un rapport ;"),
            .init("expert indépendant", "Independent Expert", .official, example: "Prie l’Expert indépendant de présenter un rapport ;"),
            .init("experte indépendante", "Independent Expert", .official, example: "Prie l’Experte indépendante de présenter un rapport ;"),
            .init("représentant spécial", "Special Representative", .official, example: "Prie le Représentant spécial de continuer à présenter des rapports ;"),
            .init("envoyé spécial", "Special Envoy", .official, example: "Prie l’Envoyé spécial de faire un exposé au Conseil ;"),
            .init("organismes des nations unies", "United Nations system", .entity, example: "Prie les organismes des Nations Unies de continuer à appuyer les efforts ;"),
            .init("système des nations unies", "United Nations system", .entity, example: "Prie le système des Nations Unies de continuer à appuyer les efforts ;"),
            .init("entités des nations unies", "United Nations system", .entity, example: "Prie les entités des Nations Unies de redoubler d’efforts ;"),
            .init("comité spécial", "Special Committee", .body, example: "Prie le Comité spécial de lui présenter un rapport sur ses travaux à sa soixante-dix-huitième session ;"),
            .init("états membres", "Member States", .states, example: "Exhorte les États Membres à ratifier la Convention ;"),
            .init("états", "States", .states, example: "Demande aux États de coopérer ;"),
            .init("gouvernements", "Governments", .states, example: "Invite les gouvernements à contribuer au Fonds ;"),
            .init("parties", "the parties", .states, example: "Demande aux parties de reprendre les négociations ;"),
            .init("communauté internationale", "the international community", .states, example: "Exhorte la communauté internationale à apporter son appui ;"),
        ],
        reports: ["rapport", "rapports", "étude"],
        oral: ["oral", "orale", "oralement", "exposé"],
        notes: ["note"],
        agenda: ["ordre"],
        informs: ["informer", "informé", "informée", "informations"],
        meetings: ["réunion", "réunions", "séance", "dialogue", "débat", "conférence", "manifestation", "forum", "sommet"],
        decidedActs: ["inscrire": .agendaItem, "convoquer": .meeting, "tenir": .meeting, "organiser": .meeting, "proroger": .action,
                      "renouveler": .action, "créer": .action, "établir": .action, "poursuivre": .agendaItem, "examiner": .agendaItem, "rester": .agendaItem],
        infinitives: ["prier": "requests", "inviter": "invites", "autoriser": "authorizes", "charger": "entrusts"],
        possessives: ["sa"],
        sessionWords: ["session", "sessions"],
        recurrences: [
            .init(phrase: "tous les deux ans", recurrence: .biennial, example: "Prie le Secrétaire général de lui présenter tous les deux ans un rapport ;"),
            .init(phrase: "biennale", recurrence: .biennial, example: "Décide d’examiner la question selon une périodicité biennale ;"),
            .init(phrase: "tous les trois ans", recurrence: .triennial, example: "Prie le Secrétaire général de lui présenter tous les trois ans un rapport ;"),
            .init(phrase: "chaque année", recurrence: .annual, example: "Prie le Secrétaire général de lui présenter chaque année un rapport ;"),
            .init(phrase: "annuel", recurrence: .annual, example: "Prie le Secrétaire général de lui présenter un rapport annuel ;"),
            .init(phrase: "tous les", recurrence: .periodic, example: "Prie le Secrétaire général de lui faire rapport tous les 90 jours ;"),
            .init(phrase: "régulièrement", recurrence: .periodic, example: "Prie le Secrétaire général de le tenir régulièrement informé ;"),
        ])

    static let spanish = ClauseLanguage(
        language: .es,
        verbs: [
            .init(phrase: "solicita", verb: "requests", force: .directive,
                  example: "Solicita al Secretario General que en su septuagésimo octavo período de sesiones le presente un informe sobre la aplicación de la presente resolución;"),
            .init(phrase: "pide", verb: "requests", force: .directive,
                  example: "Pide al Secretario General que le presente un informe;"),
            .init(phrase: "reitera la solicitud", verb: "requests", force: .directive,
                  example: "Reitera la solicitud que formuló al Secretario General de que prestara pleno apoyo;"),
            .init(phrase: "reitera su solicitud", verb: "requests", force: .directive,
                  example: "Reitera su solicitud al Secretario General de que presente un informe;"),
            .init(phrase: "decide", verb: "decides", force: .directive,
                  example: "Decide incluir en el programa provisional de su septuagésimo octavo período de sesiones el tema titulado “Las tecnologías de la información”;"),
            .init(phrase: "autoriza", verb: "authorizes", force: .directive,
                  example: "Autoriza al Secretario General a concertar acuerdos con los Estados Miembros;"),
            .init(phrase: "invita", verb: "invites", force: .directive,
                  example: "Invita al Presidente de la Asamblea General a convocar una reunión de alto nivel;"),
            .init(phrase: "encomienda", verb: "entrusts", force: .directive,
                  example: "Encomienda al Secretario General la preparación de un informe;"),
            .init(phrase: "alienta", verb: "encourages", force: .hortatory, example: "Alienta a los Estados Miembros a que cooperen;"),
            .init(phrase: "exhorta", verb: "calls upon", force: .hortatory, example: "Exhorta a los Estados Miembros a que ratifiquen la Convención;"),
            .init(phrase: "insta", verb: "urges", force: .hortatory, example: "Insta a los Estados a que ratifiquen la Convención;"),
            .init(phrase: "hace un llamamiento", verb: "appeals", force: .hortatory, example: "Hace un llamamiento a todos los Estados para que contribuyan al Fondo;"),
            .init(phrase: "recomienda", verb: "recommends", force: .hortatory, example: "Recomienda que los Estados Miembros consideren la posibilidad de ratificar el Protocolo;"),
            .init(phrase: "exige", verb: "demands", force: .hortatory, example: "Exige que todas las partes pongan fin a las hostilidades;"),
        ],
        adverbs: ["también", "además", "asimismo", "nuevamente", "una", "vez", "más", "por", "tanto", "a", "este", "respecto", "en", "ese", "sentido"],
        articles: ["el", "la", "los", "las", "al", "a", "todos", "todas"],
        conjunctions: ["y", "e", ",", ";"],
        parties: [
            .init("secretario general", "Secretary-General", .secretariat, example: "Solicita al Secretario General que presente un informe;"),
            .init("secretaría", "Secretariat", .secretariat, example: "Solicita a la Secretaría que siga prestando apoyo;"),
            .init("asamblea general", "General Assembly", .body, session: "GA", example: "Invita a la Asamblea General a examinar el informe;"),
            .init("consejo de seguridad", "Security Council", .body, session: "SC", example: "Invita al Consejo de Seguridad a examinar el informe;"),
            .init("consejo económico y social", "Economic and Social Council", .body, session: "ECOSOC",
                  example: "Solicita al Consejo Económico y Social que examine el informe;"),
            .init("consejo de derechos humanos", "Human Rights Council", .body, session: "HRC",
                  example: "Solicita al Consejo de Derechos Humanos que examine el informe;"),
            .init("comisión de prevención del delito y justicia penal", "Commission on Crime Prevention and Criminal Justice", .body, session: "CCPCJ",
                  example: "Solicita a la Comisión de Prevención del Delito y Justicia Penal que apruebe en su 32º período de sesiones el tema general;"),
            .init("comisión de estupefacientes", "Commission on Narcotic Drugs", .body, session: "CND", example: "Invita a la Comisión de Estupefacientes a examinar la cuestión;"),
            .init("comisión de la condición jurídica y social de la mujer", "Commission on the Status of Women", .body, session: "CSW",
                  example: "Solicita a la Comisión de la Condición Jurídica y Social de la Mujer que examine la aplicación;"),
            .init("comisión de derecho internacional", "International Law Commission", .body, session: "ILC",
                  example: "Solicita a la Comisión de Derecho Internacional que prosiga su labor;"),
            .init("oficina del alto comisionado de las naciones unidas para los derechos humanos", "OHCHR", .entity,
                  example: "Solicita a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos que preste asistencia técnica;"),
            .init("alto comisionado de las naciones unidas para los derechos humanos", "High Commissioner for Human Rights", .official,
                  example: "Solicita al Alto Comisionado de las Naciones Unidas para los Derechos Humanos que presente un informe oral;"),
            .init("oficina de las naciones unidas contra la droga y el delito", "UNODC", .entity,
                  example: "Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que siga prestando asistencia;"),
            .init("presidencia de la asamblea general", "President of the General Assembly", .official,
                  example: "Invita a la Presidencia de la Asamblea General a convocar una reunión;"),
            .init("presidente de la asamblea general", "President of the General Assembly", .official,
                  example: "Invita al Presidente de la Asamblea General a convocar una reunión;"),
            .init("relator especial", "Special Rapporteur", .official, example: "Solicita al Relator Especial que presente un informe;"),
            .init("relatora especial", "Special Rapporteur", .official, example: "Solicita a la Relatora Especial que presente un informe;"),
            .init("experto independiente", "Independent Expert", .official, example: "Solicita al Experto Independiente que presente un informe;"),
            .init("experta independiente", "Independent Expert", .official, example: "Solicita a la Experta Independiente que presente un informe;"),
            .init("representante especial", "Special Representative", .official, example: "Solicita al Representante Especial que siga presentando informes;"),
            .init("enviado especial", "Special Envoy", .official, example: "Solicita al Enviado Especial que informe al Consejo;"),
            .init("sistema de las naciones unidas", "United Nations system", .entity, example: "Solicita al sistema de las Naciones Unidas que siga apoyando los esfuerzos;"),
            .init("entidades de las naciones unidas", "United Nations system", .entity, example: "Solicita a las entidades de las Naciones Unidas que redoblen sus esfuerzos;"),
            .init("comité especial", "Special Committee", .body, example: "Solicita al Comité Especial que le presente un informe sobre su labor;"),
            .init("estados miembros", "Member States", .states, example: "Exhorta a los Estados Miembros a que ratifiquen la Convención;"),
            .init("estados", "States", .states, example: "Insta a los Estados a que cooperen;"),
            .init("gobiernos", "Governments", .states, example: "Invita a los Gobiernos a contribuir al Fondo;"),
            .init("partes", "the parties", .states, example: "Exhorta a las partes a reanudar las negociaciones;"),
            .init("comunidad internacional", "the international community", .states, example: "Insta a la comunidad internacional a que preste apoyo;"),
        ],
        reports: ["informe", "informes", "estudio"],
        oral: ["oral", "oralmente", "verbalmente", "exposición"],
        notes: ["nota"],
        agenda: ["programa"],
        informs: ["informar", "informando", "informado", "informada", "información"],
        meetings: ["reunión", "reuniones", "sesión", "diálogo", "debate", "conferencia", "acto", "foro", "cumbre"],
        decidedActs: ["incluir": .agendaItem, "convocar": .meeting, "celebrar": .meeting, "organizar": .meeting, "prorrogar": .action,
                      "renovar": .action, "crear": .action, "establecer": .action, "seguir": .agendaItem, "examinar": .agendaItem],
        infinitives: ["solicitar": "requests", "pedir": "requests", "invitar": "invites", "autorizar": "authorizes", "encomendar": "entrusts"],
        possessives: ["su"],
        sessionWords: ["período", "períodos"],
        recurrences: [
            .init(phrase: "cada dos años", recurrence: .biennial, example: "Solicita al Secretario General que le presente cada dos años un informe;"),
            .init(phrase: "bienal", recurrence: .biennial, example: "Decide examinar la cuestión con carácter bienal;"),
            .init(phrase: "cada tres años", recurrence: .triennial, example: "Solicita al Secretario General que le presente cada tres años un informe;"),
            .init(phrase: "trienal", recurrence: .triennial, example: "Decide examinar la cuestión con carácter trienal;"),
            .init(phrase: "anualmente", recurrence: .annual, example: "Solicita al Secretario General que le presente anualmente un informe;"),
            .init(phrase: "anual", recurrence: .annual, example: "Solicita al Secretario General que le presente un informe anual;"),
            .init(phrase: "cada año", recurrence: .annual, example: "Solicita al Secretario General que le presente cada año un informe;"),
            .init(phrase: "periódicamente", recurrence: .periodic, example: "Solicita al Secretario General que la mantenga periódicamente informada;"),
        ])
}
