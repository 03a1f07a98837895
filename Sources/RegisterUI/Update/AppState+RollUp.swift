import RiskRegister

extension AppState {
    /// The roll-up of the open register's period over the registers loaded (`RollUp`); computed
    /// again only when a register changes or loads.
    var rollUp: RollUp? {
        guard let openID, let register else { return nil }
        let key = DerivedCache.ListKey.ID(register: openID, revision: workspace.revision)
        return derived.cycle.rollUp.value(for: key) { _ in RollUp(period: register.period, all: loadedRegisters) }
    }

    /// How many registers the roll-up still waits for: those of the period, and those their links
    /// name, not yet loaded (`wantLinkedRegisters` asks for them).
    var rollUpRegistersLoading: Int {
        guard let register else { return 0 }
        return linkedRegisters(of: register).filter { workspace.files[$0] == nil }.count
    }

    /// `U`: opens the roll-up of the open register's period.
    mutating func showRollUp() {
        guard register != nil else { return }
        overlay = .rollUp(RollUpTable())
    }

    /// Moves the roll-up's highlight among the entries not escalated.
    mutating func moveRollUpSelection(_ action: Action) {
        guard case .rollUp(var table) = overlay, let rollUp else { return }
        let page = max(1, (layout.map { RollUpView.tableRows(in: $0) } ?? 1) - 1)
        table.selection = max(0, min(rollUp.unescalated.count - 1, Self.step(table.selection, action, page: page)))
        overlay = .rollUp(table)
    }

    /// Enter in the roll-up: closes it and opens the highlighted entry in its register (loaded
    /// first if need be), the detail focused.
    mutating func openRollUpEntry() {
        guard case .rollUp(let table) = overlay, let rollUp, rollUp.unescalated.indices.contains(table.selection) else { return }
        let row = rollUp.unescalated[table.selection]
        guard let id = workspace.slots.first(where: { $0.id.stem == row.stem })?.id else { return }
        overlay = nil
        go(to: EntryLocation(register: id, entry: .uid(row.entry.uid), focus: .detail))
    }
}
