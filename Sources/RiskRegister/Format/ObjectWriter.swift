/// Builds a JSON object in canonical key order: known keys as they are set, then unknown keys.
struct ObjectWriter {
    private var members = UnknownKeys()

    mutating func set(_ key: String, _ value: JSONValue) { members[key] = value }

    mutating func set(_ key: String, _ text: String?) { members[key] = text.map(JSONValue.string) ?? .null }

    mutating func set(_ key: String, _ number: Int?) { members[key] = number.map(JSONValue.int) ?? .null }

    /// Sets the key only when there is a value.
    mutating func setIfPresent(_ key: String, _ value: JSONValue?) {
        if let value { members[key] = value }
    }

    /// The object, with unknown keys after the known ones (a known key is never overwritten).
    func finish(unknown: UnknownKeys) -> JSONValue { .object(finishMembers(unknown: unknown)) }

    /// The object's members, with unknown keys after the known ones (a known key is never overwritten).
    func finishMembers(unknown: UnknownKeys) -> UnknownKeys {
        var result = members
        for (key, value) in unknown where result[key] == nil {
            result[key] = value
        }
        return result
    }
}
