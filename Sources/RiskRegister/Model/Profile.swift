import OrderedCollections

/// An entry's row in a printed summary risk profile (Appendix B), kept as printed.
public struct Profile: Equatable, Sendable {
    /// The id as printed in the profile ("Corp1").
    public var id: String?
    /// The description as printed in the profile.
    public var description: String?
    /// The current rating as printed.
    public var currentScore: Int?
    /// The target rating as printed.
    public var targetScore: Int?
    /// The target date as printed.
    public var targetDate: String?
    /// The confidence columns as printed.
    public var confidence: Confidence?
    /// The direction of travel as printed ("+ve").
    public var direction: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates a profile row.
    public init(id: String? = nil, description: String? = nil, currentScore: Int? = nil, targetScore: Int? = nil,
                targetDate: String? = nil, confidence: Confidence? = nil, direction: String? = nil,
                unknownKeys: UnknownKeys = [:]) {
        self.id = id
        self.description = description
        self.currentScore = currentScore
        self.targetScore = targetScore
        self.targetDate = targetDate
        self.confidence = confidence
        self.direction = direction
        self.unknownKeys = unknownKeys
    }
}
