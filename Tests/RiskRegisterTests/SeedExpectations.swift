// Test expectations read directly from the five seed documents in shared/seeds/,
// written independently of any JSON transcription in Data/.
// 2016/17 (001, 000): "Risk Score" -> current.score, "Residual Score" -> residual.score; no factors printed.
// 2019/20 (002): first score -> current.score, second score -> residual; the words after a score are
//                impact then likelihood ("12 Major/ possible" = score 12, impact 4, likelihood 3).
// 2021/22 (003, 004 cards): "Current risk score" + current likelihood/impact -> current;
//                "Target Risk Score" + target likelihood/impact -> target. Values as printed on the cards.
// Likelihood and impact are never derived from a score: nil means the document printed nothing.

/// What a seed document printed for one entry, written from the document itself.
struct ExpectedEntry {
    let id: String          // exactly as printed on the entry (C01 zero vs CO2 letter O; "Corp 1" with its space in 2021/22 cards)
    let kind: String        // "risk" or "opportunity"
    let current: ExpectedRating
    let target: ExpectedRating
    let residual: ExpectedRating
}

/// One printed rating: nil where the document printed nothing.
struct ExpectedRating {
    let likelihood: Int?
    let impact: Int?
    let score: Int?
    static let none = ExpectedRating(likelihood: nil, impact: nil, score: nil)
}

/// A text copied from a document, and where it belongs.
struct ExpectedText {
    let register: String    // stem
    let entryID: String
    let field: String       // "controls", "actions" or "progress"
    let text: String        // copied verbatim from the document (extraction damage like split words repaired, bullets stripped)
}

/// One item copied whole from a document: where it sits, its whole text and its nesting.
/// `[…]` stands for text the extraction lost (docs/data.md): never completed from elsewhere.
struct ExpectedItem {
    let register: String    // stem
    let entryID: String
    let field: String       // "description", "consequences", "controls", "actions" or "progress"
    let index: Int          // 0-based position in the field
    let text: String        // the whole item, whitespace-normalised
    let level: Int          // 0 top-level, 1 a sub-bullet of the item before
}

/// An owner field: every name the document prints in it, in printed order (joined with "; " in Data/).
struct ExpectedOwners {
    let register: String    // stem
    let entryID: String
    let field: String       // "controlOwner" or "actionOwner"
    let names: [String]
}

