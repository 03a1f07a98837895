/// The heat map's cursor: a grid cell, or an item of the score-only strip. The grid position is
/// kept while the cursor is in the strip, so that moving back up returns to it.
struct HeatCursor: Hashable, Sendable {
    /// Likelihood of the grid cell, 1–5.
    var likelihood: Int
    /// Impact of the grid cell, 1–5.
    var impact: Int
    /// The strip item under the cursor, or nil when the cursor is in the grid.
    var stripIndex: Int?
}
