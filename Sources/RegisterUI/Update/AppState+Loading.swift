import RiskRegister

extension AppState {
    /// The loads the state needs and has not yet asked for: the open register, registers
    /// whose recovery files wait to be offered, and registers `want`ed beside the open one. The loop asks for them once at the start;
    /// `update` adds them to its effects after every event.
    public mutating func pendingLoads() -> [Effect] {
        var loads = pendingRecovery + wanted.sorted()
        if let openID { loads.insert(openID, at: 0) }
        var effects: [Effect] = []
        for id in loads where workspace.files[id] == nil {
            guard let slot = workspace.slot(id), !slot.isLoading else { continue }
            workspace.startLoading(id)
            effects.append(.load(id))
        }
        return effects
    }

    /// The backend's answer to `.load`: the register joins the workspace (a register loaded
    /// already keeps its edits), or the file is listed among those that did not load.
    mutating func loaded(_ id: RegisterID, _ result: Result<LoadedRegister, LoadFailure>) {
        switch result {
        case .success(let loaded):
            guard workspace.files[id] == nil else { return }
            workspace.add(loaded)
            if id == openID {
                // A search typed while the register loaded applies to it now.
                let typed = (text: searchText, isSearching: isSearching)
                openRegister(id)
                (searchText, isSearching) = typed
                selectPendingEntry()
            }
            askNextRecovery()
        case .failure(let failure):
            guard workspace.files[id] == nil else { return }
            workspace.fail(failure)
            pendingRecovery.removeAll { $0 == id }
            recovered[id] = nil
            var text = "\(id.fileName) did not load"
            // The register shown did not load: the newest of the others is shown (and loaded) instead.
            if id == openID, let next = workspace.newest {
                openRegister(next)
                text += "; showing \(workspace.slot(next)?.period ?? next.fileName)"
            }
            let hint = CommandTable.hint(.showRegisters, in: .global, "lists the registers")
            message = StatusMessage(text: text + " (\(hint))", isWarning: true)
        }
    }

    /// The directory as listed now: new register files join the workspace, what is known of
    /// listed ones is updated, and files no longer there are forgotten unless they hold unsaved
    /// edits (a save then says the file was removed). Undo steps of a forgotten register go with
    /// it; when it was open, the newest register opens.
    mutating func listed(_ listing: [RegisterSlot]) {
        let present = Set(listing.map(\.id))
        let failed = Set(workspace.failures.map { RegisterID($0.url) })
        for slot in listing where workspace.files[slot.id] == nil && !failed.contains(slot.id) { workspace.list(slot) }
        let gone = workspace.slots.map(\.id).filter { !present.contains($0) && !workspace.isDirty($0) }
        for id in gone {
            workspace.remove(id)
            undoStack.removeAll { $0.registerID == id }
            redoStack.removeAll { $0.registerID == id }
            pendingRecovery.removeAll { $0 == id }
            recovered[id] = nil
        }
        if let openID, gone.contains(openID) {
            if let newest = workspace.newest { openRegister(newest) } else { self.openID = nil }
            message = StatusMessage(text: "\(openID.fileName) is no longer in the data directory", isWarning: true)
        }
        // A register with unsaved edits stays listed when its file goes: the edits are kept (in
        // this session and its recovery file) and the status line says so.
        if let lost = workspace.slots.map(\.id).first(where: { !present.contains($0) && workspace.isDirty($0) }) {
            message = StatusMessage(text: "\(lost.fileName) was deleted or renamed on disk; your unsaved edits to it stay, "
                                    + "kept in its recovery file", isWarning: true)
        }
    }

    /// A register's search index from background work: kept for the open register (brought up
    /// to date with edits made since, refolding only the entries they changed).
    mutating func searchPrepared(_ texts: SearchTexts, for id: RegisterID) {
        guard id == openID, let register else { return }
        let key = DerivedCache.ListKey.ID(register: id, revision: workspace.revision)
        derived.search.store(SearchTexts(entries: register.entries, reusing: texts), for: key)
    }

    /// True while the open register is being loaded.
    public var isLoadingOpenRegister: Bool {
        guard let openID, register == nil else { return false }
        return workspace.slot(openID) != nil
    }
}
