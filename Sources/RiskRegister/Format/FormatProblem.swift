/// A value in a register file that does not fit the format, named by entry and field.
public struct FormatProblem: Equatable, Sendable, CustomStringConvertible {
    /// The entry's id, when the problem is inside an entry.
    public let entryID: String?
    /// The field's path inside the entry (or the file, outside entries), such as "current.likelihood".
    public let field: String
    /// What is wrong.
    public let message: String

    /// Creates a problem.
    public init(entryID: String?, field: String, message: String) {
        self.entryID = entryID
        self.field = field
        self.message = message
    }

    public var description: String {
        if let entryID { return "entry \(entryID), field \(field): \(message)" }
        return "field \(field): \(message)"
    }
}
