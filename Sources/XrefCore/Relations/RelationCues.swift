/// The words that give a citation its relation (DESIGN §4), kept as data.
///
/// Every cue carries a sentence in which it governs a citation; a test runs each sentence through
/// `Relations.classify` and expects the cue's relation (reporters-db style). Sentences are quoted from
/// the corpus, the seed report or the domain notes (un-symbols.md §3) where one was found; `source` says
/// which, "constructed" otherwise.
public struct RelationCue: Sendable {
    public enum Position: String, Sendable {
        /// Anywhere in the clause before the citation, governing the citations that follow it closely
        /// ("pursuant to General Assembly resolution 74/177").
        case before
        /// Anywhere before the citation, governing every citation after it in its sentence, however long the
        /// list of what it names ("The mandate derives from the priorities established in relevant General
        /// Assembly resolutions, including resolution 56/227").
        case sentence
        /// After the citation, only when nothing before it governs ("In its resolution 74/177, the Assembly
        /// requested ..."); words after a citation usually describe the cited text, not the citing one.
        case after
        /// First words of a clause (a resolution paragraph, or a clause joined by "and" or a comma),
        /// governing every citation in that clause ("Recalling its resolutions 67/123, 68/85 and 74/91").
        case clauseOpening
    }

    /// Lower-case words separated by single spaces; a leading "[" must stand in the text too.
    public let phrase: String
    public let relation: Relation
    public let position: Position
    public let example: String
    /// The citation in `example` the cue governs.
    public let cited: String
    public let source: String

    public init(_ phrase: String, _ relation: Relation, _ position: Position, example: String, cited: String, source: String) {
        self.phrase = phrase; self.relation = relation; self.position = position
        self.example = example; self.cited = cited; self.source = source
    }
}

public enum RelationCues {
    public static let all: [RelationCue] = mandates + acts + neutral

