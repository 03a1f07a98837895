/// A place both sides changed differently in a three-way merge, with both values.
public struct MergeConflict: Equatable, Sendable {
    /// Where in a register a conflict is.
    public enum Location: Equatable, Sendable {
        /// A key of the register itself ("title", "scale").
        case register(key: String)
        /// A whole entry: one side removed it, the other changed it.
        case entry(id: String)
        /// A key of an entry ("owner", "current").
        case field(entry: String, key: String)
        /// One item of an entry's list, by the item's id.
        case item(entry: String, list: String, item: String)
    }

    /// Where.
    public let location: Location
    /// My value (the edits being restored or saved); nil when I removed it.
    public let mine: JSONValue?
    /// Their value (the file as saved since); nil when they removed it.
    public let theirs: JSONValue?

    /// Creates a conflict.
    public init(location: Location, mine: JSONValue?, theirs: JSONValue?) {
        self.location = location
        self.mine = mine
        self.theirs = theirs
    }

    /// The place in words, by file key names: "Corp 5 · owner", "Corp 5 · progress item 3fa2b1c0".
    public var label: String {
        switch location {
        case .register(let key): "register · \(key)"
        case .entry(let id): "\(id) · the whole entry"
        case .field(let entry, let key): "\(entry) · \(key)"
        case .item(let entry, let list, let item): "\(entry) · \(list) item \(item)"
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
