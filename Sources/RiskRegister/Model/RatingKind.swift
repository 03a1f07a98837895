/// Which of an entry's three ratings.
public enum RatingKind: String, CaseIterable, Sendable, Equatable {
    case current
    case target
    case residual
}
