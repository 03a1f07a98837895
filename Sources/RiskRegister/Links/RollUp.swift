/// Every register of one period seen together: one heat map counting the open entries of all of
/// them by current rating, how many each register brings, and the directorate risks at or above
/// their register's escalation threshold (`Register.escalationThreshold`, default 16) that link to
/// no entry of a corporate register: what a risk officer asks "should this be escalated?" of.
public struct RollUp: Sendable {
    /// The period rolled up, as written by its first register.
    public let period: String
    /// The registers of the period (file stem and register): corporate ones first, then the others,
    /// each in the order given.
    public let registers: [(stem: String, register: Register)]
    /// Every open entry of those registers, register by register.
    public let entries: [RollUpEntry]
    /// The entries by current-rating position (grid cell, score-only, unrated).
    public let placements: [Placement: [RollUpEntry]]
    /// Open directorate risks at or above their register's threshold and not linked to a
    /// corporate register, highest score first.
    public let unescalated: [RollUpEntry]

    /// The roll-up of the registers of `period` (nil: the latest period any register has) among
    /// `all` (every register of the data directory, for resolving links).
    public init?(period wanted: String?, all: [(stem: String, register: Register)]) {
        let periods = all.compactMap { Period($0.register.period) }
        let chosen: String
        if let wanted {
            chosen = Period(wanted)?.text ?? wanted
        } else if let latest = periods.max() {
            chosen = latest.text
        } else {
            return nil
        }
        let inPeriod = all.filter { ($0.register.period == chosen) || (Period($0.register.period)?.text == chosen) }
        let members = inPeriod.filter { $0.register.effectiveLevel == .corporate } + inPeriod.filter { $0.register.effectiveLevel != .corporate }
        guard !members.isEmpty else { return nil }
        period = chosen
        registers = members
        let links = RegisterLinks(registers: all)
        var entries: [RollUpEntry] = []
        var placements: [Placement: [RollUpEntry]] = [:]
        var unescalated: [RollUpEntry] = []
        for member in members {
            let level = member.register.effectiveLevel
            let threshold = member.register.escalationThreshold ?? Register.defaultEscalationThreshold
            for entry in member.register.entries where !entry.isClosed {
                let rolled = RollUpEntry(stem: member.stem, level: level, entry: entry)
                entries.append(rolled)
                placements[Placement(entry.current), default: []].append(rolled)
                if level == .directorate, entry.kind == .risk, let score = entry.current.effectiveScore, score >= threshold,
                   !links.isLinkedToCorporate(entry, period: member.register.period) {
                    unescalated.append(rolled)
                }
            }
        }
        self.entries = entries
        self.placements = placements
        self.unescalated = unescalated.enumerated().sorted { a, b in
            let (left, right) = (a.element.entry.current.effectiveScore ?? 0, b.element.entry.current.effectiveScore ?? 0)
            return left != right ? left > right : a.offset < b.offset
        }.map(\.element)
    }

    /// The entries in one grid cell.
    public func entries(likelihood: Int, impact: Int) -> [RollUpEntry] {
        placements[.cell(likelihood: likelihood, impact: impact)] ?? []
    }

    /// How many open entries each register brings, in register order.
    public var counts: [(stem: String, count: Int)] {
        registers.map { member in (member.stem, entries.filter { $0.stem == member.stem }.count) }
    }
}