    /// Cues that record an act on the cited text without a mandate.
    static let acts: [RelationCue] = [
        .init("recalling", .recalls, .clauseOpening,
              example: "Recalling its resolutions 67/123 of 18 December 2012, 68/85 of 11 December 2013, 69/95 of 5 December 2014 and 74/91 of 13 December 2019 on the comprehensive review of special political missions,",
              cited: "74/91", source: "akn-text/75_100_E"),
        .init("recalls", .recalls, .clauseOpening,
              example: "Recalls its resolution 64/243 of 24 December 2009, in which the General Assembly requested the Secretary-General to ensure the equal treatment of the official languages;",
              cited: "64/243", source: "akn-text/75_101A-B_E"),
        .init("recalling", .recalls, .before,
              example: "Recalling also the adoption by the General Assembly and the Security Council of substantively identical resolutions 70/262 and 2282 (2016) of 27 April 2016, further recalling the adoption of resolutions 72/276 and 2413 (2018) of 26 April 2018 on peacebuilding and sustaining peace,",
              cited: "2413 (2018)", source: "akn-text/75_100_E"),
        .init("reaffirming", .reaffirms, .before,
              example: "noting with deep concern the increase in cases of violence against women and girls during the COVID-19 pandemic, and in this respect reaffirming its resolutions 71/170 of 19 December 2016, 72/149 of 19 December 2017 and 73/148 of 17 December 2018,",
              cited: "73/148", source: "akn-text/75_196_E"),
        .init("welcoming", .welcomes, .before,
              example: "the principal policymaking body of the United Nations for crime prevention and criminal justice matters, and welcoming the adoption of resolution 31/1 of 20 May 2022,",
              cited: "31/1", source: "text/ga-resolutions/A_RES_79_313"),
        .init("recalled in", .recalls, .before,
              example: "including through the continuation of cross-border assistance, as recalled in Security Council resolutions 2139 (2014) of 22 February 2014,",
              cited: "2139 (2014)", source: "akn-text/A_RES_77_230-2228996E"),
        .init("referring to", .recalls, .clauseOpening,
              example: "Referring to the relevant resolutions of the Security Council, including resolution 1631 (2005) of 17 October 2005, as well as statements by the President of the Council,",
              cited: "1631 (2005)", source: "akn-text/75_9_E"),
        .init("referring further to", .recalls, .clauseOpening,
              example: "Referring further to its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010, 67/6 of 19 November 2012, 69/12 of 11 November 2014, 71/12 of 21 November 2016 and 73/331 of 25 July 2019,",
              cited: "71/12", source: "akn-text/75_276_E"),
        .init("referring also to", .recalls, .clauseOpening,
              example: "Referring also to its resolution 59/50 of 2 December 2004, in which it granted the Collective Security Treaty Organization observer status in the General Assembly,",
              cited: "59/50", source: "akn-text/75_276_E"),
        .init("bearing in mind", .recalls, .clauseOpening,
              example: "Bearing in mind its resolution 65/119 of 10 December 2010,",
              cited: "65/119", source: "akn-text/75_122_E"),
        .init("considering", .recalls, .clauseOpening,
              example: "Considering its resolution 2602 C (XXIV) of 16 December 1969,",
              cited: "2602 C (XXIV)", source: "text/ga-resolutions/A_RES_80_26"),
        .init("guided by", .recalls, .clauseOpening,
              example: "Guided by the purposes and principles of the Charter and by its resolution 2625 (XXV) of 24 October 1970,",
              cited: "2625 (XXV)", source: "akn-text/75_145_E"),
        .init("mindful of", .recalls, .clauseOpening,
              example: "Mindful of its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,",
              cited: "70/1", source: "constructed"),
        .init("reaffirm", .reaffirms, .clauseOpening,
              example: "We reaffirm our commitment to the Addis Ababa Action Agenda, endorsed in resolution 69/313 of 27 July 2015, as well as resolution 79/323 of 25 August 2025;",
              cited: "79/323", source: "constructed from issue 20"),
        .init("recall", .recalls, .clauseOpening,
              example: "We recall resolution 70/1 of 25 September 2015 on the 2030 Agenda for Sustainable Development;",
              cited: "70/1", source: "constructed"),
        .init("reaffirming", .reaffirms, .clauseOpening,
              example: "Reaffirming its resolution 42/207 C of 11 December 1987, in which it requested the Secretary-General to ensure the equal treatment of the official languages,",
              cited: "42/207 C", source: "akn-text/75_244_E"),
        .init("reconfirms", .reaffirms, .clauseOpening,
              example: "1. Reconfirms its resolutions 508 (1982), 509 (1982), 512 (1982), 513 (1982), 515 (1982) and 516 (1982);",
              cited: "513 (1982)", source: "text/sc-resolutions/S_RES_0517_1982_EN_GOLD"),
        .init("reaffirms", .reaffirms, .clauseOpening,
              example: "Reaffirms its resolution 48/162 of 20 December 1993;",
              cited: "48/162", source: "constructed"),
        .init("as reaffirmed in", .reaffirms, .before,
              example: "for all staff serving in the organizations of the United Nations common system, as reaffirmed in paragraphs 3 and 4 of its resolution 74/255 B of 27 December 2019,",
              cited: "74/255 B", source: "akn-text/75_245_E"),
        .init("taking note", .takesNoteOf, .clauseOpening,
              example: "Taking note of the report of the Secretary-General on the United Nations Support Mission in Libya (UNSMIL) (S/2015/144),",
              cited: "S/2015/144", source: "un-symbols.md §3.2"),
        .init("takes note", .takesNoteOf, .clauseOpening,
              example: "Takes note of the report of the Secretary-General (A/79/123);",
              cited: "A/79/123", source: "akn-text/75_100_E"),
        .init("to take note", .takesNoteOf, .clauseOpening,
              example: "To take note of the report of the Advisory Committee (A/80/604/Add.1);",
              cited: "A/80/604/Add.1", source: "constructed"),
        .init("took note of", .takesNoteOf, .before,
              example: "the General Assembly took note of the report of the Secretary-General (decision 62/504)",
              cited: "62/504", source: "un-symbols.md §3.2"),
        .init("acknowledges", .takesNoteOf, .clauseOpening,
              example: "25. Acknowledges the report of the Secretary-General on the work of the Organization (A/75/1);",
              cited: "A/75/1", source: "constructed from akn-text/75_3_E"),
        .init("noting", .takesNoteOf, .clauseOpening,
              example: "Noting with appreciation the report of the Secretary-General (A/75/312),",
              cited: "A/75/312", source: "constructed"),
        .init("notes", .takesNoteOf, .clauseOpening,
              example: "Notes with appreciation the report of the Secretary-General (A/75/312);",
              cited: "A/75/312", source: "akn-text/A_RES_77_28-2227790E"),
        .init("having considered", .takesNoteOf, .clauseOpening,
              example: "Having considered the letters of the Secretary-General to the President of the Security Council of 31 December 2018, 12 June 2019 and 14 October 2019, circulated as S/2019/28, S/2019/485, and S/2019/823 respectively,",
              cited: "S/2019/485", source: "akn-text/S_RES_2505 (2020)-2000446E"),
        .init("having also considered", .takesNoteOf, .clauseOpening,
              example: "Having also considered the report of the Secretary-General and the report of the Economic and Social Council (E/2020/52/Rev.1) on the item,",
              cited: "E/2020/52/Rev.1", source: "constructed from akn-text/75_104_E (its note 2)"),
        .init("having discussed", .takesNoteOf, .clauseOpening,
              example: "Having discussed the second report of the Security Council Committee on Council Meetings away from Headquarters (S/10868),",
              cited: "S/10868", source: "text/sc-resolutions/S_RES_0325_1973_EN_GOLD"),
        .init("having examined", .takesNoteOf, .clauseOpening,
              example: "Having examined the report drawn up by the Secretary-General (A/1234),",
              cited: "A/1234", source: "constructed from GA res. 475 (V)"),
        .init("having received", .takesNoteOf, .clauseOpening,
              example: "Having received the text of resolution 300 (IV) concerning the question,",
              cited: "300 (IV)", source: "text/sc-resolutions/S_RES_0079_1950_EN_GOLD"),
        .init("welcoming", .welcomes, .clauseOpening,
              example: "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011 and 40/10 of 21 March 2019,",
              cited: "16/18", source: "akn-text/75_187_E"),
        .init("welcomes", .welcomes, .clauseOpening,
              example: "Welcomes the report of the Secretary-General (A/75/312);",
              cited: "A/75/312", source: "constructed"),
        .init("welcomes", .welcomes, .before,
              example: "and also welcomes the adoption of Economic and Social Council resolution 2019/14 of 26 June 2019;",
              cited: "2019/14", source: "akn-text/75_127_E"),
        .init("endorses", .endorses, .clauseOpening,
              example: "Endorses the report of the Mission to Lesotho under resolution 527 (1982);",
              cited: "527 (1982)", source: "text/sc-resolutions/S_RES_0535_1983_EN_GOLD"),
        .init("endorsing", .endorses, .clauseOpening,
              example: "Endorsing the Abu Dhabi Declaration adopted in resolution 8/1 of the Conference,",
              cited: "8/1", source: "constructed"),
        .init("approves", .endorses, .clauseOpening,
              example: "Approves the recommendations contained in the report of the Advisory Committee (A/80/604/Add.2);",
              cited: "A/80/604/Add.2", source: "constructed"),
        .init("to approve", .endorses, .clauseOpening,
              example: "To approve the cost estimates set out in document A/80/600;",
              cited: "A/80/600", source: "constructed"),
        .init("as endorsed by", .endorses, .before,
              example: "will take place at the sixty-first session of the Commission for Social Development, in 2023, as endorsed by the Economic and Social Council in its resolution 2020/8 of 18 June 2020,",
              cited: "2020/8", source: "akn-text/75_152_E"),
        .init("as approved by", .endorses, .before,
              example: "Acknowledging the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of 13 September 2004,",
              cited: "58/318", source: "akn-text/75_3_E"),
        .init("as proposed by", .endorses, .before,
              example: "continues to agree to a temporary deployment of up to 360 personnel of formed police units ..., as proposed by the Secretary-General in his report S/2019/905, and invites the Secretariat",
              cited: "S/2019/905", source: "akn-text/S_RES_2556 (2020)-2017440E"),
        .init("decides to establish", .establishes, .clauseOpening,
              example: "Decides to establish the open-ended intergovernmental expert group referred to in resolution 9/1;",
              cited: "9/1", source: "constructed"),
        .init("decides to extend", .extends, .clauseOpening,
              example: "Decides to extend until 28 March 2021 the mandate of the Panel of Experts as set out in paragraph 21 of resolution 2140 (2014), and paragraph 21 of resolution 2216 (2015),",
              cited: "2140 (2014)", source: "akn-text/S_RES_2511 (2020)-2002954E"),
        .init("decides further to extend", .extends, .clauseOpening,
              example: "Decides further to extend the measures imposed by resolution 2146 (2014);",
              cited: "2146 (2014)", source: "constructed"),
        .init("decides to renew", .extends, .clauseOpening,
              example: "Decides to renew the provisions set out in paragraph 15 of resolution 2182 (2014) until 15 November 2021;",
              cited: "2182 (2014)", source: "akn-text/S_RES_2662-2226129E"),
        .init("to renew", .extends, .clauseOpening,
              example: "To renew the mandate of the Force set out in resolution 350 (1974) for another period of six months;",
              cited: "350 (1974)", source: "constructed from S/RES/655 (1990)"),
        .init("to extend", .extends, .clauseOpening,
              example: "To extend the mandate of the Force as set out in resolution 2530 (2020);",
              cited: "2530 (2020)", source: "constructed"),
        .init("decided in its decision", .decided, .before,
              example: "Owing to the worldwide situation related to COVID-19, the General Assembly decided in its decision 74/550 of 13 April 2020 to postpone the holding of the Fourteenth Congress until further notice.",
              cited: "74/550", source: "seed ¶11"),
        .init("decided", .decided, .before,
              example: "The General Assembly decided, in its resolution 74/171, to hold the Congress in Kyoto.",
              cited: "74/171", source: "constructed"),
        .init("postponed by", .postpones, .before,
              example: "Postponed by the General Assembly in its decision 74/543",
              cited: "74/543", source: "akn-text/75_239_E"),
        .init("decides to postpone", .postpones, .clauseOpening,
              example: "Decides to postpone the consideration of decision 74/550 to its seventy-fifth session;",
              cited: "74/550", source: "constructed"),
        .init("decided to postpone", .postpones, .before,
              example: "The Assembly decided to postpone, by its decision 74/550, the holding of the Congress.",
              cited: "74/550", source: "constructed"),
        .init("as amended by", .amends, .before,
              example: "Decides to extend until 30 April 2021 the authorisations provided by and the measures imposed by resolution 2146 (2014), as amended by paragraph 2 of resolution 2441 (2018)",
              cited: "2441 (2018)", source: "akn-text/S_RES_2509 (2020)-2002070E"),
        .init("as modified by", .amends, .before,
              example: "Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), as modified by paragraph 7 of resolution 1591 (2005),",
              cited: "1591 (2005)", source: "akn-text/S_RES_2508 (2020)-2002064E"),
        .init("modified by", .amends, .before,
              example: "the Panel of Experts, established by paragraph 24 of resolution 1973 (2011) and modified by resolutions 2040 (2012), 2146 (2014) and 2441 (2018),",
              cited: "2040 (2012)", source: "constructed"),
        .init("amends", .amends, .clauseOpening,
              example: "Amends paragraph 3 of resolution 2374 (2017) as follows:",
              cited: "2374 (2017)", source: "constructed"),
        .init("supersedes", .supersedes, .before,
              example: "The present bulletin supersedes Secretary-General's bulletin ST/SGB/1997/5.",
              cited: "ST/SGB/1997/5", source: "constructed"),
        .init("abolished and replaced by", .supersedes, .before,
              example: "(Abolished and replaced by ST/SGB/2009/4 of 18 December 2009)",
              cited: "ST/SGB/2009/4", source: "un-symbols.md §3.2"),
        .init("replaced by", .supersedes, .before,
              example: "The bulletin was replaced by ST/SGB/2009/4.",
              cited: "ST/SGB/2009/4", source: "constructed"),
        .init("see", .see, .before,
              example: "including measures adopted in the areas under consideration (see CAC/COSP/IRG/2020/3 and CAC/COSP/IRG/2019/4).",
              cited: "CAC/COSP/IRG/2019/4", source: "seed ¶57"),
        .init("see also", .see, .before,
              example: "see also Economic and Social Council decision 2005/234",
              cited: "2005/234", source: "akn-text/75_151_E"),
        .init("[on the report of", .adoptedOnReportOf, .before,
              example: "[on the report of the Sixth Committee (A/78/433, para. 13)]",
              cited: "A/78/433", source: "text/ga-resolutions/A_RES_78_104"),
        .init("[without reference to a main committee", .adoptedOnReportOf, .before,
              example: "[without reference to a Main Committee (A/78/L.1)]",
              cited: "A/78/L.1", source: "text/ga-resolutions/A_RES_78_1"),
    ] + mainCommittees.map { committee -> RelationCue in
        RelationCue("on the recommendation of the \(committee.lowercased())", .adoptedOnReportOf, .before,
              example: "Adopted at the 55th plenary meeting on 5 December 2025, on the recommendation of the \(committee) (A/80/399).",
              cited: "A/80/399", source: "constructed from issue 20")
    } + [
        // After the citation: what the cited text did, reported by the citing one.
        .init("requested", .requestedBy, .after,
              example: "In its resolution 74/177, the General Assembly requested the Secretary-General to submit a report.",
              cited: "74/177", source: "constructed"),
        .init("decided to establish", .establishes, .after,
              example: "By its resolution 60/251, the General Assembly decided to establish the Human Rights Council.",
              cited: "60/251", source: "constructed"),
        .init("established", .establishes, .after,
              example: "By its resolution 9/1, the Conference established the Mechanism for the Review of the Implementation of the Convention.",
              cited: "9/1", source: "constructed"),
        .init("decided to extend", .extends, .after,
              example: "In its resolution 2797 (2025), the Council decided to extend the mandate until 31 October 2026.",
              cited: "2797 (2025)", source: "constructed from A/80/600 ¶1"),
        .init("extended", .extends, .after,
              example: "By resolution 2797 (2025), the Council extended the mandate until 31 October 2026.",
              cited: "2797 (2025)", source: "constructed from A/80/600 ¶1"),
        .init("decided to postpone", .postpones, .after,
              example: "In its decision 74/550, the General Assembly decided to postpone the Fourteenth Congress.",
              cited: "74/550", source: "constructed"),
        .init("decided", .decided, .after,
              example: "In its resolution 74/171, the General Assembly decided to convene the Congress in Kyoto.",
              cited: "74/171", source: "constructed"),
        .init("is hereby abolished", .supersedes, .after,
              example: "Secretary-General's bulletin ST/SGB/1999/3 of 12 March 1999 is hereby abolished.",
              cited: "ST/SGB/1999/3", source: "constructed"),
        .init("is hereby superseded", .supersedes, .after,
              example: "Administrative instruction ST/AI/2000/1 is hereby superseded.",
              cited: "ST/AI/2000/1", source: "constructed"),
    ]

    /// The General Assembly's Main Committees: a resolution adopted on the recommendation of one is
    /// adopted on its report.
    static let mainCommittees = ["First Committee", "Second Committee", "Third Committee", "Fourth Committee",
                                 "Special Political and Decolonization Committee", "Fifth Committee", "Sixth Committee"]

    /// Cues that stop a broader cue from applying: the clause is about a fact, not the cited text.
    static let neutral: [RelationCue] = [
        .init("noting that", .mentions, .clauseOpening,
              example: "Noting that, in its resolution 74/177, the General Assembly welcomed the offer of Japan,",
              cited: "74/177", source: "constructed"),
        .init("notes that", .mentions, .clauseOpening,
              example: "Notes that resolution 2396 (2017) has been implemented by a majority of Member States;",
              cited: "2396 (2017)", source: "constructed"),
    ]
}
