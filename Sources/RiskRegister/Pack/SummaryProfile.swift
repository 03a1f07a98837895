/// The summary risk profile of a register (Appendix B of the Q4 2021/22 pack): one row per open
/// entry, in the register's order. For a register whose entries carry a printed profile row the
/// rows reproduce it as printed (the council's spellings kept, "Corp4"); an entry without one
/// gets a row computed from the entry. Given the predecessor register, each row also says how
/// its entry moved since (`Movement`).
public struct SummaryProfile: Equatable, Sendable {
    /// The rows, in the register's order; closed entries have none.
    public let rows: [SummaryProfileRow]

    /// The profile of `register`; `predecessor` is the register it follows, when known.
    public init(register: Register, predecessor: Register? = nil) {
        let earlierIndex = predecessor.map { EntryPairing(earlier: $0, later: register).earlierIndex }
        rows = register.entries.indices.compactMap { index in
            let entry = register.entries[index]
            guard !entry.isClosed else { return nil }
            let before = predecessor.flatMap { earlier in earlierIndex?[index].map { earlier.entries[$0] } }
            return SummaryProfileRow(entry: entry, predecessor: before, hasPredecessor: predecessor != nil,
                                     appetite: register.appetite)
        }
    }

    /// True when at least one row is a printed profile row.
    public var isPrinted: Bool { rows.contains(where: \.isPrinted) }

    /// What the second score column holds: `.target` when any row has a target, else `.residual`.
    public var goalKind: RatingKind {
        rows.isEmpty || rows.contains { $0.goalKind == .target } ? .target : .residual
    }

    /// The rows of risks outside the register's appetite.
    public var outsideAppetiteRows: [SummaryProfileRow] { rows.filter(\.outsideAppetite) }

    /// The rows whose printed values no longer match their entries.
    public var staleRows: [SummaryProfileRow] { rows.filter(\.isStale) }
}
