import OrderedCollections

/// A JSON value that remembers key order and the literal text of numbers, so that a file can be
/// read and written back byte for byte.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as the literal text it was read from (or written as).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)

    /// A number value for an integer.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The integer this value holds, if it is a number literal without fraction or exponent.
    public var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// A short name of the value's JSON type, for error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
