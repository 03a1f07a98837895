import RiskRegister

/// Makes register entries shaped like the shipped ones (Data/*.json): a title, 200–800 characters
/// of description, consequences, 5–15 controls, actions, dated progress notes, owners and ratings,
/// with some non-ASCII text (accents in both NFC and NFD, em dashes, £, now and then an emoji).
/// About 4 KB of JSON per entry.
struct EntryWriter {
    private var random: SplitMix64

    /// A writer whose entries depend only on `seed`.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    private static let subjects = [
        "the council", "the directorate", "the care market", "the capital programme", "the school estate",
        "the highways network", "the pension fund", "the digital programme", "the workforce", "partner agencies",
        "the integrated care board", "the waste contract", "the café and catering service", "the re\u{301}sume\u{301} system",
    ]
    private static let verbs = [
        "may not deliver", "is unable to sustain", "cannot secure", "fails to prioritise", "does not recover",
        "struggles to fund", "is slow to modernise", "loses control of", "underestimates", "overcommits to",
    ]
    private static let objects = [
        "the savings required in the medium-term financial strategy", "statutory duties to vulnerable adults",
        "timely assessments under the Care Act", "a balanced budget post 2024/25", "the £12.4m transformation fund",
        "recruitment and retention of social workers", "compliance with the data protection régime",
        "cyber resilience across legacy systems", "the inspection improvement plan", "fees paid to care providers",
        "the coöperation of district partners", "winter resilience — gritting, flooding and road repairs",
        "the maintenance backlog of £87m", "net zero commitments by 2030", "safeguarding audits and follow-up",
    ]
    private static let reasons = [
        "because demand continues to rise faster than funding", "owing to inflation in energy and contract prices",
        "as a consequence of national policy changes", "while capacity is diverted to recovery work",
        "given the age and condition of the estate", "because the market is fragile — several providers have exited",
        "due to delays in government funding announcements", "because key posts remain vacant after re\u{301}advertising",
    ]
    private static let people = [
        "Director of Finance", "Executive Director of Resources", "Director of Adult Social Care",
        "Head of Service — Procurement", "Director of Children's Social Care", "Chief Digital Officer",
        "Director of Highways and Transport", "Head of Legal and Democratic Services", "Director of Public Health",
        "Head of Asset Management", "Chief Executive and Director of Resources", "Head of Pensions Administration",
    ]
    private static let controlStarts = [
        "Monthly monitoring by the", "Quarterly reports to the", "Agreed recovery plan overseen by the",
        "Contract management framework reviewed by the", "Business continuity plans tested by the",
        "Workforce strategy owned by the", "Budget challenge sessions chaired by the", "Assurance reviews led by the",
    ]
    private static let boards = [
        "Corporate Management Team", "Cabinet", "Audit, Risk and Governance Committee", "Health and Wellbeing Board",
        "Programme Board", "Scrutiny Committee", "Safeguarding Partnership", "Strategic Commissioning Group",
    ]
    private static let headings = ["Capacity", "Change programme", "Finance", "Governance", "Our ways of working", "Partnerships"]
    private static let emoji = ["📈", "⚠️", "✅", "🚧", "👍🏽"]
    private static let trends: [(Trend, String)] = [
        (.up, "Increasing"), (.down, "Decreasing"), (.level, "No change"), (.unknown, "+ve"), (.unknown, "Stable — monitor"),
    ]

    /// The entry at `index` of a register whose ids start with `code`; `extra` is added to its
    /// title (the search token, or nothing).
    mutating func entry(code: String, index: Int, extra: String?) -> Entry {
        let object = random.pick(Self.objects)
        let title = object.prefix(1).uppercased() + object.dropFirst() + (extra.map { " \($0)" } ?? "")
        // A risk aims lower than it stands, an opportunity higher (its high scores are good).
        let kind: EntryKind = random.chance(10) ? .opportunity : .risk
        let current = rating(atLeast: 2)
        let currentScore = current.score ?? 1
        let target = kind == .risk ? rating(atMost: currentScore) : rating(atLeast: currentScore)
        let residual = random.chance(30) ? (kind == .risk ? rating(atMost: currentScore) : rating(atLeast: currentScore)) : .empty
        let trend = random.pick(Self.trends)
        // Whole sentences until the description holds 200 to 800 characters.
        var description: [Item] = []
        var descriptionLength = 0
        let wanted = random.int(in: 200...800)
        while descriptionLength < wanted {
            var text = sentence()
            if descriptionLength + text.count > 800 { text = String(text.prefix(800 - descriptionLength)) }
            description.append(item(text, in: description))
            descriptionLength += text.count
        }
        return Entry(
            id: RegisterPlan.entryID(code: code, index: index),
            kind: kind,
            title: String(title),
            type: random.chance(40) ? random.pick(["Economic", "Organisational", "Legal", "Reputational", "Technological"]) : nil,
            description: description,
            consequences: items(count: random.int(in: 1...2), headed: true) { $0.sentence() },
            controls: items(count: random.int(in: 5...15), headed: false) { $0.control() },
            controlOwner: random.pick(Self.people),
            actions: items(count: random.int(in: 1...3), headed: false) { $0.sentence() },
            actionOwner: random.pick(Self.people),
            progress: progress(),
            owner: random.pick(Self.people),
            current: current,
            target: target,
            residual: residual,
            targetDate: random.pick(["March 2025", "Ongoing", "March 2026/Ongoing", "September 2025", "Q4 2025/26"]),
            direction: Direction(trend: trend.0, text: trend.1),
            confidence: Confidence(quarters: (0..<4).map { _ in random.chance(25) ? nil : random.pick(RAG.allCases) }),
            notes: random.chance(5) ? ["The printed score was checked against the factors; it is kept as printed."] : []
        )
    }

    /// One sentence of council prose: who may fail at what, often why, now and then an emoji.
    private mutating func sentence() -> String {
        var text = "\(random.pick(Self.subjects)) \(random.pick(Self.verbs)) \(random.pick(Self.objects))"
        if random.chance(50) { text += " " + random.pick(Self.reasons) }
        if random.chance(3) { text += " " + random.pick(Self.emoji) }
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// A control: who watches, often what.
    private mutating func control() -> String {
        "\(random.pick(Self.controlStarts)) \(random.pick(Self.boards))"
            + (random.chance(50) ? ", covering \(random.pick(Self.objects))." : ".")
    }

    /// One to three progress notes, newest first, each dated and signed.
    private mutating func progress() -> [Item] {
        var notes: [Item] = []
        let count = random.int(in: 1...3)
        var month = random.int(in: 6...12)
        for _ in 0..<count {
            let text = sentence()
            let date = "2025-\(month < 10 ? "0" : "")\(month)-\(random.int(in: 10...28))"
            notes.append(Item(id: identifier(in: notes), text: text, date: date, author: random.pick(Self.people)))
            month = max(1, month - random.int(in: 1...3))
        }
        return notes
    }

    /// `count` items made by `text`, some under sub-headings.
    private mutating func items(count: Int, headed: Bool, _ text: (inout EntryWriter) -> String) -> [Item] {
        var list: [Item] = []
        var heading: String? = headed && random.chance(50) ? random.pick(Self.headings) : nil
        for _ in 0..<count {
            if heading != nil, random.chance(30) { heading = random.pick(Self.headings) }
            var next = item(text(&self), in: list)
            next.heading = heading
            list.append(next)
        }
        return list
    }

    /// An item with a fresh id, unique in `list`.
    private mutating func item(_ text: String, in list: [Item]) -> Item {
        Item(id: identifier(in: list), text: text)
    }

    /// Eight hex digits: random, then the position in the list, so ids never repeat within it.
    private mutating func identifier(in list: [Item]) -> String {
        let value = UInt32(truncatingIfNeeded: random.next()) & 0xFFFF_FF00 | UInt32(list.count & 0xFF)
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 8 - text.count) + text
    }

    /// A rating with likelihood × impact, its score at least `minimum` (at most 25).
    private mutating func rating(atLeast minimum: Int) -> Rating {
        while true {
            let candidate = rating()
            if (candidate.score ?? 0) >= minimum { return candidate }
        }
    }

    /// A rating whose score is at most `maximum`.
    private mutating func rating(atMost maximum: Int) -> Rating {
        while true {
            let candidate = rating()
            if (candidate.score ?? 26) <= maximum { return candidate }
        }
    }

    /// Likelihood and impact on the 1–5 scale, the score their product, with the printed words.
    private mutating func rating() -> Rating {
        let likelihood = random.int(in: 1...5)
        let impact = random.int(in: 1...5)
        return Rating(likelihood: likelihood, impact: impact, score: likelihood * impact,
                      likelihoodText: "\(Scale.standard.likelihood[likelihood - 1]) (\(likelihood))",
                      impactText: "\(Scale.standard.impact[impact - 1]) (\(impact))")
    }
}
