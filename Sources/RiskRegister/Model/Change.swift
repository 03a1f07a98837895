import OrderedCollections

/// One saved change to an entry: when, who, which field, before and after.
public struct Change: Equatable, Sendable {
    /// ISO 8601 date-time in UTC.
    public var at: String
    /// Who made the change.
    public var author: String
    /// The field changed, as a path such as "controls[2]" or "current.likelihood".
    public var field: String
    /// The value before, as text, or nil when the field was added.
    public var before: String?
    /// The value after, as text, or nil when the field was removed.
    public var after: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a change record.
    public init(at: String, author: String, field: String, before: String?, after: String?, unknownKeys: UnknownKeys = [:]) {
        self.at = at
        self.author = author
        self.field = field
        self.before = before
        self.after = after
        self.unknownKeys = unknownKeys
    }
}
