/// Why an edit made from text (a command's argument) was refused: the value does not fit the
/// field. Nothing was changed.
public struct EditRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in plain words ("an entry needs a title").
    public let reason: String

    /// A refusal for `reason`.
    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
