import RiskRegister

extension AppState {
    /// A loaded register's file as another program left it (`riskreg sync`, `note`, git, a
    /// colleague's save), named with who changed what where the history says. Our own saves (the
    /// bytes the workspace holds) are not news. Without unsaved edits the register is shown as it
    /// is now. With them, the edits are merged three ways onto the new file at once (the same
    /// merge as a reload: only a place both changed is asked about); while an editor or another
    /// question is open, the merge waits for the next save, which offers it, and the status line
    /// says so.
    mutating func changedOnDisk(_ id: RegisterID, _ result: Result<LoadedRegister, LoadFailure>) -> [Effect] {
        guard saving[id] == nil, let current = workspace.files[id] else { return [] }
        switch result {
        case .success(let loaded):
            guard loaded.diskBytes != current.diskBytes else { return [] }
            let news = Self.news(in: loaded.register, since: workspace.baselines[id] ?? current.register)
            let changed = "\(id.fileName) changed on disk" + (news.map { " (\($0))" } ?? "")
            guard workspace.isDirty(id) else {
                replace(id, with: loaded, edits: loaded.register)
                message = StatusMessage(text: "\(changed); showing it as it is now", isWarning: false)
                return []
            }
            guard overlay == nil, let base = workspace.baselines[id], let mine = workspace.register(id) else {
                message = StatusMessage(text: "\(changed); your unsaved edits stay (saving offers to merge)", isWarning: true)
                return []
            }
            let effects = startMerge(base: base, mine: mine, theirs: loaded, origin: .reload)
            if mergeSession != nil {
                message = StatusMessage(text: "\(changed); your unsaved edits and it changed the same place", isWarning: true)
            } else if let merged = message {
                message = StatusMessage(text: "\(changed): " + merged.text.prefix(1).lowercased() + merged.text.dropFirst(),
                                        isWarning: false)
            }
            return effects
        case .failure(let failure):
            message = StatusMessage(text: "\(id.fileName) changed on disk and cannot be read now: "
                                    + (failure.messages.first ?? ""), isWarning: true)
            return []
        }
    }

    /// Who changed what, from the change records `changed` holds and `before` does not: "by Bob:
    /// Corp 1 title, Corp 6 owner" (at most three, then how many more); nil when there are none
    /// (a file changed by hand or by git without history).
    private static func news(in changed: Register, since before: Register) -> String? {
        let known = Set(before.entries.flatMap(\.history).map { [$0.at, $0.author, $0.field] })
        var authors: [String] = []
        var places: [String] = []
        for entry in changed.entries {
            for change in entry.history where !known.contains([change.at, change.author, change.field]) {
                if !authors.contains(change.author) { authors.append(change.author) }
                let place = "\(entry.id) \(change.field.prefix { $0 != "[" })"
                if !places.contains(place) { places.append(place) }
            }
        }
        guard !authors.isEmpty else { return nil }
        let shown = places.prefix(3).joined(separator: ", ") + (places.count > 3 ? " and \(places.count - 3) more" : "")
        return SafeText.visible("by \(authors.joined(separator: ", ")): \(shown)")
    }
}
