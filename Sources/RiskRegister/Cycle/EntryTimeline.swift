/// An entry's ratings across the registers it runs through: from the newest register that has an
/// entry of that id, back through each predecessor and forward through each successor, following
/// the same pairing as a comparison (identity, or `previousIds` links across a renumbering).
public enum EntryTimeline {
    /// The points for `id` in `registers` (stem and register), oldest period first, from the
    /// newest register that shows that printed id (ignoring case and spaces; its first entry that
    /// does); empty when none does.
    public static func points(for id: String, in registers: [(stem: String, register: Register)]) -> [TimelinePoint] {
        let wanted = EntryIdentity.key(id)
        let holders = registers.indices.filter { index in
            registers[index].register.entries.contains { EntryIdentity.key($0.id) == wanted }
        }
        guard let anchor = holders.max(by: { order(registers[$0], $0) < order(registers[$1], $1) }),
              let anchorEntry = registers[anchor].register.entries.firstIndex(where: { EntryIdentity.key($0.id) == wanted }) else {
            return []
        }
        return points(from: anchorEntry, of: registers[anchor].stem, in: registers)
    }

    /// The points of one entry (at `entryIndex` of the register `stem`), oldest period first:
    /// back through each predecessor and forward through each successor from that entry itself,
    /// so a printed id reused for another risk, or shown by two entries of one register, never
    /// puts another risk's quarters on its timeline. Empty when no register has that stem and
    /// position.
    public static func points(from entryIndex: Int, of stem: String,
                              in registers: [(stem: String, register: Register)]) -> [TimelinePoint] {
        guard let anchor = registers.firstIndex(where: { $0.stem == stem }),
              registers[anchor].register.entries.indices.contains(entryIndex) else { return [] }
        let references = registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        var byStem: [String: Int] = [:]
        for (index, pair) in registers.enumerated() where byStem[pair.stem] == nil { byStem[pair.stem] = index }
        var predecessor: [Int: Int] = [:]
        var successors: [Int: [Int]] = [:]
        for (index, reference) in references.enumerated() {
            guard let earlierStem = RegisterSuccession.predecessor(of: reference, among: references),
                  let earlier = byStem[earlierStem], earlier != index else { continue }
            predecessor[index] = earlier
            successors[earlier, default: []].append(index)
        }
        var visited: Set<Int> = [anchor]
        var earlier: [(Int, Int)] = []
        var step = (anchor, entryIndex)
        while let back = predecessor[step.0], visited.insert(back).inserted,
              let match = EntryPairing(earlier: registers[back].register, later: registers[step.0].register).earlierIndex[step.1] {
            step = (back, match)
            earlier.append(step)
        }
        var later: [(Int, Int)] = []
        step = (anchor, entryIndex)
        while let next = (successors[step.0] ?? []).filter({ !visited.contains($0) })
                  .min(by: { order(registers[$0], $0) < order(registers[$1], $1) }),
              let match = EntryPairing(earlier: registers[step.0].register, later: registers[next].register).laterIndex[step.1] {
            visited.insert(next)
            step = (next, match)
            later.append(step)
        }
        return (earlier.reversed() + [(anchor, entryIndex)] + later).map { register, entry in
            TimelinePoint(stem: registers[register].stem, period: registers[register].register.period,
                          entry: registers[register].register.entries[entry])
        }
    }

    /// Registers in period order; one whose period cannot be read sorts first, then by position.
    private static func order(_ pair: (stem: String, register: Register), _ index: Int) -> OrderKey {
        OrderKey(period: Period(pair.register.period), index: index)
    }

    private struct OrderKey: Comparable {
        let period: Period?
        let index: Int

        static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
            switch (lhs.period, rhs.period) {
            case let (left?, right?) where left != right: left < right
            case (nil, _?): true
            case (_?, nil): false
            default: lhs.index < rhs.index
            }
        }
    }
}
