/// A register as a table of text, one row per entry and one column per field: what the CSV export
/// writes (docs/exports.md names each column). Lists are joined with line breaks, one item a line;
/// ratings are split into likelihood, impact, score and band columns.
public enum EntryTable {
    /// The column names, in order.
    public static let columns: [String] = {
        var names = ["id", "uid", "kind", "status", "status.at", "status.by", "status.reason", "previousIds", "title", "type",
                     "description", "consequences", "controls", "controlOwner", "actions", "actionOwner", "progress", "owner"]
        for rating in RatingKind.allCases {
            names += ["likelihood", "impact", "score", "band", "likelihoodText", "impactText"].map { "\(rating.rawValue).\($0)" }
        }
        names += ["targetDate", "direction.trend", "direction.text"] + Confidence.keys.map { "confidence.\($0)" }
        names += ["profile.id", "profile.description", "profile.currentScore", "profile.targetScore", "profile.targetDate",
                  "profile.direction"] + Confidence.keys.map { "profile.confidence.\($0)" }
        names += ["notes", "reviews", "lastReview", "history", "source.document", "source.firstLine", "source.lastLine"]
        return names
    }()

    /// Every entry of the register as a row of `columns.count` cells.
    public static func rows(of register: Register) -> [[String]] {
        register.entries.map { row(of: $0, scale: register.scale) }
    }

    /// One entry's cells, in the order of `columns`.
    public static func row(of entry: Entry, scale: Scale) -> [String] {
        var cells = [entry.id, entry.uid, entry.kind.rawValue, entry.status.state.rawValue, entry.status.at ?? "", entry.status.by ?? "",
                     entry.status.reason ?? "", (entry.previousIds ?? []).joined(separator: "\n"), entry.title, entry.type ?? "",
                     lines(entry.description), lines(entry.consequences), lines(entry.controls), entry.controlOwner ?? "",
                     lines(entry.actions), entry.actionOwner ?? "", lines(entry.progress), entry.owner ?? ""]
        for kind in RatingKind.allCases {
            let rating = entry.rating(kind)
            cells += [number(rating.likelihood), number(rating.impact), number(rating.effectiveScore),
                      rating.effectiveScore.flatMap { scale.band(for: $0)?.name } ?? "",
                      rating.likelihoodText ?? "", rating.impactText ?? ""]
        }
        cells += [entry.targetDate ?? "", entry.direction.trend.rawValue, entry.direction.text ?? ""]
        cells += entry.confidence.quarters.map { $0?.rawValue ?? "" }
        let profile = entry.profile
        cells += [profile?.id ?? "", profile?.description ?? "", number(profile?.currentScore), number(profile?.targetScore),
                  profile?.targetDate ?? "", profile?.direction ?? ""]
        cells += (profile?.confidence ?? Confidence()).quarters.map { $0?.rawValue ?? "" }
        cells += [entry.notes.joined(separator: "\n"), String(entry.reviews.count), entry.reviews.last.map(review) ?? "",
                  String(entry.history.count), entry.source?.document ?? "", number(entry.source?.firstLine),
                  number(entry.source?.lastLine)]
        return cells
    }

    /// An item as one line: two spaces per level, then `[heading] `, the date, `(author) ` and the text.
    public static func line(_ item: Item) -> String {
        var prefix = String(repeating: "  ", count: min(max(item.level, 0), 8))
        if let heading = item.heading { prefix += "[\(heading)] " }
        if let date = item.date { prefix += "\(date) " }
        if let author = item.author { prefix += "(\(author)) " }
        return prefix + item.text
    }

    private static func lines(_ items: [Item]) -> String {
        items.map(line).joined(separator: "\n")
    }

    private static func number(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    private static func review(_ review: Review) -> String {
        "\(review.at) \(review.by): \(review.outcome.rawValue)" + (review.note.map { " (\($0))" } ?? "")
    }
}
