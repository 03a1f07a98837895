/// A register as one self-contained HTML page for committee: title and period, the heat map of
/// current ratings as coloured 5×5 grids (risks, and opportunities with their colours reversed)
/// with counts and ids, the summary risk profile, what moved since the previous register (when
/// given), then one card per entry with every field. No external assets; every value escaped
/// (`HTMLText`); print rules for A4 (`HTMLStyle`).
public enum HTMLPack {
    /// The page for `register`; `comparison` is what moved since its predecessor, if known.
    public static func render(_ register: Register, profile: SummaryProfile, comparison: RegisterComparison? = nil) -> String {
        let title = "\(register.title): \(register.period)"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <h1>\(HTMLText.escape(title))</h1>
        <p class="organisation">\(HTMLText.escape(register.organisation))</p>

        """
        if let appetite = register.appetite {
            html += "<p class=\"appetite\">\(HTMLText.escape(HeatMapMarks.statement(appetite)))</p>\n"
        }
        html += "<h2>Heat map (current ratings)</h2>\n<div class=\"heatmaps\">\n"
        let open = register.entries.filter { !$0.isClosed }
        for kind in EntryKind.allCases {
            let entries = open.filter { $0.kind == kind }
            if !entries.isEmpty || kind == .risk {
                html += heatMap(entries, kind: kind, scale: register.scale, outside: HeatMapMarks.outside(entries, appetite: register.appetite))
            }
        }
        html += "</div>\n"
        html += "<h2>Summary risk profile</h2>\n" + table(profile, appetite: register.appetite != nil)
        if let comparison {
            html += "<h2>What moved since the previous quarter</h2>\n" + moved(comparison)
        }
        html += "<section class=\"entries\">\n<h2>Entries</h2>\n"
        for entry in register.entries {
            html += card(entry, scale: register.scale)
        }
        html += "</section>\n</body>\n</html>\n"
        return html
    }

    /// One grid: impact rows 5 to 1, likelihood columns 1 to 5, each cell in its band's colour
    /// with its count and ids, each id with its marks (`HeatMapMarks`), a cell holding a printed
    /// anomaly with ≠ after its count; score-only and unrated entries listed under it, then what
    /// the marks mean.
    static func heatMap(_ entries: [Entry], kind: EntryKind, scale: Scale, outside: Set<String>) -> String {
        let map = HeatMap(entries: entries, rating: .current)
        let name = kind == .risk ? "Risks" : "Opportunities"
        var html = "<div class=\"heatmap\">\n<table>\n<caption>\(name): impact (rows) by likelihood (columns)</caption>\n<tbody>\n"
        for impact in Scale.factorRange.reversed() {
            let label = scale.impactLabel(impact, for: kind) ?? ""
            html += "<tr><th scope=\"row\">\(impact) \(HTMLText.escape(label))</th>"
            for likelihood in Scale.factorRange {
                let ids = map.ids(likelihood: likelihood, impact: impact)
                let score = Scale.score(likelihood: likelihood, impact: impact)
                let colour = scale.band(for: score)?.colour(for: kind).rawValue ?? ""
                let list = ids.map { "<span class=\"id\">\(HTMLText.escape(HeatMapMarks.label($0, in: map, outside: outside)))</span>" }
                    .joined(separator: ", ")
                let mark = map.anomalous.contains(.cell(likelihood: likelihood, impact: impact)) ? " " + HeatMapMarks.printed : ""
                html += "<td class=\"cell \(colour)\" title=\"score \(score)\">"
                    + (ids.isEmpty ? "" : "<span class=\"count\">\(ids.count)\(mark)</span><span class=\"ids\">\(list)</span>") + "</td>"
            }
            html += "</tr>\n"
        }
        html += "<tr><th></th>" + Scale.factorRange.map { "<th scope=\"col\">\($0) \(HTMLText.escape(scale.likelihoodLabel($0) ?? ""))</th>" }
            .joined() + "</tr>\n</tbody>\n</table>\n"
        for group in map.scoreOnly {
            html += "<p class=\"muted\">Score \(group.score) only (no likelihood and impact printed): "
                + group.ids.map(HTMLText.escape).joined(separator: ", ") + "</p>\n"
        }
        if !map.unrated.isEmpty {
            html += "<p class=\"muted\">Not rated: " + map.unrated.map(HTMLText.escape).joined(separator: ", ") + "</p>\n"
        }
        for line in HeatMapMarks.legend(map, outside: outside) {
            html += "<p class=\"muted legend\">\(HTMLText.escape(line))</p>\n"
        }
        return html + "</div>\n"
    }

    /// The summary risk profile; with `appetite` (the register states one), a last column marks
    /// the risks outside it.
    private static func table(_ profile: SummaryProfile, appetite: Bool) -> String {
        let goal = profile.goalKind == .target ? "Target" : "Residual"
        var html = "<table class=\"profile\">\n<thead><tr><th>ID</th><th>Description</th><th>Current</th><th>\(goal)</th>"
            + "<th>Target date</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Direction of travel</th>"
            + (appetite ? "<th>Appetite</th>" : "") + "</tr></thead>\n<tbody>\n"
        for row in profile.rows {
            let stale = row.isStale ? " <span class=\"stale\">(printed profile no longer matches the entry)</span>" : ""
            let cells = [row.id, row.description].map(HTMLText.escape)
            html += "<tr><td>\(cells[0])</td><td>\(cells[1])\(stale)</td>"
                + "<td>\(RatingText.score(row.currentScore))</td><td>\(RatingText.score(row.targetScore))</td>"
                + "<td>\(HTMLText.escape(row.targetDate ?? "-"))</td>"
                + row.confidence.quarters.map { quarter in
                    "<td class=\"\(quarter.map(colour) ?? "")\">\(RatingText.confidence(quarter))</td>"
                }.joined()
                + "<td>\(HTMLText.escape(RatingText.direction(row)))</td>"
                + (appetite ? "<td>\(row.outsideAppetite ? "outside " + HeatMapMarks.outsideAppetite : "")</td>" : "") + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func colour(_ rag: RAG) -> String {
        switch rag {
        case .green: BandColour.green.rawValue
        case .amber: BandColour.amber.rawValue
        case .red: BandColour.red.rawValue
        }
    }

    private static func moved(_ comparison: RegisterComparison) -> String {
        let items = comparison.entries.compactMap { entry -> String? in
            let title = HTMLText.escape((entry.after ?? entry.before)?.title ?? "")
            let id = HTMLText.escape(entry.id)
            switch entry.movement {
            case .new: return "<li><b>\(id)</b> added: \(title)</li>"
            case .removed: return "<li><b>\(id)</b> removed: \(title)</li>"
            default:
                guard entry.isChanged else { return nil }
                let ratings = entry.ratingChanges.map { change in
                    "\(change.kind.rawValue) \(RatingText.score(change.from.effectiveScore)) → \(RatingText.score(change.to.effectiveScore))"
                }
                let detail = ([HTMLText.escape(entry.fields.joined(separator: ", "))] + ratings).joined(separator: "; ")
                return "<li><b>\(id)</b> \(entry.movement.glyph) \(entry.movement.rawValue): \(detail)</li>"
            }
        }
        return items.isEmpty ? "<p>Nothing moved.</p>\n" : "<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n"
    }

    private static func card(_ entry: Entry, scale: Scale) -> String {
        var html = "<article class=\"card\(entry.isClosed ? " closed" : "")\">\n"
        html += "<div class=\"fields\">\n<h3>\(HTMLText.escape(entry.id)): \(HTMLText.escape(entry.title))\(entry.isClosed ? " (closed)" : "")</h3>\n<dl>\n"
        var fields: [(String, String?)] = [("Kind", entry.kind.rawValue), ("Status", statusText(entry.status)),
                                           ("Previous ids", entry.previousIds.map { $0.isEmpty ? "none" : $0.joined(separator: ", ") }),
                                           ("Type", entry.type), ("Owner", entry.owner), ("Control owner", entry.controlOwner),
                                           ("Action owner", entry.actionOwner)]
        for kind in RatingKind.allCases {
            let rating = entry.rating(kind)
            let words = [rating.likelihoodText, rating.impactText].compactMap { $0 }
            let printed = words.isEmpty ? "" : " (printed: \(words.joined(separator: " / ")))"
            fields.append((kind.rawValue.capitalized, RatingText.describe(rating, scale: scale) + printed))
        }
        fields += [("Target date", entry.targetDate),
                   ("Direction of travel", entry.direction.trend.rawValue + (entry.direction.text.map { ": \($0)" } ?? "")),
                   ("Confidence", zip(Confidence.keys, entry.confidence.quarters)
                        .map { "\($0.uppercased()) \(RatingText.confidence($1))" }.joined(separator: ", ")),
                   ("Profile row", entry.profile.map(profileText)),
                   ("Source", entry.source.map { "\($0.document), lines \($0.firstLine)–\($0.lastLine)" })]
        for (name, value) in fields {
            guard let value else { continue }
            html += "<dt>\(name)</dt><dd>\(HTMLText.escape(value))</dd>\n"
        }
        html += "</dl>\n</div>\n"
        let lists: [(String, [Item])] = [("Description", entry.description), (entry.kind == .risk ? "Consequences" : "Benefits", entry.consequences),
                                         (entry.kind == .risk ? "Controls" : "Progress to date", entry.controls),
                                         ("Actions", entry.actions), ("Progress", entry.progress)]
        for (name, items) in lists where !items.isEmpty {
            html += "<h4>\(name)</h4>\n<ul>\n" + items.map { "<li>\(HTMLText.escape(EntryTable.line($0)))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        let extras: [(String, [String])] = [
            ("Notes", entry.notes),
            ("Reviews", entry.reviews.map { "\($0.at) \($0.by): \($0.outcome.rawValue)" + ($0.note.map { " (\($0))" } ?? "") }),
            ("History", entry.history.map { "\($0.at) \($0.author): \($0.field): \($0.before ?? "none") → \($0.after ?? "none")" }),
        ]
        for (name, lines) in extras where !lines.isEmpty {
            html += "<h4>\(name)</h4>\n<ul>\n" + lines.map { "<li>\(HTMLText.escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        return html + "</article>\n"
    }

    private static func statusText(_ status: EntryStatus) -> String {
        guard status.state == .closed else { return "open" }
        return ["closed", status.at, status.by.map { "by \($0)" }, status.reason.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    private static func profileText(_ profile: Profile) -> String {
        let parts: [String?] = [profile.id, profile.description, profile.currentScore.map { "current \($0)" },
                                profile.targetScore.map { "target \($0)" }, profile.targetDate, profile.direction]
        return parts.compactMap { $0 }.joined(separator: "; ")
    }
}