enum SeedExpectations {
    /// Entries per register stem, in document order.
    static let registers: [String: [ExpectedEntry]] = [
        // 001_f7885190d545212e.txt
        "lcc-2016-17-q3": [
            ExpectedEntry(id: "CR1", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR2", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 25)),
            ExpectedEntry(id: "CR4", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR5", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR6", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR7", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR8", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR12", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 15), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR15", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR16", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR20", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR21", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR24", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR25", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR26", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "C01", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // printed with digit zero
            ExpectedEntry(id: "C02", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // printed with digit zero
            ExpectedEntry(id: "CO3", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // printed with letter O
            ExpectedEntry(id: "CO4", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // printed with letter O
        ],
        // 000_f47795ad1418699a.txt
        "lcc-2016-17-q4": [
            ExpectedEntry(id: "CR1", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR2", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 25)),
            ExpectedEntry(id: "CR4", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR5", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR6", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // type fused into description; scores still read 25 / 16
            ExpectedEntry(id: "CR7", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // type fused into description; scores still read 25 / 16
            ExpectedEntry(id: "CR8", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CR12", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 15), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR16", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: .none), // no residual score printed (Mitigating Actions cell runs straight into Risk Owner)
            ExpectedEntry(id: "CR20", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: .none), // no residual score printed
            ExpectedEntry(id: "CR21", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR24", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 20), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // Q4 rescored: 20 / 16 (was 16 / 12 in Q3)
            ExpectedEntry(id: "CR25", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR26", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)),
            ExpectedEntry(id: "CR27", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)), // new in Q4; direction of travel cell empty
            ExpectedEntry(id: "C01", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)), // printed with digit zero
            ExpectedEntry(id: "CO2", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: .none), // letter O here (digit zero in Q3); no residual score printed
            ExpectedEntry(id: "CO3", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
            ExpectedEntry(id: "CO4", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 16)),
        ],
        // 002_e766a94dd1805ded.txt
        "lcc-2019-20-q1": [
            ExpectedEntry(id: "CR1", kind: "risk", current: .none, target: .none, residual: ExpectedRating(likelihood: 4, impact: 4, score: 16)), // no current score printed; residual '16 Major/ Likely'
            ExpectedEntry(id: "CR2", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR3", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR4", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 4, impact: 4, score: 16)), // '16' then 'Major/ Likely' on the next line
            ExpectedEntry(id: "CR5", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR6", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR7", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR8", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR9", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 25), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CR10", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 20), target: .none, residual: ExpectedRating(likelihood: 4, impact: 4, score: 16)), // '16' then 'Major/ Likely' on the next line
            ExpectedEntry(id: "CR11", kind: "risk", current: ExpectedRating(likelihood: nil, impact: nil, score: 16), target: .none, residual: ExpectedRating(likelihood: nil, impact: nil, score: 12)), // residual printed '12' with no words
            ExpectedEntry(id: "CR12", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // current printed '16 (Major/Likely)' - words after the CURRENT score; residual '12 Major/ Possible'
            ExpectedEntry(id: "C01", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: 4, impact: 4, score: 16)), // digit zero; '16 Major/ likely'
            ExpectedEntry(id: "CO2", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: 3, impact: 5, score: 15)), // '15 Outstanding/ possible'
            ExpectedEntry(id: "CO3", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: 3, impact: 4, score: 12)), // '12 Major/ possible'
            ExpectedEntry(id: "CO4", kind: "opportunity", current: ExpectedRating(likelihood: nil, impact: nil, score: 12), target: .none, residual: ExpectedRating(likelihood: 3, impact: 5, score: 15)), // '15' then 'Outstanding/ possible?' - '?' read as Possible (3)
        ],
        // 003_a479bb9b585c6194.txt
        "lcc-2021-22-q3": [
            ExpectedEntry(id: "Corp 1", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 3, impact: 3, score: 9), residual: .none), // current likelihood printed 'Major (4)'; target 'Possible' / 'Moderate'
            ExpectedEntry(id: "Corp 2", kind: "risk", current: ExpectedRating(likelihood: 3, impact: 4, score: 12), target: ExpectedRating(likelihood: 2, impact: 4, score: 8), residual: .none),
            ExpectedEntry(id: "Corp 3", kind: "risk", current: ExpectedRating(likelihood: 3, impact: 4, score: 12), target: ExpectedRating(likelihood: 2, impact: 4, score: 8), residual: .none), // only in Q3 (removed in Q4)
            ExpectedEntry(id: "Corp 4", kind: "risk", current: ExpectedRating(likelihood: 3, impact: 2, score: 6), target: ExpectedRating(likelihood: 5, impact: 4, score: 20), residual: .none), // anomaly: target 20 above current 6 for a risk (factors agree: Possible x Minor, Certain x Major)
            ExpectedEntry(id: "Corp 5", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 2, impact: 4, score: 8), residual: .none), // factors printed as digits
            ExpectedEntry(id: "Corp 6", kind: "risk", current: ExpectedRating(likelihood: 5, impact: 4, score: 20), target: ExpectedRating(likelihood: 4, impact: 3, score: 12), residual: .none), // Certain/Major -> Likely/Moderate
            ExpectedEntry(id: "Corp 7", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 3, impact: 4, score: 12), residual: .none), // Likely/Major -> Possible/Major
            ExpectedEntry(id: "CO1", kind: "opportunity", current: ExpectedRating(likelihood: 5, impact: 3, score: 15), target: ExpectedRating(likelihood: 5, impact: 4, score: 20), residual: .none), // Certain/Moderate -> Certain/Major
            ExpectedEntry(id: "CO2", kind: "opportunity", current: ExpectedRating(likelihood: 3, impact: 2, score: 6), target: ExpectedRating(likelihood: 4, impact: 4, score: 16), residual: .none), // factors printed as digits
        ],
        // 004_6a7e1408a9aa527e.txt
        "lcc-2021-22-q4": [
            ExpectedEntry(id: "Corp 1", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 3, impact: 3, score: 9), residual: .none), // card: 'Majo..or (4)' likelihood interleaved; target likelihood 'Poss' (Possible) cut by the PDF columns
            ExpectedEntry(id: "Corp 2", kind: "risk", current: ExpectedRating(likelihood: 3, impact: 4, score: 12), target: ExpectedRating(likelihood: 2, impact: 4, score: 8), residual: .none),
            ExpectedEntry(id: "Corp 4", kind: "risk", current: ExpectedRating(likelihood: 3, impact: 2, score: 20), target: ExpectedRating(likelihood: 5, impact: 4, score: 6), residual: .none), // anomaly: header 20 -> 6 (as Appendix B) while words still Possible/Minor -> Certain/Major (6 -> 20); recorded as printed
            ExpectedEntry(id: "Corp 5", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 2, impact: 4, score: 8), residual: .none), // factors printed as digits
            ExpectedEntry(id: "Corp 6", kind: "risk", current: ExpectedRating(likelihood: 5, impact: 4, score: 20), target: ExpectedRating(likelihood: 4, impact: 3, score: 12), residual: .none),
            ExpectedEntry(id: "Corp 7", kind: "risk", current: ExpectedRating(likelihood: 4, impact: 4, score: 16), target: ExpectedRating(likelihood: 3, impact: 4, score: 12), residual: .none), // card title 'Demand Impact on Community & Services', target date December 2022 (Appendix B differs)
            ExpectedEntry(id: "CO1", kind: "opportunity", current: ExpectedRating(likelihood: 5, impact: 3, score: 15), target: ExpectedRating(likelihood: 5, impact: 4, score: 20), residual: .none), // header 'Current Opp score 15' (no colon)
            ExpectedEntry(id: "CO2", kind: "opportunity", current: ExpectedRating(likelihood: 3, impact: 2, score: 6), target: ExpectedRating(likelihood: 4, impact: 4, score: 16), residual: .none),
        ],
    ]

