import ArgumentParser
import OrderedCollections
import RiskRegister

/// `riskreg compare A B`: what changed from register A to register B (`RegisterComparison`).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two registers: entries added, removed (closed or absent) and changed.",
        discussion: """
        Entries match by identity (uid: the same risk, whatever its printed id), else by the later \
        entry's previousIds; printed ids alone and titles never join two entries. A changed entry \
        lists its changed fields by their file keys, a renumbering, a title that changed completely \
        (no word in common: check the join), and each changed rating before and after. Exit 0, or 2 \
        when a register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print a JSON object: from, to, added, removed, changed.")
    var json = false

    @Argument(help: "The earlier register: file stem (lcc-2021-22-q3), file name or period.")
    var from: String

    @Argument(help: "The later register.")
    var to: String

    func run() throws {
        let earlier = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: from).pick() }
        let later = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: to).pick() }
        let comparison = RegisterComparison(from: earlier.register, to: later.register)
        if json {
            Output.printJSON(.object(["from": .string(earlier.stem), "to": .string(later.stem),
                                      "added": .array(comparison.added.map(JSONValue.string)),
                                      "removed": .array(comparison.removed.map(JSONValue.string)),
                                      "changed": .array(comparison.changed.map(Self.json))]))
            return
        }
        let changed = comparison.changed
        Output.line("\(earlier.stem) (\(earlier.register.period)) → \(later.stem) (\(later.register.period)): "
                    + "\(comparison.added.count) added, \(comparison.removed.count) removed, \(changed.count) changed")
        for entry in comparison.entries where entry.movement == .new {
            Output.line("added    \(entry.id)  \(Self.title(entry))")
        }
        for entry in comparison.entries where entry.movement == .removed {
            let closed = entry.after.map { " (closed\($0.status.reason.map { ": \($0)" } ?? ""))" } ?? ""
            Output.line("removed  \(entry.id)  \(Self.title(entry))\(closed)")
        }
        for entry in changed {
            Output.line("changed  \(entry.id)  \(entry.movement.glyph) \(entry.movement.rawValue): \(entry.fields.joined(separator: ", "))")
            if entry.isRenumbered, let before = entry.before {
                Output.line("           renumbered: \(SafeText.cut(before.id, limit: 40)) → \(SafeText.cut(entry.id, limit: 40))")
            }
            if entry.titleChangedCompletely, let before = entry.before, let after = entry.after {
                Output.line("           " + TitleChange.line(from: SafeText.cut(before.title, limit: 80), to: SafeText.cut(after.title, limit: 80)))
            }
            for change in entry.ratingChanges {
                Output.line("           \(change.kind.rawValue): \(ScoreText.factors(change.from)) → \(ScoreText.factors(change.to))")
            }
        }
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
