import RiskRegister

/// A review under way (`R`): which register, and the register last quarter's ratings come from.
struct ReviewSession: Hashable, Sendable {
    /// The register being reviewed.
    let registerID: RegisterID
    /// Its predecessor, when there is one.
    let predecessorID: RegisterID?
}
