import OrderedCollections

/// What differs between two versions of a register file, by entry and field, in words: every key
/// of the file is compared (notes, status, reviews, previousIds and the rest), not only what
/// moved (`RegisterComparison`). Entries match by id exactly and list items by their item id, as
/// the merge does; history records are summarised by their number.
public struct RegisterDiff: Equatable, Sendable {
    /// One difference.
    public struct Change: Equatable, Sendable {
        /// What kind of difference.
        public enum Kind: String, Equatable, Sendable {
            /// Something new: an entry, an item, history records.
            case added
            /// Something gone.
            case removed
            /// A value changed, or a list reordered.
            case changed
        }

        /// The entry's id; nil for a key of the register itself.
        public let entry: String?
        /// The file key ("owner", "progress"); nil for a whole entry.
        public let field: String?
        /// Added, removed or changed.
        public let kind: Kind
        /// The value before in words, where there was one.
        public let before: String?
        /// The value after in words, where there is one.
        public let after: String?

        /// The change as one line: "Corp 4 · current: 16 (4 × 4) → 8 (2 × 4)", "Corp 8 added:
        /// Cyber attack", "Corp 2 · progress: added “…”", "register · title: “A” → “B”".
        public var line: String {
            let place = [entry ?? (field == nil ? nil : "register"), field].compactMap { $0 }.joined(separator: " · ")
            switch (field, kind) {
            case (nil, .added): return "\(place) added: \(after ?? "")"
            case (nil, .removed): return "\(place) removed: \(before ?? "")"
            case (_, .added): return "\(place): added \(after ?? "")"
            case (_, .removed): return "\(place): removed \(before ?? "")"
            case (_, .changed):
                if before == nil { return "\(place): \(after ?? "")" }
                return "\(place): \(before ?? "") → \(after ?? "")"
            }
        }
    }

    /// The differences, in file order of the later version.
    public let changes: [Change]

    /// True when the two files say the same.
    public var isEmpty: Bool { changes.isEmpty }

    /// Compares `before` with `after`.
    public init(before: Register, after: Register) {
        var changes: [Change] = []
        guard case .object(let old) = RegisterEncoder.encode(before),
              case .object(let new) = RegisterEncoder.encode(after) else {
            self.changes = []
            return
        }
        for key in Self.keys(old, new) where key != "entries" && old[key] != new[key] {
            changes.append(Self.valueChange(entry: nil, field: key, old[key], new[key]))
        }
        let oldEntries = Self.keyed(old["entries"])
        let newEntries = Self.keyed(new["entries"])
        for (id, entry) in newEntries where oldEntries[id] == nil {
            changes.append(Change(entry: id, field: nil, kind: .added, before: nil, after: Self.title(entry)))
        }
        for (id, entry) in oldEntries where newEntries[id] == nil {
            changes.append(Change(entry: id, field: nil, kind: .removed, before: Self.title(entry), after: nil))
        }
        for (id, entry) in newEntries {
            guard let previous = oldEntries[id], previous != entry,
                  case .object(let a) = previous, case .object(let b) = entry else { continue }
            for key in Self.keys(a, b) where a[key] != b[key] {
                changes += Self.fieldChanges(entry: id, field: key, a[key], b[key])
            }
        }
        if changes.isEmpty, Array(oldEntries.keys) != Array(newEntries.keys) {
            changes.append(Change(entry: nil, field: "entries", kind: .changed, before: nil, after: "reordered"))
        }
        self.changes = changes
    }

    // MARK: Fields

    static let itemLists: Set<String> = ["description", "consequences", "controls", "actions", "progress"]
    static let ratings: Set<String> = ["current", "target", "residual"]

    private static func fieldChanges(entry: String, field: String, _ old: JSONValue?, _ new: JSONValue?) -> [Change] {
        if field == "history" || field == "reviews" {
            let added = elements(new).filter { !elements(old).contains($0) }.count
            let removed = elements(old).filter { !elements(new).contains($0) }.count
            let noun = field == "history" ? "record" : "review"
            var changes: [Change] = []
            if added > 0 { changes.append(Change(entry: entry, field: field, kind: .added, before: nil, after: count(added, noun))) }
            if removed > 0 { changes.append(Change(entry: entry, field: field, kind: .removed, before: count(removed, noun), after: nil)) }
            return changes
        }
        if itemLists.contains(field) { return itemChanges(entry: entry, field: field, old, new) }
        if field == "notes" || field == "previousIds" {
            let before = elements(old), after = elements(new)
            var changes = after.filter { !before.contains($0) }.map {
                Change(entry: entry, field: field, kind: .added, before: nil, after: describe($0))
            }
            changes += before.filter { !after.contains($0) }.map {
                Change(entry: entry, field: field, kind: .removed, before: describe($0), after: nil)
            }
            return changes.isEmpty ? [Change(entry: entry, field: field, kind: .changed, before: nil, after: "reordered")] : changes
        }
        return [valueChange(entry: entry, field: field, old, new)]
    }

