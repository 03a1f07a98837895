import OrderedCollections
import RiskRegister

/// `riskreg compare A B`: what changed from register A to register B (`RegisterComparison`).
public struct ComparisonReport {
    /// The earlier register.
    public let earlier: LoadedRegister
    /// The later register.
    public let later: LoadedRegister
    /// What changed between them.
    public let comparison: RegisterComparison

    /// The comparison of `earlier` with `later`.
    public init(from earlier: LoadedRegister, to later: LoadedRegister) {
        self.earlier = earlier
        self.later = later
        comparison = RegisterComparison(from: earlier.register, to: later.register)
    }

    /// `{"from", "to", "added", "removed", "changed"}`.
    public var json: JSONValue {
        .object(["from": .string(earlier.stem), "to": .string(later.stem),
                 "added": .array(comparison.added.map(JSONValue.string)),
                 "removed": .array(comparison.removed.map(JSONValue.string)),
                 "changed": .array(comparison.changed.map(Self.json))])
    }

    /// A line of counts, then a line per entry added, removed and changed, each change followed by
    /// its renumbering, a title that changed completely and each changed rating. Texts as the
    /// registers give them, cut to fit a line.
    public var lines: [String] {
        let changed = comparison.changed
        var lines = ["\(earlier.stem) (\(earlier.register.period)) → \(later.stem) (\(later.register.period)): "
                     + "\(comparison.added.count) added, \(comparison.removed.count) removed, \(changed.count) changed"]
        for entry in comparison.entries where entry.movement == .new {
            lines.append("added    \(entry.id)  \(Self.title(entry))")
        }
        for entry in comparison.entries where entry.movement == .removed {
            let closed = entry.after.map { " (closed\($0.status.reason.map { ": \($0)" } ?? ""))" } ?? ""
            lines.append("removed  \(entry.id)  \(Self.title(entry))\(closed)")
        }
        for entry in changed {
            lines.append("changed  \(entry.id)  \(entry.movement.glyph) \(entry.movement.rawValue): \(entry.fields.joined(separator: ", "))")
            if entry.isRenumbered, let before = entry.before {
                lines.append("           renumbered: \(SafeText.cut(before.id, limit: 40)) → \(SafeText.cut(entry.id, limit: 40))")
            }
            if entry.titleChangedCompletely, let before = entry.before, let after = entry.after {
                lines.append("           " + TitleChange.line(from: SafeText.cut(before.title, limit: 80), to: SafeText.cut(after.title, limit: 80)))
            }
            for change in entry.ratingChanges {
                lines.append("           \(change.kind.rawValue): \(ScoreText.factors(change.from)) → \(ScoreText.factors(change.to))")
            }
        }
        return lines
    }

    /// The entry's title, cut for one line.
    private static func title(_ entry: EntryComparison) -> String {
        SafeText.cut((entry.after ?? entry.before)?.title ?? "", limit: 120)
    }

    /// `{"id", "fields", <each changed rating>: {"from", "to"}, "movement"}`.
    private static func json(_ entry: EntryComparison) -> JSONValue {
        var object: OrderedDictionary<String, JSONValue> = ["id": .string(entry.id), "fields": .array(entry.fields.map(JSONValue.string))]
        if entry.isRenumbered, let before = entry.before { object["previousId"] = .string(before.id) }
        if entry.titleChangedCompletely, let before = entry.before { object["titleChangedFrom"] = .string(before.title) }
        for change in entry.ratingChanges {
            object[change.kind.rawValue] = .object(["from": RatingJSON.value(change.from), "to": RatingJSON.value(change.to)])
        }
        object["movement"] = .string(entry.movement.rawValue)
        return .object(object)
    }
}
