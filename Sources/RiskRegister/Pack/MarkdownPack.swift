/// A register as a Markdown committee paper: the title and period, the summary risk profile as a
/// table, what moved since the previous register (when given), then each entry with its fields
/// and lists. Every value from the register is escaped (`MarkdownText`).
public enum MarkdownPack {
    /// The paper for `register`; `comparison` is what moved since its predecessor, if known.
    public static func render(_ register: Register, profile: SummaryProfile, comparison: RegisterComparison? = nil) -> String {
        var out: [String] = []
        out.append("# \(MarkdownText.escape(register.title)): \(MarkdownText.escape(register.period))")
        out.append("")
        out.append(MarkdownText.escape(register.organisation))
        out.append("")
        if let appetite = register.appetite {
            out.append(MarkdownText.escape(HeatMapMarks.statement(appetite)))
            out.append("")
        }
        out.append("## Summary risk profile")
        out.append("")
        out += table(profile, appetite: register.appetite != nil)
        if let comparison {
            out.append("")
            out.append("## What moved since the previous quarter")
            out.append("")
            out += moved(comparison)
        }
        out.append("")
        out.append("## Entries")
        for entry in register.entries {
            out.append("")
            out += section(entry, scale: register.scale)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The summary profile as a Markdown table; with `appetite` (the register states one), a last
    /// column marks the risks outside it.
    public static func table(_ profile: SummaryProfile, appetite: Bool = false) -> [String] {
        let goal = profile.goalKind == .target ? "Target" : "Residual"
        var lines = ["| ID | Description | Current | \(goal) | Target date | Q1 | Q2 | Q3 | Q4 | Direction of travel |"
                        + (appetite ? " Appetite |" : ""),
                     "|---|---|---|---|---|---|---|---|---|---|" + (appetite ? "---|" : "")]
        for row in profile.rows {
            let cells = [row.id, row.description + (row.isStale ? " (printed profile no longer matches the entry)" : ""),
                         RatingText.score(row.currentScore), RatingText.score(row.targetScore), row.targetDate ?? "-"]
                + row.confidence.quarters.map(RatingText.confidence) + [RatingText.direction(row)]
                + (appetite ? [row.outsideAppetite ? "outside " + HeatMapMarks.outsideAppetite : ""] : [])
            lines.append("| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |")
        }
        return lines
    }

    private static func moved(_ comparison: RegisterComparison) -> [String] {
        let lines = comparison.entries.compactMap { entry -> String? in
            let title = MarkdownText.escape((entry.after ?? entry.before)?.title ?? "")
            let id = MarkdownText.escape(entry.id)
            switch entry.movement {
            case .new: return "- **\(id)** added: \(title)"
            case .removed: return "- **\(id)** removed: \(title)"
            default:
                guard entry.isChanged else { return nil }
                let fields = MarkdownText.escape(entry.fields.joined(separator: ", "))
                return "- **\(id)** \(MarkdownText.escape(entry.movement.glyph)) \(entry.movement.rawValue): \(fields)"
            }
        }
        return lines.isEmpty ? ["Nothing moved."] : lines
    }

    private static func section(_ entry: Entry, scale: Scale) -> [String] {
        let closed = entry.isClosed ? " \\(closed\\)" : ""
        var lines = ["### \(MarkdownText.escape(entry.id)): \(MarkdownText.escape(entry.title))\(closed)", ""]
        var fields: [(String, String?)] = [("Kind", entry.kind.rawValue), ("Status", entry.status.summary),
                                           ("Type", entry.type), ("Owner", entry.owner),
                                           ("Control owner", entry.controlOwner), ("Action owner", entry.actionOwner)]
        for kind in RatingKind.allCases where !entry.rating(kind).isEmpty {
            fields.append((kind.rawValue.capitalized, RatingText.describe(entry.rating(kind), scale: scale)))
        }
        fields += [("Target date", entry.targetDate),
                   ("Direction of travel", entry.direction.text ?? (entry.direction.trend == .unknown ? nil : entry.direction.trend.rawValue)),
                   ("Confidence", entry.confidence.isEmpty ? nil
                        : zip(Confidence.keys, entry.confidence.quarters).map { "\($0.uppercased()) \(RatingText.confidence($1))" }
                            .joined(separator: ", ")),
                   ("Previous ids", entry.previousIds.map { $0.joined(separator: ", ") }),
                   ("Reviews", entry.reviews.isEmpty ? nil : "\(entry.reviews.count)")]
        for (name, value) in fields {
            guard let value else { continue }
            lines.append("- **\(name):** \(MarkdownText.escape(value))")
        }
        let lists: [(String, [Item])] = [("Description", entry.description), (entry.kind == .risk ? "Consequences" : "Benefits", entry.consequences),
                                         (entry.kind == .risk ? "Controls" : "Progress to date", entry.controls),
                                         ("Actions", entry.actions), ("Progress", entry.progress)]
        for (name, items) in lists where !items.isEmpty {
            lines += ["", "#### \(name)", ""]
            lines += bullets(items)
        }
        if !entry.notes.isEmpty {
            lines += ["", "#### Notes", ""]
            lines += entry.notes.map { "- \(MarkdownText.escape($0))" }
        }
        return lines
    }

    /// Items as bullets, sub-bullets indented, each heading once before the items under it.
    private static func bullets(_ items: [Item]) -> [String] {
        var lines: [String] = []
        var heading: String?
        for item in items {
            if item.heading != heading, let next = item.heading {
                lines.append("- **\(MarkdownText.escape(next))**")
            }
            heading = item.heading
            let depth = min(max(item.level, 0), 3) + (heading == nil ? 0 : 1)
            var text = MarkdownText.escape(item.text)
            let by = [item.date, item.author.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            if !by.isEmpty { text = "\(MarkdownText.escape(by)) \(text)" }
            lines.append(String(repeating: "  ", count: depth) + "- " + text)
        }
        return lines
    }
}
