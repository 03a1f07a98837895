import RiskRegister

/// The heat-map position the list is filtered to: a cell or score-only group of one rating.
struct CellFilter: Hashable, Sendable {
    /// The rating the position was chosen in.
    let rating: RatingKind
    /// The cell, score-only group, or "unrated".
    let placement: Placement

    /// True when the entry sits at the position.
    func matches(_ entry: Entry) -> Bool {
        Placement(entry.rating(rating)) == placement
    }
}
