/// Works out what changed in an entry between two versions, field by field, as `Change` records
/// for the entry's history. List fields are compared item by item: an edited item is one change,
/// an added or deleted item is a change with no before or no after.
public enum HistoryRecorder {
    /// The changes from `old` to `new` (history itself and unknown keys are not compared).
    public static func changes(from old: Entry, to new: Entry, at time: String, author: String) -> [Change] {
        var changes: [Change] = []
        func record(_ field: String, _ before: String?, _ after: String?) {
            if before != after {
                changes.append(Change(at: time, author: author, field: field, before: before, after: after))
            }
        }
        record("title", old.title, new.title)
        record("type", old.type, new.type)
        for (name, before, after) in [("description", old.description, new.description),
                                      ("consequences", old.consequences, new.consequences),
                                      ("controls", old.controls, new.controls),
                                      ("actions", old.actions, new.actions),
                                      ("progress", old.progress, new.progress)] {
            changes += listChanges(name, before, after, at: time, author: author)
        }
        record("controlOwner", old.controlOwner, new.controlOwner)
        record("actionOwner", old.actionOwner, new.actionOwner)
        record("owner", old.owner, new.owner)
        for kind in RatingKind.allCases {
            let before = old.rating(kind)
            let after = new.rating(kind)
            record("\(kind.rawValue).likelihood", before.likelihood.map(String.init), after.likelihood.map(String.init))
            record("\(kind.rawValue).impact", before.impact.map(String.init), after.impact.map(String.init))
            record("\(kind.rawValue).score", before.score.map(String.init), after.score.map(String.init))
        }
        record("targetDate", old.targetDate, new.targetDate)
        record("direction", describe(old.direction), describe(new.direction))
        for (index, key) in Confidence.keys.enumerated() {
            record("confidence.\(key)", old.confidence.quarters[index]?.rawValue, new.confidence.quarters[index]?.rawValue)
        }
        record("notes", old.notes.joined(separator: "\n"), new.notes.joined(separator: "\n"))
        return changes
    }

    /// The register with each changed entry's history extended by its changes since `old`.
    public static func recording(_ new: Register, since old: Register, at time: String, author: String) -> Register {
        var result = new
        let previous = Dictionary(old.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in result.entries.indices {
            let entry = result.entries[index]
            let before = previous[entry.id] ?? Entry(id: entry.id, kind: entry.kind, title: "")
            result.entries[index].history += changes(from: before, to: entry, at: time, author: author)
        }
        return result
    }

    private static func listChanges(_ name: String, _ before: [Item], _ after: [Item], at time: String, author: String) -> [Change] {
        let old = before.map(itemText)
        let new = after.map(itemText)
        guard old != new else { return [] }
        var removed: [Int: String] = [:]
        var inserted: [Int: String] = [:]
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let element, _): removed[offset] = element
            case .insert(let offset, let element, _): inserted[offset] = element
            }
        }
        // A removal and an insertion at the same place is an edit of that item.
        var changes: [Change] = []
        for offset in Set(removed.keys).union(inserted.keys).sorted() {
            changes.append(Change(at: time, author: author, field: "\(name)[\(offset)]",
                                  before: removed[offset], after: inserted[offset]))
        }
        return changes
    }

    private static func itemText(_ item: Item) -> String {
        var prefix = ""
        if let heading = item.heading { prefix += "[\(heading)] " }
        if let date = item.date { prefix += "\(date) " }
        if let author = item.author { prefix += "(\(author)) " }
        return prefix + item.text
    }

    private static func describe(_ direction: Direction) -> String {
        direction.text.map { "\(direction.trend.rawValue): \($0)" } ?? direction.trend.rawValue
    }
}
