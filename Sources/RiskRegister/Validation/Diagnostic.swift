/// One finding of the validator about an entry's field (or the register as a whole).
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How serious it is.
    public let severity: Severity
    /// The entry's id, or nil for the register as a whole.
    public let entryID: String?
    /// The field concerned, such as "residual.score".
    public let field: String?
    /// What was found.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, entryID: String?, field: String?, _ message: String) {
        self.severity = severity
        self.entryID = entryID
        self.field = field
        self.message = message
    }

    /// "warning: entry CR1, field owner: no owner" (without the file name).
    public var description: String {
        var location: [String] = []
        if let entryID { location.append("entry \(entryID)") }
        if let field { location.append("field \(field)") }
        let prefix = location.isEmpty ? "" : location.joined(separator: ", ") + ": "
        return "\(severity.rawValue): \(prefix)\(message)"
    }
}
