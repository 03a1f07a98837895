extension Validator {
    /// Warnings where an entry's printed direction of travel contradicts the one computed from the
    /// predecessor's current score (up, down, level). Entries new since the predecessor, with no
    /// printed trend, or without both scores are not judged. Nor is a register whose predecessor
    /// is not the quarter just before it, unless the register names it as its `previous`: a
    /// printed direction is travel since the last quarter, and when that register is missing (the
    /// shipped 2019/20 Q1 follows 2016/17 Q4 with two years between) the scores cannot judge it.
    /// A long printed text is cut to its first 60 characters in the message.
    public static func checkTravel(_ register: Register, predecessor: Register, predecessorName: String) -> [Diagnostic] {
        if register.previous == nil {
            guard let earlier = Period(predecessor.period), let period = Period(register.period), earlier.next == period else { return [] }
        }
        let pairing = EntryPairing(earlier: predecessor, later: register)
        var found: [Diagnostic] = []
        for (index, entry) in register.entries.enumerated() where !entry.isClosed && entry.direction.trend != .unknown {
            guard let match = pairing.earlierIndex[index] else { continue }
            let before = predecessor.entries[match]
            guard let was = before.current.effectiveScore, let now = entry.current.effectiveScore,
                  let computed = Movement.of(before: before, after: entry).trend, computed != entry.direction.trend else { continue }
            let printed = entry.direction.text.map { "\"\(SafeText.cut($0, limit: 60))\"" } ?? entry.direction.trend.rawValue
            found.append(Diagnostic(.warning, entryID: entry.id, field: "direction",
                                    "printed direction \(printed) (\(entry.direction.trend.rawValue)) but the current score went from \(was) in \(predecessorName) to \(now) (\(computed.rawValue))"))
        }
        return found
    }
}
