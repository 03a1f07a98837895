/// Which entry of a register continues which entry of an earlier one: first by identity (`uid`:
/// the same risk, whatever its printed id now), then, for an entry whose identity the earlier
/// register does not hold, by the printed ids its `previousIds` names (a link typed by a person or
/// an import). Printed ids alone never join two entries, and titles are never compared. An earlier
/// entry is paired at most once.
public struct EntryPairing: Sendable {
    /// For each entry of the later register (by position), the position of its earlier entry.
    public let earlierIndex: [Int?]
    /// For each entry of the later register (by position), the position of its later entry.
    public let laterIndex: [Int?]

    /// Pairs the entries of `later` with those of `earlier`.
    public init(earlier: Register, later: Register) {
        var byUID: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for (index, entry) in earlier.entries.enumerated() {
            if byUID[entry.uid] == nil { byUID[entry.uid] = index }
            if byID[EntryIdentity.key(entry.id)] == nil { byID[EntryIdentity.key(entry.id)] = index }
        }
        var earlierIndex = [Int?](repeating: nil, count: later.entries.count)
        var laterIndex = [Int?](repeating: nil, count: earlier.entries.count)
        for (index, entry) in later.entries.enumerated() {
            if let match = byUID[entry.uid], laterIndex[match] == nil {
                earlierIndex[index] = match
                laterIndex[match] = index
            }
        }
        for (index, entry) in later.entries.enumerated() where earlierIndex[index] == nil {
            for key in (entry.previousIds ?? []).map(EntryIdentity.key) {
                if let match = byID[key], laterIndex[match] == nil {
                    earlierIndex[index] = match
                    laterIndex[match] = index
                    break
                }
            }
        }
        self.earlierIndex = earlierIndex
        self.laterIndex = laterIndex
    }
}
