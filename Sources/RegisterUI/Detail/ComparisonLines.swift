import RiskRegister

/// An entry's changes since the register compared with, as detail paragraphs: a renumbering
/// ("renumbered: CR4 → Corp 3"), then each changed field before and after (a rating as "6 (3 × 2)
/// → 20 (3 × 2)", a short text as before → after, a title that changed completely as "title
/// changed: …", since the join may be wrong; a list as the counts of its items added, removed and
/// changed, with the first changed item's text).
enum ComparisonLines {
    /// The heading and a line per change.
    static func lines(for comparison: EntryComparison, since period: String) -> [DetailLine] {
        switch comparison.movement {
        case .new:
            return [DetailLine(.section, "New since \(period)")]
        case .removed:
            return [DetailLine(.section, "Removed since \(period)")]
        case .up, .down, .level:
            guard let before = comparison.before, let after = comparison.after else {
                return [DetailLine(.section, "Unchanged since \(period)")]
            }
            let renumbered = comparison.isRenumbered ? [DetailLine(.bullet(level: 0), renumbering(from: before, to: after))] : []
            guard comparison.isChanged else { return [DetailLine(.section, "Unchanged since \(period)")] + renumbered }
            return [DetailLine(.section, "Since \(period):")] + renumbered + comparison.fields.map { field in
                let text = field == "title" && comparison.titleChangedCompletely
                    ? TitleChange.line(from: before.title, to: after.title) : change(of: field, from: before, to: after)
                return DetailLine(.bullet(level: 0), text)
            }
        }
    }

    /// "renumbered: CR4 → Corp 3".
    static func renumbering(from before: Entry, to after: Entry) -> String {
        "renumbered: \(before.id) → \(after.id)"
    }

    /// "Owner: A → B", "Current: 16 (4 × 4) → 20 (4 × 5)", "Controls: 1 added, 2 changed: …".
    static func change(of field: String, from before: Entry, to after: Entry) -> String {
        let label = label(field)
        if let kind = RatingKind(rawValue: field) {
            let (was, now) = ratings(before.rating(kind), after.rating(kind))
            return "\(label): \(was) → \(now)"
        }
        if let list = ItemList(rawValue: field) {
            return "\(label): \(itemChanges(list.items(of: before), list.items(of: after)))"
        }
        return "\(label): \(text(field, of: before)) → \(text(field, of: after))"
    }

    /// "Target: 9 (3 × 3) → 9 (3 × 3)" would say nothing where only the printed words changed:
    /// then each side names its words ("9 (3 × 3, printed \"Possible\")").
    private static func ratings(_ before: Rating, _ after: Rating) -> (String, String) {
        let (was, now) = (rating(before), rating(after))
        guard was == now else { return (was, now) }
        return (rating(before, words: true), rating(after, words: true))
    }

    /// "20 (4 × 5)", "16" for a score alone, "—" when not printed; with `words`, the printed
    /// words of its factors inside the brackets.
    static func rating(_ rating: Rating, words: Bool = false) -> String {
        let score = rating.effectiveScore.map(String.init) ?? "—"
        guard let likelihood = rating.likelihood, let impact = rating.impact else { return score }
        let printed = [rating.likelihoodText, rating.impactText].compactMap { $0 }.map { "\"\($0)\"" }
        let shown = words ? ", printed " + (printed.isEmpty ? "no words" : printed.joined(separator: " × ")) : ""
        return "\(score) (\(likelihood) × \(impact)\(shown))"
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
