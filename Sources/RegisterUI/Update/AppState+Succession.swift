import RiskRegister

extension AppState {
    /// The register `id` follows: the one its `previous` names, else the listed register of the
    /// same title with the latest earlier period (`RegisterSuccession`). It works on what the
    /// workspace knows before loading (slots carry title and period; the organisation is known
    /// only once loaded, so it is not compared here).
    func predecessorID(of id: RegisterID) -> RegisterID? {
        func reference(_ slot: RegisterSlot) -> RegisterReference {
            RegisterReference(stem: slot.id.stem, organisation: "", title: slot.title ?? "", period: slot.period ?? "",
                              previous: workspace.register(slot.id)?.previous)
        }
        guard let slot = workspace.slot(id),
              let stem = RegisterSuccession.predecessor(of: reference(slot), among: workspace.slots.map(reference)) else {
            return nil
        }
        return workspace.slots.first { $0.id.stem == stem }?.id
    }

    /// Asks for a register to be loaded alongside the open one (a predecessor to compare with or
    /// review against); `pendingLoads` sends the load.
    mutating func want(_ id: RegisterID) {
        wanted.insert(id)
    }
}
