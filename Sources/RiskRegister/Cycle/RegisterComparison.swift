/// What changed from one register to another: every entry of the later register in its order
/// (added, changed or unchanged), then the entries removed since the earlier one in theirs.
/// Closed entries of the earlier register are not compared (they were removed before it).
public struct RegisterComparison: Equatable, Sendable {
    /// Every entry compared, later register's order first, then the removed ones.
    public let entries: [EntryComparison]

    /// Compares `earlier` with `later`.
    public init(from earlier: Register, to later: Register) {
        let pairing = EntryPairing(earlier: earlier, later: later)
        let sameYear = Period(earlier.period).map(\.startYear) == Period(later.period).map(\.startYear)
        var entries: [EntryComparison] = []
        for (index, entry) in later.entries.enumerated() {
            let before = pairing.earlierIndex[index].map { earlier.entries[$0] }
            if entry.isClosed && (before == nil || before?.isClosed == true) { continue }
            entries.append(EntryComparison(before: before, after: entry, sameFinancialYear: sameYear))
        }
        for (index, entry) in earlier.entries.enumerated() where !entry.isClosed && pairing.laterIndex[index] == nil {
            entries.append(EntryComparison(before: entry, after: nil))
        }
        self.entries = entries
    }

    /// Ids of the entries added (on the later register only).
    public var added: [String] { entries.filter { $0.movement == .new }.map(\.id) }
    /// Ids of the entries removed (closed on the later register, or absent from it).
    public var removed: [String] { entries.filter { $0.movement == .removed }.map(\.id) }
    /// The entries on both registers with changes.
    public var changed: [EntryComparison] { entries.filter(\.isChanged) }

    /// The comparison of the entry with this id (on the later register, else the earlier).
    public func entry(id: String) -> EntryComparison? { entries.first { $0.id == id } }
}
