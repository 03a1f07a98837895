/// Which entry of a register continues which entry of an earlier one. Each entry of the later
/// register is paired with the first entry of the earlier one whose id it continues (the ids in its
/// `previousIds` in order, else its own id; ignoring case and spaces); an earlier entry is paired
/// at most once.
public struct EntryPairing: Sendable {
    /// For each entry of the later register (by position), the position of its earlier entry.
    public let earlierIndex: [Int?]
    /// For each entry of the earlier register (by position), the position of its later entry.
    public let laterIndex: [Int?]

    /// Pairs the entries of `later` with those of `earlier`.
    public init(earlier: Register, later: Register) {
        var positions: [String: Int] = [:]
        for (index, entry) in earlier.entries.enumerated() where positions[EntryIdentity.key(entry.id)] == nil {
            positions[EntryIdentity.key(entry.id)] = index
        }
        var earlierIndex = [Int?](repeating: nil, count: later.entries.count)
        var laterIndex = [Int?](repeating: nil, count: earlier.entries.count)
        for (index, entry) in later.entries.enumerated() {
            for key in EntryIdentity.continuationKeys(of: entry) {
                if let match = positions[key], laterIndex[match] == nil {
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
