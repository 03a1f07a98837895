import RiskRegister

/// Where an entry is: its register and its id.
struct EntryLocation: Hashable, Sendable {
    /// The register.
    let register: RegisterID
    /// The entry's id.
    let entry: String
}
