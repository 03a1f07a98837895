/// Entries that share a printed score but have no likelihood and impact: one group of the
/// heat map's score-only strip.
public struct ScoreGroup: Equatable, Sendable {
    /// The printed score.
    public let score: Int
    /// The entries' ids, in register order.
    public let ids: [String]

    /// Creates a group.
    public init(score: Int, ids: [String]) {
        self.score = score
        self.ids = ids
    }
}
