/// The summary risk profile overlay's own state: the highlighted row (a position in the order
/// shown) and the order.
struct ProfileTable: Hashable, Sendable {
    /// The highlighted row, counted in the order shown.
    var selection = 0
    /// The order of the rows.
    var sort = ProfileSort.document
}
