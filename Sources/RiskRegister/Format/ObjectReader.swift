/// Reads the members of one JSON object, reporting missing or mistyped members to a `DecodeLog`
/// and keeping the members it was not asked for as unknown keys.
final class ObjectReader {
    private let members: UnknownKeys
    private let path: String
    private let log: DecodeLog
    /// Which of the first 64 members (by position) have been read: a bit each.
    private var usedMask: UInt64 = 0
    /// Which members after the first 64 have been read (only a hostile file has any).
    private var usedBeyond: Set<Int> = []
    private var usedCount = 0

    /// A reader for `value`, or nil (with a problem reported) when it is not an object.
    init?(_ value: JSONValue, path: String, log: DecodeLog) {
        guard case .object(let members) = value else {
            log.report(path.isEmpty ? "(top level)" : path, "expected an object, found \(describe(value))")
            return nil
        }
        self.members = members
        self.path = path
        self.log = log
    }

    /// The path of a member, for messages and nested readers.
    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The members not read so far, in file order.
    var unknownKeys: UnknownKeys {
        guard usedCount < members.count else { return [:] }
        var unknown = UnknownKeys()
        for (position, member) in members.elements.enumerated() where !isUsed(position) {
            unknown[member.key] = member.value
        }
        return unknown
    }

    /// The member's value, marked as read; nil when absent.
    private func take(_ key: String) -> JSONValue? {
        guard let position = members.index(forKey: key) else { return nil }
        if !isUsed(position) {
            if position < 64 { usedMask |= 1 << UInt64(position) } else { usedBeyond.insert(position) }
            usedCount += 1
        }
        return members.values[position]
    }

    private func isUsed(_ position: Int) -> Bool {
        position < 64 ? usedMask & (1 << UInt64(position)) != 0 : usedBeyond.contains(position)
    }

    /// A member that must be present, converted; reports and returns nil when missing or wrong.
    func required<T>(_ key: String, _ convert: (JSONValue, String) -> T?) -> T? {
        guard let value = take(key) else {
            log.report(path(key), "missing")
            return nil
        }
        return convert(value, path(key))
    }

    /// A member that may be absent or null.
    func optional<T>(_ key: String, _ convert: (JSONValue, String) -> T?) -> T? {
        guard let value = take(key) else { return nil }
        if case .null = value { return nil }
        return convert(value, path(key))
    }

    /// A member's value as it is, null included (marked as read); nil only when absent.
    func raw(_ key: String) -> JSONValue? { take(key) }

    /// The object's keys, in file order.
    var keys: [String] { members.keys.elements }

    /// True when the member is present in the object.
    func has(_ key: String) -> Bool { members[key] != nil }

    // MARK: Conversions

    func string(_ value: JSONValue, _ path: String) -> String? {
        if case .string(let text) = value {
            guard text.utf8.count <= FormatLimits.maximumTextBytes else {
                log.report(path, "text of \(text.utf8.count) bytes is longer than the limit of \(FormatLimits.maximumTextBytes)")
                return nil
            }
            return text
        }
        log.report(path, "expected a string, found \(describe(value))")
        return nil
    }

    func int(_ value: JSONValue, _ path: String) -> Int? {
        if let number = value.intValue { return number }
        log.report(path, "expected an integer, found \(describe(value))")
        return nil
    }

    /// A whole number within `range`; anything else is reported with the range.
    func int(in range: ClosedRange<Int>) -> (JSONValue, String) -> Int? {
        { value, path in
            guard let number = self.int(value, path) else { return nil }
            guard range.contains(number) else {
                self.log.report(path, "must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(value))")
                return nil
            }
            return number
        }
    }

    func stringArray(_ value: JSONValue, _ path: String) -> [String]? {
        array(value, path) { element, elementPath in string(element, elementPath) }
    }

    func array<T>(_ value: JSONValue, _ path: String, _ element: (JSONValue, String) -> T?) -> [T]? {
        elements(value, path)?.enumerated().compactMap { offset, item in element(item, "\(path)[\(offset)]") }
    }

    /// The elements of an array of at most `FormatLimits.maximumElements`; reports and returns
    /// nil for anything else.
    func elements(_ value: JSONValue, _ path: String) -> [JSONValue]? {
        guard case .array(let elements) = value else {
            log.report(path, "expected an array, found \(describe(value))")
            return nil
        }
        guard elements.count <= FormatLimits.maximumElements else {
            log.report(path, "\(elements.count) elements are more than the limit of \(FormatLimits.maximumElements)")
            return nil
        }
        return elements
    }

    func enumeration<E: RawRepresentable>(_ value: JSONValue, _ path: String) -> E?
    where E.RawValue == String, E: CaseIterable {
        guard let text = string(value, path) else { return nil }
        if let result = E(rawValue: text) { return result }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        log.report(path, "\"\(text)\" is not one of \(allowed)")
        return nil
    }
}

/// A value described for an error message: its type and, when short, the value itself.
func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text):
        return "string " + SafeText.quoted(text, limit: 40)
    case .number(let literal):
        return literal.count > 24 ? "number \(literal.prefix(20))… (\(literal.count) characters)" : "number \(literal)"
    case .bool(let flag): return "boolean \(flag)"
    default: return value.typeName
    }
}
