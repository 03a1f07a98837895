/// An entry's ratings across the registers it runs through: from the newest register that has an
/// entry of that id, back through each predecessor and forward through each successor, following
/// the same pairing as a comparison (identity, or `previousIds` links across a renumbering).
public enum EntryTimeline {
    /// The points for `id` in `registers` (stem and register), oldest period first; empty when no
    /// register has an entry of that id (ignoring case and spaces).
    public static func points(for id: String, in registers: [(stem: String, register: Register)]) -> [TimelinePoint] {
        let wanted = EntryIdentity.key(id)
        let references = registers.map { RegisterReference(stem: $0.stem, register: $0.register) }
        var byStem: [String: Int] = [:]
        for (index, pair) in registers.enumerated() where byStem[pair.stem] == nil { byStem[pair.stem] = index }
        var predecessor: [Int: Int] = [:]
        var successors: [Int: [Int]] = [:]
        for (index, reference) in references.enumerated() {
            guard let stem = RegisterSuccession.predecessor(of: reference, among: references), let earlier = byStem[stem],
                  earlier != index else { continue }
            predecessor[index] = earlier
            successors[earlier, default: []].append(index)
        }
        let holders = registers.indices.filter { index in
            registers[index].register.entries.contains { EntryIdentity.key($0.id) == wanted }
        }
        guard let anchor = holders.max(by: { order(registers[$0], $0) < order(registers[$1], $1) }),
              let anchorEntry = registers[anchor].register.entries.firstIndex(where: { EntryIdentity.key($0.id) == wanted }) else {
            return []
        }
        var visited: Set<Int> = [anchor]
        var earlier: [(Int, Int)] = []
        var step = (anchor, anchorEntry)
        while let back = predecessor[step.0], visited.insert(back).inserted,
              let match = EntryPairing(earlier: registers[back].register, later: registers[step.0].register).earlierIndex[step.1] {
            step = (back, match)
            earlier.append(step)
        }
        var later: [(Int, Int)] = []
        step = (anchor, anchorEntry)
        while let next = (successors[step.0] ?? []).filter({ !visited.contains($0) })
                  .min(by: { order(registers[$0], $0) < order(registers[$1], $1) }),
              let match = EntryPairing(earlier: registers[step.0].register, later: registers[next].register).laterIndex[step.1] {
            visited.insert(next)
            step = (next, match)
            later.append(step)
        }
        return (earlier.reversed() + [(anchor, anchorEntry)] + later).map { register, entry in
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
