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
        record("id", old.id, new.id)
        record("kind", old.kind.rawValue, new.kind.rawValue)
        record("previousIds", old.previousIds.map { $0.isEmpty ? "(none)" : $0.joined(separator: ", ") },
               new.previousIds.map { $0.isEmpty ? "(none)" : $0.joined(separator: ", ") })
        record("links", describe(old.links), describe(new.links))
        record("status", old.status.summary, new.status.summary)
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
            record("\(kind.rawValue).likelihoodText", before.likelihoodText, after.likelihoodText)
            record("\(kind.rawValue).impactText", before.impactText, after.impactText)
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
    /// Entries are matched by identity (`uid`), so a corrected id is one change of `id`, not a new
    /// entry; an entry with no match is new (its fields recorded from nothing). An entry equal to
    /// its match has no changes and is passed over without comparing its fields one by one.
    public static func recording(_ new: Register, since old: Register, at time: String, author: String) -> Register {
        var result = new
        var previous: [String: Int] = [:]
        previous.reserveCapacity(old.entries.count)
        for (index, entry) in old.entries.enumerated() where previous[entry.uid] == nil {
            previous[entry.uid] = index
        }
        for index in result.entries.indices {
            let entry = result.entries[index]
            let before: Entry
            if let match = previous[entry.uid] {
                before = old.entries[match]
                if before == entry { continue }
            } else {
                before = Entry(id: entry.id, uid: entry.uid, kind: entry.kind, title: "")
            }
            let changes = changes(from: before, to: entry, at: time, author: author)
            if !changes.isEmpty { result.entries[index].history += changes }
        }
        return result
    }

    /// Items are matched by their id: an edited item is one change named `list[id]`, an added
    /// or removed one a change with no before or no after, and a new order of the same items one
    /// change of `list` listing the ids before and after.
    private static func listChanges(_ name: String, _ before: [Item], _ after: [Item], at time: String, author: String) -> [Change] {
        guard before != after else { return [] }
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        func change(_ id: String, _ from: Item?, _ to: Item?) {
            let was = from.map(itemText)
            let now = to.map(itemText)
            if was != now || from?.level != to?.level || from?.unknownKeys != to?.unknownKeys {
                changes.append(Change(at: time, author: author, field: "\(name)[\(id)]", before: was, after: now))
            }
        }
        for item in before { change(item.id, item, new[item.id]) }
        for item in after where old[item.id] == nil { change(item.id, nil, item) }
        let kept = before.map(\.id).filter { new[$0] != nil }
        let keptAfter = after.map(\.id).filter { old[$0] != nil }
        if kept != keptAfter {
            changes.append(Change(at: time, author: author, field: "\(name) order",
                                  before: kept.joined(separator: " "), after: keptAfter.joined(separator: " ")))
        }
        return changes
    }

    private static func itemText(_ item: Item) -> String {
        var prefix = item.level > 0 ? String(repeating: "  ", count: min(item.level, 8)) : ""
        if let heading = item.heading { prefix += "[\(heading)] " }
        if let date = item.date { prefix += "\(date) " }
        if let author = item.author { prefix += "(\(author)) " }
        return prefix + item.text
    }

    private static func describe(_ links: [EntryLink]) -> String? {
        links.isEmpty ? nil : links.map { "\($0.kind.phrase) \($0.id ?? $0.uid)\($0.register.map { " (\($0))" } ?? "")" }
            .joined(separator: "; ")
    }

    private static func describe(_ direction: Direction) -> String {
        direction.text.map { "\(direction.trend.rawValue): \($0)" } ?? direction.trend.rawValue
    }
}