    static let texts: [ExpectedText] = [
        ExpectedText(register: "lcc-2016-17-q3", entryID: "CR24", field: "controls",
                     text: "Manual tracking processes in development with view to maximising payment by result claim opportunities"),
        ExpectedText(register: "lcc-2016-17-q3", entryID: "CR1", field: "actions",
                     text: "Recommendations from Zero Based Budget Review to be considered by members at Cabinet meeting December 2016 as part of Money matters report. This will also be considered by Budget Scrutiny Working Group"),
        ExpectedText(register: "lcc-2016-17-q4", entryID: "CR24", field: "controls",
                     text: "Robust tracking processes in development with view to maximising payment by result claim opportunities."),
        ExpectedText(register: "lcc-2016-17-q4", entryID: "CR1", field: "actions",
                     text: "Recommendations from Zero Based Budget Review agree by Full Council on 9th February 2017."),
        ExpectedText(register: "lcc-2019-20-q1", entryID: "CR5", field: "controls",
                     text: "Social Work Academy established providing robust induction and continuous professional development for social workers, including newly qualified staff."),
        ExpectedText(register: "lcc-2019-20-q1", entryID: "CR5", field: "actions",
                     text: "Continue to improve staff engagement through regular pulse surveys"),
        ExpectedText(register: "lcc-2019-20-q1", entryID: "CR4", field: "progress",
                     text: "The number of Children Looked After has reduced by 7 since the last quarter (Mar - 2128, June 2121)."),
        ExpectedText(register: "lcc-2021-22-q3", entryID: "Corp 3", field: "controls",
                     text: "Governance through SEND Partnership Board"),
        ExpectedText(register: "lcc-2021-22-q3", entryID: "Corp 3", field: "actions",
                     text: "Ongoing delivery of plan and oversight of Partnership Board and Health and Wellbeing Board / Subgroup"),
        ExpectedText(register: "lcc-2021-22-q3", entryID: "Corp 3", field: "progress",
                     text: "Accelerated Improvement Plans agreed and monitoring arrangements in place"),
        ExpectedText(register: "lcc-2021-22-q4", entryID: "Corp 1", field: "controls",
                     text: "Director of OD & Change involvement in LCC change programme."),
        ExpectedText(register: "lcc-2021-22-q4", entryID: "Corp 1", field: "actions",
                     text: "Support CMT to have greater visibility and discussion on the entire change programme enabling informed strategic decision making from CMT and appropriate resource allocation."),
        ExpectedText(register: "lcc-2021-22-q4", entryID: "Corp 7", field: "progress",
                     text: "Where our Children Live Capital Bid to DfE successful and will now move to implementation"),
    ]

