import RiskRegister

/// An entry's changes since the register compared with, as detail paragraphs: each changed field
/// before and after (a rating as "6 (3 × 2) → 20 (3 × 2)", a short text as before → after, a list
/// as the counts of its items added, removed and changed, with the first changed item's text).
enum ComparisonLines {
    /// The heading and a line per changed field.
    static func lines(for comparison: EntryComparison, since period: String) -> [DetailLine] {
        switch comparison.movement {
        case .new:
            return [DetailLine(.section, "New since \(period)")]
        case .removed:
            return [DetailLine(.section, "Removed since \(period)")]
        case .up, .down, .level:
            guard let before = comparison.before, let after = comparison.after, comparison.isChanged else {
                return [DetailLine(.section, "Unchanged since \(period)")]
            }
            return [DetailLine(.section, "Since \(period):")]
                + comparison.fields.map { DetailLine(.bullet(level: 0), change(of: $0, from: before, to: after)) }
        }
    }

    /// "Owner: A → B", "Current: 16 (4 × 4) → 20 (4 × 5)", "Controls: 1 added, 2 changed: …".
    static func change(of field: String, from before: Entry, to after: Entry) -> String {
        let label = label(field)
        if let kind = RatingKind(rawValue: field) {
            return "\(label): \(rating(before.rating(kind))) → \(rating(after.rating(kind)))"
        }
        if let list = ItemList(rawValue: field) {
            return "\(label): \(itemChanges(list.items(of: before), list.items(of: after)))"
        }
        return "\(label): \(text(field, of: before)) → \(text(field, of: after))"
    }

    /// "20 (4 × 5)", "16" for a score alone, "—" when not printed.
    static func rating(_ rating: Rating) -> String {
        let score = rating.effectiveScore.map(String.init) ?? "—"
        guard let likelihood = rating.likelihood, let impact = rating.impact else { return score }
        return "\(score) (\(likelihood) × \(impact))"
    }

    /// "1 added, 2 changed: “first changed item”", items told apart by what they say.
    private static func itemChanges(_ before: [Item], _ after: [Item]) -> String {
        func key(_ item: Item) -> [String?] { [item.text, item.heading, String(item.level), item.date, item.author] }
        var unmatched = before.map(key)
        var fresh: [Item] = []
        for item in after {
            if let index = unmatched.firstIndex(of: key(item)) { unmatched.remove(at: index) } else { fresh.append(item) }
        }
        let changed = min(fresh.count, unmatched.count)
        let counts = [(fresh.count - changed, "added"), (unmatched.count - changed, "removed"), (changed, "changed")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let first = fresh.first?.text ?? before.first { unmatched.contains(key($0)) }?.text
        let order = counts.isEmpty ? ["reordered"] : counts
        return order.joined(separator: ", ") + (first.map { ": “\($0)”" } ?? "")
    }

    private static func text(_ field: String, of entry: Entry) -> String {
        let value: String? = switch field {
        case "kind": entry.kind.rawValue
        case "title": entry.title
        case "type": entry.type
        case "controlOwner": entry.controlOwner
        case "actionOwner": entry.actionOwner
        case "owner": entry.owner
        case "targetDate": entry.targetDate
        case "confidence":
            zip(Confidence.keys, entry.confidence.quarters).map { "\($0.uppercased()) \($1?.rawValue ?? "—")" }
                .joined(separator: " ")
        default: nil
        }
        return value ?? "—"
    }

    private static func label(_ field: String) -> String {
        switch field {
        case "controlOwner": "Control owner"
        case "actionOwner": "Action owner"
        case "targetDate": "Target date"
        default: field.prefix(1).uppercased() + field.dropFirst()
        }
    }
}