    private static func itemChanges(entry: String, field: String, _ old: JSONValue?, _ new: JSONValue?) -> [Change] {
        let before = keyed(old), after = keyed(new)
        guard before.count == elements(old).count, after.count == elements(new).count else {
            return [valueChange(entry: entry, field: field, old, new)]
        }
        var changes: [Change] = []
        for (id, item) in after {
            if let previous = before[id] {
                if previous != item {
                    changes.append(Change(entry: entry, field: field, kind: .changed, before: describe(previous), after: describe(item)))
                }
            } else {
                changes.append(Change(entry: entry, field: field, kind: .added, before: nil, after: describe(item)))
            }
        }
        for (id, item) in before where after[id] == nil {
            changes.append(Change(entry: entry, field: field, kind: .removed, before: describe(item), after: nil))
        }
        let kept = Set(before.keys).intersection(after.keys)
        if before.keys.filter(kept.contains) != after.keys.filter(kept.contains) {
            changes.append(Change(entry: entry, field: field, kind: .changed, before: nil, after: "reordered"))
        }
        return changes
    }

    private static func valueChange(entry: String?, field: String, _ old: JSONValue?, _ new: JSONValue?) -> Change {
        if field == "mergeConflicts" {
            return Change(entry: entry, field: field, kind: .changed, before: count(elements(old).count, "unresolved conflict"),
                          after: count(elements(new).count, "unresolved conflict"))
        }
        let rating = entry != nil && ratings.contains(field)
        func words(_ value: JSONValue?) -> String {
            guard let value else { return "(absent)" }
            return rating ? describeRating(value) : describe(value)
        }
        return Change(entry: entry, field: field, kind: .changed, before: words(old), after: words(new))
    }

    // MARK: Words

    /// A value in words: text in quotes, a list item by its text, `(none)` for null.
    public static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return "“\(text)”"
        case .object(let members):
            if case .string(let text)? = members["text"] {
                let heading = if case .string(let heading)? = members["heading"] { " [\(heading)]" } else { "" }
                return "“\(text)”\(heading)"
            }
            return MergeConflict.describe(value)
        default: return MergeConflict.describe(value)
        }
    }

    /// A rating's JSON form in words: "16 (4 × 4)", "20 (3 × 2, printed)" for a printed score that is
    /// not likelihood × impact, "12", "not printed".
    static func describeRating(_ value: JSONValue) -> String {
        guard case .object(let members) = value else { return describe(value) }
        func number(_ key: String) -> String? {
            if case .number(let text)? = members[key] { return text }
            return nil
        }
        let factors = number("likelihood").flatMap { likelihood in number("impact").map { "\(likelihood) × \($0)" } }
        let product = number("likelihood").flatMap(Int.init).flatMap { likelihood in number("impact").flatMap(Int.init).map { likelihood * $0 } }
        switch (number("score"), factors) {
        case let (score?, factors?):
            return product.map(String.init) == score ? "\(score) (\(factors))" : "\(score) (\(factors), printed)"
        case let (score?, nil): return score
        case let (nil, factors?): return "(\(factors))"
        case (nil, nil): return "not printed"
        }
    }

    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number == 0 ? "no" : String(number)) \(noun)s"
    }

    // MARK: JSON

    private static func title(_ entry: JSONValue) -> String {
        if case .object(let members) = entry, case .string(let title)? = members["title"] { return title }
        return ""
    }

    private static func keys(_ a: OrderedDictionary<String, JSONValue>, _ b: OrderedDictionary<String, JSONValue>) -> [String] {
        var keys = OrderedSet(b.keys)
        keys.append(contentsOf: a.keys)
        return Array(keys)
    }

    static func elements(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let elements)? = value { return elements }
        return []
    }

    /// Elements by their `id`, in order; the first of a repeated id.
    static func keyed(_ value: JSONValue?) -> OrderedDictionary<String, JSONValue> {
        var result: OrderedDictionary<String, JSONValue> = [:]
        for element in elements(value) {
            if case .object(let members) = element, case .string(let id)? = members["id"], result[id] == nil {
                result[id] = element
            }
        }
        return result
    }
}
