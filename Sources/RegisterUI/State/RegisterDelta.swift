import RiskRegister

/// The open register compared with another, for compare mode: each entry of the open register
/// with its comparison (by position), and the entries of the other register no longer on it.
struct RegisterDelta: Sendable {
    /// The other register's period as written ("2021/22 Q3").
    let otherPeriod: String
    /// For each entry of the open register, by position, how it compares with the other register.
    let entries: [EntryComparison]
    /// The entries of the other register that are not on the open one or are closed there (as
    /// `riskreg compare` lists them), the open register's closed ones first.
    let removed: [EntryComparison]

    /// Compares `open` with `other`, `other` taken as the earlier.
    init(open: Register, other: Register) {
        otherPeriod = other.period
        let pairing = EntryPairing(earlier: other, later: open)
        let sameYear = Period(other.period).map(\.startYear) == Period(open.period).map(\.startYear)
        entries = open.entries.indices.map { index in
            EntryComparison(before: pairing.earlierIndex[index].map { other.entries[$0] }, after: open.entries[index],
                            sameFinancialYear: sameYear)
        }
        removed = RegisterComparison(from: other, to: open).entries.filter { $0.movement == .removed }
    }
}
