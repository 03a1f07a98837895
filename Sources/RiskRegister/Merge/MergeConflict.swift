/// A place both sides changed differently in a three-way merge, with the common ancestor's value
/// and both sides'.
public struct MergeConflict: Equatable, Sendable {
    /// Where in a register a conflict is. An entry is named by its identity (`Entry.uid`); a
    /// conflict recorded before entries had identities names the printed id, which is looked up
    /// when no identity matches.
    public enum Location: Equatable, Sendable {
        /// A key of the register itself ("title", "scale").
        case register(key: String)
        /// A whole entry: one side removed it, the other changed it.
        case entry(id: String)
        /// A key of an entry ("owner", "current").
        case field(entry: String, key: String)
        /// One item of an entry's list, by the item's id.
        case item(entry: String, list: String, item: String)

        /// The entry named, if the location is in one.
        public var entry: String? {
            switch self {
            case .register: nil
            case .entry(let id): id
            case .field(let entry, _), .item(let entry, _, _): entry
            }
        }
    }

    /// Where.
    public let location: Location
    /// The entry's printed id when the conflict arose ("Corp 5"), for a person; nil outside an entry.
    public let entryID: String?
    /// The common ancestor's value; nil where it had none (added on both sides since).
    public let base: JSONValue?
    /// My value (the edits being restored or saved); nil when I removed it.
    public let mine: JSONValue?
    /// Their value (the file as saved since); nil when they removed it.
    public let theirs: JSONValue?

    /// Creates a conflict.
    public init(location: Location, entryID: String? = nil, base: JSONValue? = nil, mine: JSONValue?, theirs: JSONValue?) {
        self.location = location
        self.entryID = entryID ?? location.entry
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    /// The place in words, by file key names: "Corp 5 · owner", "Corp 5 · progress item 3fa2b1c0".
    public var label: String {
        let entry = entryID ?? location.entry ?? ""
        switch location {
        case .register(let key): return "register · \(key)"
        case .entry: return "\(entry) · the whole entry"
        case .field(_, let key): return "\(entry) · \(key)"
        case .item(_, let list, let item): return "\(entry) · \(list) item \(item)"
        }
    }

    /// A value as a person reads it: text as it is, an item by its text, a rating by its factors
    /// and score, "(removed)" for nothing.
    public static func describe(_ value: JSONValue?) -> String {
        guard let value else { return "(removed)" }
        switch value {
        case .null: return "(none)"
        case .bool(let flag): return flag ? "yes" : "no"
        case .number(let text): return text
        case .string(let text): return text
        case .array(let elements): return elements.map { describe($0) }.joined(separator: "\n")
        case .object(let members):
            if case .string(let text)? = members["text"] { return text }
            let parts = members.compactMap { key, member -> String? in
                if case .null = member { return nil }
                if case .array(let elements) = member, elements.isEmpty { return nil }
                return "\(key) \(describe(member))"
            }
            return parts.isEmpty ? "(empty)" : parts.joined(separator: ", ")
        }
    }
}
