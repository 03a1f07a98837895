/// Where an entry sits on the 5×5 heat map for one of its ratings.
public enum Placement: Equatable, Hashable, Sendable {
    /// In the cell of its likelihood and impact (each 1–5).
    case cell(likelihood: Int, impact: Int)
    /// Only a score was printed: shown in the score-only strip, never given invented factors.
    case scoreOnly(Int)
    /// Nothing usable was printed for this rating.
    case unrated

    /// The placement of a rating. Factors outside 1–5 cannot be placed in the grid and fall back to
    /// the score, if there is one.
    public init(_ rating: Rating) {
        if let likelihood = rating.likelihood, let impact = rating.impact,
           Scale.factorRange.contains(likelihood), Scale.factorRange.contains(impact) {
            self = .cell(likelihood: likelihood, impact: impact)
        } else if let score = rating.score {
            self = .scoreOnly(score)
        } else {
            self = .unrated
        }
    }
}