    /// Whole items whose text or nesting the extraction damaged, as repaired (issue 8).
    static let items: [ExpectedItem] = [
        // 001 line 45: the Current Controls cell is a paragraph, then a <ul> of three bullets.
        ExpectedItem(register: "lcc-2016-17-q3", entryID: "CO4", field: "controls", index: 0,
                     text: "Participation in the Healthier Lancashire programme building upon the \"Alignment of the Plans\" work undertaken Sustainability and Transformation Plan (STP).", level: 0),
        ExpectedItem(register: "lcc-2016-17-q3", entryID: "CO4", field: "controls", index: 1,
                     text: "Influencing and shaping the process to take account of Combined Authority objectives if and where appropriate.", level: 1),
        ExpectedItem(register: "lcc-2016-17-q3", entryID: "CO4", field: "controls", index: 2,
                     text: "Aligning, where appropriate with existing work at a pan Lancashire level, and within individual health economies.", level: 1),
        ExpectedItem(register: "lcc-2016-17-q3", entryID: "CO4", field: "controls", index: 3,
                     text: "Consideration of new models of delivery and potential new funding arrangements, such as pooled budgets where appropriate.", level: 1),
        // 003 lines 960 and 962: one paragraph, then the next.
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 7", field: "consequences", index: 7,
                     text: "Potential for increased complaints and less choice. Increase in number of safeguarding alerts", level: 0),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 7", field: "consequences", index: 8,
                     text: "People may not be receiving services in a setting assessed as appropriate. Families and care providers are under pressure and are reporting being concerned that they are not able to safely manage risk, leading to increased potential harm or death. Increased risk to others in residential care settings.", level: 0),
        // 004 lines 1180-1181: the same paragraph, wrapped by the PDF column.
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 7", field: "consequences", index: 7,
                     text: "Potential for increased complaints and less choice. Increase in number of safeguarding alerts", level: 0),
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 7", field: "consequences", index: 8,
                     text: "People may not be receiving services in a setting assessed as appropriate. Families and care providers are under pressure and are reporting being concerned that they are not able to safely manage risk, leading to increased potential harm or death. Increased risk to others in residential care settings.", level: 0),
        // 004 line 902: clipped at the column edge of its neighbours (lines 901, 903).
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 2", field: "controls", index: 2,
                     text: "High level implementation plan[…]", level: 0),
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 2", field: "controls", index: 3,
                     text: "Appointed to Head of Service le[…]", level: 0),
        // 004 line 1298: "opera" and "part" clipped; "red" + "ucing" split across columns.
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "CO2", field: "consequences", index: 1,
                     text: "Reduce impact on air quality from LCC opera[…] especially in urban areas by removing or reducing tailpipe emissions of noxious gases and part[…] which impact adversely on heath.", level: 0),
        // 003 lines 535-544: "These include:" then eight "·" bullets, then an unbulleted paragraph (same list as 004 lines 927-946).
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 0,
                     text: "Earlier this year, the Department of Health and Social Care published the legislative proposals for a Health and Care Bill. The proposals contained within the white paper 'Integration and innovation: working together to improve health and social care for all' sets out a range of reforms due to take effect from April 2022. These include:", level: 0),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 1,
                     text: "Making Integrated Care Systems (ICS) statutory bodies", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 2,
                     text: "Transferring the functions of Clinical Commissioning Groups to the ICS", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 3,
                     text: "Removing competition and changing procurement rules", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 4,
                     text: "Seeking to strengthen the voice/influence of local government", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 5,
                     text: "Introducing measures to enhance assurance of social care by CQC", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 6,
                     text: "Creating a standalone power for Better Care Fund", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 7,
                     text: "Encouraging joint appointments of executive directors to support integrated care/working", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 8,
                     text: "Strengthening the role of Health and Wellbeing Boards", level: 1),
        ExpectedItem(register: "lcc-2021-22-q3", entryID: "Corp 4", field: "description", index: 9,
                     text: "As mentioned above, several themes are particularly relevant to the future working relationship between health and local government, and we will be looking to develop these through 21/22.", level: 0),
        // 004 lines 927-954: the same words and nesting as Q3.
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 4", field: "description", index: 1,
                     text: "Making Integrated Care Systems (ICS) statutory bodies", level: 1),
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 4", field: "description", index: 8,
                     text: "Strengthening the role of Health and Wellbeing Boards", level: 1),
        ExpectedItem(register: "lcc-2021-22-q4", entryID: "Corp 4", field: "description", index: 9,
                     text: "As mentioned above, several themes are particularly relevant to the future working relationship between health and local government, and we will be looking to develop these through 21/22.", level: 0),
        // 000 line 36: the same words as 001 line 45 in one run; nested as Q3 prints them.
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CO4", field: "controls", index: 0,
                     text: "Participation in the Healthier Lancashire programme building upon the \"Alignment of the Plans\" work undertaken Sustainability and Transformation Plan (STP).", level: 0),
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CO4", field: "controls", index: 1,
                     text: "Influencing and shaping the process to take account of Combined Authority objectives if and where appropriate.", level: 1),
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CO4", field: "controls", index: 2,
                     text: "Aligning, where appropriate with existing work at a pan Lancashire level, and within individual health economies.", level: 1),
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CO4", field: "controls", index: 3,
                     text: "Consideration of new models of delivery and potential new funding arrangements, such as pooled budgets where appropriate.", level: 1),
        // 000 line 12: one run of text; title = first paragraph as 001 line 15 prints it, the rest the description.
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR7", field: "description", index: 0,
                     text: "Failure to recruit and retain Independent Reviewing Officers.", level: 0),
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR7", field: "description", index: 1,
                     text: "Failure to recruit and retain experienced BSO staff.", level: 0),
        // 000 line 14: one run of text; title = first paragraph as 001 line 16 prints it, the rest the description.
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR8", field: "description", index: 0,
                     text: "Negative media exposure.", level: 0),
        // 000 line 15: one run of text; title = first paragraph as 001 line 19 prints it, the rest the description.
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR12", field: "description", index: 0,
                     text: "Failure to improve quality of data in Liquid Logic's systems (LCS/LAS)", level: 0),
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR12", field: "description", index: 1,
                     text: "Operational failure in the main IT Computer Suite (T101)", level: 0),
        // 000 line 24: one run of text; title = first paragraph as 001 line 30 prints it, the rest the description.
        ExpectedItem(register: "lcc-2016-17-q4", entryID: "CR24", field: "description", index: 0,
                     text: "Failure to provide robust data to evidence the impact on outcomes for those families engaged with the programme", level: 0),
    ]

    /// Owner fields printing one name per sub-heading (issue 8).
    static let owners: [ExpectedOwners] = [
        // 003 lines 692, 696, 702 and 721, 732, 737.
        ExpectedOwners(register: "lcc-2021-22-q3", entryID: "Corp 5", field: "controlOwner",
                       names: ["Chief Digital Officer", "Director of Strategy and Performance", "Director of Strategy and Performance"]),
        ExpectedOwners(register: "lcc-2021-22-q3", entryID: "Corp 5", field: "actionOwner",
                       names: ["Oracle Fusion Programme Manager", "Chief Digital Officer", "Chief Digital Officer"]),
        // 004 lines 1018 ("Chief Digital Office er"), 1020 ("gy and Performan ce", clipped), 1022.
        ExpectedOwners(register: "lcc-2021-22-q4", entryID: "Corp 5", field: "controlOwner",
                       names: ["Chief Digital Officer", "[…]gy and Performance", "Director of Strategy and Performance"]),
        // 004 lines 1025 ("Oracle Fusion Pro gramme Managei r"), 1034 ("Chief Digital Office er"), 1037.
        ExpectedOwners(register: "lcc-2021-22-q4", entryID: "Corp 5", field: "actionOwner",
                       names: ["Oracle Fusion Programme Manager", "Chief Digital Officer", "Chief Digital Officer"]),
    ]
}
