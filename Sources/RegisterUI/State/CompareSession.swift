import RiskRegister

/// A comparison of the open register with another one, while compare mode is on: which register,
/// and the removed entry (an entry of the other register no longer on the open one) selected in
/// the list, if one is.
struct CompareSession: Equatable, Sendable {
    /// The register compared with.
    var other: RegisterID
    /// The selected removed entry, by its position among the removed entries listed; nil when an
    /// entry of the open register is selected.
    var removedRow: Int?
}
