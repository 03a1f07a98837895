/// The links between the entries of a data directory's registers, resolved by identity: for an
/// entry, the entries it points at (escalated to, rolls up into) and the entries that point at it
/// (escalated from, rolled up from). A link names an identity, so it follows the risk into later
/// quarters: it resolves in the register of the linking register's period when one holds that
/// identity, else in the register it names, else in the newest register holding it.
public struct RegisterLinks: Sendable {
    private let registers: [(stem: String, register: Register)]
    /// For each identity, where it stands: (register position, entry position).
    private let places: [String: [(register: Int, entry: Int)]]
    /// For each identity, the links that point at it: (register position, entry position, link).
    private let incoming: [String: [(register: Int, entry: Int, kind: EntryLink.Kind)]]

    /// Indexes the registers' identities and links.
    public init(registers: [(stem: String, register: Register)]) {
        self.registers = registers
        var places: [String: [(register: Int, entry: Int)]] = [:]
        var incoming: [String: [(register: Int, entry: Int, kind: EntryLink.Kind)]] = [:]
        for (registerIndex, pair) in registers.enumerated() {
            for (entryIndex, entry) in pair.register.entries.enumerated() {
                places[entry.uid, default: []].append((registerIndex, entryIndex))
                for link in entry.links {
                    incoming[link.uid, default: []].append((registerIndex, entryIndex, link.kind))
                }
            }
        }
        self.places = places
        self.incoming = incoming
    }

    /// The entry a link from a register of `period` points at, or nil when no register holds it.
    public func target(of link: EntryLink, from period: String) -> (stem: String, register: Register, entry: Entry)? {
        let candidates = places[link.uid] ?? []
        let chosen = candidates.first { registers[$0.register].register.period == period }
            ?? candidates.first { registers[$0.register].stem == link.register }
            ?? candidates.max { isEarlier($0.register, $1.register) }
        return chosen.map { (registers[$0.register].stem, registers[$0.register].register,
                             registers[$0.register].register.entries[$0.entry]) }
    }

    /// Every link of `entry` (of the register `stem`) resolved: its own links first (a link whose
    /// entry no register holds is left out: `unresolved(of:)` names them), then the entries of other
    /// registers of the same period that link to it.
    public func links(of entry: Entry, in stem: String) -> [LinkedEntry] {
        guard let own = registers.firstIndex(where: { $0.stem == stem }) else { return [] }
        let period = registers[own].register.period
        var found: [LinkedEntry] = entry.links.compactMap { link in
            target(of: link, from: period).map {
                LinkedEntry(kind: link.kind, isIncoming: false, stem: $0.stem, period: $0.register.period, entry: $0.entry)
            }
        }
        // Links from other registers of the same period: another quarter's copy of the linking
        // risk links that quarter's copy of this one.
        for source in incoming[entry.uid] ?? [] where source.register != own {
            let register = registers[source.register]
            guard register.register.period == period else { continue }
            found.append(LinkedEntry(kind: source.kind, isIncoming: true, stem: register.stem, period: register.register.period,
                                     entry: register.register.entries[source.entry]))
        }
        return found
    }

    /// The links of `entry` that no register of the directory resolves.
    public func unresolved(of entry: Entry) -> [EntryLink] {
        entry.links.filter { places[$0.uid] == nil }
    }

    /// True when `entry` (of a register of `period`) links to an entry of a corporate register.
    public func isLinkedToCorporate(_ entry: Entry, period: String) -> Bool {
        entry.links.contains { link in
            guard let target = target(of: link, from: period) else { return false }
            return target.register.effectiveLevel == .corporate
        }
    }

    /// True when register `a` comes before register `b` in time (a period that cannot be read
    /// first, then file order).
    private func isEarlier(_ a: Int, _ b: Int) -> Bool {
        switch (Period(registers[a].register.period), Period(registers[b].register.period)) {
        case let (left?, right?) where left != right: left < right
        case (nil, _?): true
        case (_?, nil): false
        default: a < b
        }
    }
}
