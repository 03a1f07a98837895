/// The roll-up overlay's own state: the highlighted entry among those not escalated.
struct RollUpTable: Hashable, Sendable {
    /// The highlighted row of the table of entries not escalated.
    var selection = 0
}
