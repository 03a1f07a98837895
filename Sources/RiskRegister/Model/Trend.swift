/// Which way a printed direction of travel points.
public enum Trend: String, CaseIterable, Sendable, Equatable {
    /// An up arrow or "increasing".
    case up
    /// A down arrow or "decreasing".
    case down
    /// "Level", "no change" or a sideways arrow.
    case level
    /// Narrative, "+ve" or nothing printed.
    case unknown
}
