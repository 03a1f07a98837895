import OrderedCollections

/// One quarterly review of an entry with its owner: when, who, and whether it changed.
public struct Review: Equatable, Sendable {
    /// What the review found.
    public enum Outcome: String, CaseIterable, Sendable, Equatable {
        /// Reviewed and confirmed as it stands.
        case noChange = "no change"
        /// Reviewed and rescored, noted or otherwise changed.
        case changed
    }

    /// When (ISO 8601 date-time in UTC).
    public var at: String
    /// Who reviewed it.
    public var by: String
    /// No change, or changed.
    public var outcome: Outcome
    /// An optional remark.
    public var note: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a review record.
    public init(at: String, by: String, outcome: Outcome, note: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.at = at
        self.by = by
        self.outcome = outcome
        self.note = note
        self.unknownKeys = unknownKeys
    }
}
