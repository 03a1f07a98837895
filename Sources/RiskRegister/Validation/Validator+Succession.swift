extension Validator {
    /// Warnings where an entry's printed direction of travel contradicts the one computed from the
    /// predecessor's current score (up, down, level). Entries new since the predecessor, with no
    /// printed trend, or without both scores are not judged.
    public static func checkTravel(_ register: Register, predecessor: Register, predecessorName: String) -> [Diagnostic] {
        let pairing = EntryPairing(earlier: predecessor, later: register)
        var found: [Diagnostic] = []
        for (index, entry) in register.entries.enumerated() where !entry.isClosed && entry.direction.trend != .unknown {
            guard let match = pairing.earlierIndex[index] else { continue }
            let before = predecessor.entries[match]
            guard let was = before.current.effectiveScore, let now = entry.current.effectiveScore,
                  let computed = Movement.of(before: before, after: entry).trend, computed != entry.direction.trend else { continue }
            let printed = entry.direction.text.map { "\"\($0)\"" } ?? entry.direction.trend.rawValue
            found.append(Diagnostic(.warning, entryID: entry.id, field: "direction",
                                    "printed direction \(printed) (\(entry.direction.trend.rawValue)) but the current score went from \(was) in \(predecessorName) to \(now) (\(computed.rawValue))"))
        }
        return found
    }
}
