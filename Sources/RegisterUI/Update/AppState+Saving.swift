import Foundation
import RiskRegister

extension AppState {
    /// `w`: the open register to the backend, or "Nothing to save".
    mutating func save() -> [Effect] {
        guard let openID, let edited = workspace.files[openID] else { return [] }
        guard workspace.isDirty(openID) else {
            message = StatusMessage(text: "Nothing to save", isWarning: false)
            return []
        }
        return requestSave(edited, overReadOnly: false)
    }

    /// The effect that saves an edited register, with the register as loaded to record the
    /// change history against; nothing while that register is being saved already.
    mutating func requestSave(_ edited: LoadedRegister, overReadOnly: Bool) -> [Effect] {
        let id = RegisterID(edited.url)
        guard saving[id] == nil else {
            message = StatusMessage(text: "Still saving \(id.fileName)", isWarning: false)
            return []
        }
        saving[id] = edited.register
        let request = SaveRequest(edited: edited, baseline: workspace.baselines[id] ?? edited.register)
        return [overReadOnly ? .saveOverReadOnly(request) : .save(request)]
    }

    /// `q`: quit, or ask about the first register with unsaved changes.
    mutating func quit() -> [Effect] {
        if let dirty = workspace.dirty.first {
            overlay = .prompt(.quit(register: dirty))
            return []
        }
        return [.quit]
    }

    /// The answer to a question.
    mutating func answer(_ answer: Answer) -> [Effect] {
        if case .merge = overlay { return answerMerge(answer) }
        if overlay == .conflict { return answerConflict(answer) }
        guard case .prompt(let prompt) = overlay else { return [] }
        overlay = nil
        switch prompt {
        case .delete(let target):
            if answer == .yes { removeItem(target) }
        case .newEntryKind:
            if answer == .risk { chooseNewEntryKind(.risk) } else if answer == .opportunity { chooseNewEntryKind(.opportunity) }
        case .reopen(let index):
            if answer == .yes { reopen(index) }
        case .discardEdit(let editor):
            if answer == .yes { cancelEditor(editor) } else { overlay = .editor(editor) }
        case .reload(let id):
            if answer == .yes, let edited = workspace.files[id] { return [.reload(edited)] }
        case .readOnly(let id):
            if answer == .yes, let edited = workspace.files[id] { return requestSave(edited, overReadOnly: true) }
            quitAfterSave = nil
        case .recovery(let id):
            guard answer == .yes || answer == .no else {
                overlay = .prompt(prompt)
                return []
            }
            pendingRecovery.removeAll { $0 == id }
            if answer == .yes, workspace.files[id] != nil, let contents = recovered[id] {
                if id != openID { openRegister(id) }
                return restore(contents, into: id)
            }
            recovered[id] = nil
            askNextRecovery()
            return [.discardRecovery(id.url)]
        case .quit(let id):
            switch answer {
            case .save:
                guard let edited = workspace.files[id] else { return [] }
                quitAfterSave = id
                return requestSave(edited, overReadOnly: false)
            case .discard:
                if let baseline = workspace.baselines[id] { workspace.setRegister(id, baseline) }
                undoStack.removeAll { $0.registerID == id }
                redoStack.removeAll { $0.registerID == id }
                // The edits are thrown away, so is the copy kept of them: the next start must
                // not offer back what the user just discarded.
                return [.discardRecovery(id.url)] + quit()
            default:
                break
            }
        }
        return []
    }

    /// Offers the next recovered register, if any, once it is loaded.
    mutating func askNextRecovery() {
        if overlay == nil, let next = pendingRecovery.first(where: { workspace.files[$0] != nil }) {
            overlay = .prompt(.recovery(next))
        }
    }

    /// The backend's answer to `.save`.
    /// Edits made while the save ran stay unsaved edits on top of what was saved.
    mutating func saved(_ id: RegisterID, _ result: Result<LoadedRegister, SaveError>) -> [Effect] {
        let waiting = quitAfterSave
        quitAfterSave = nil
        let sent = saving.removeValue(forKey: id)
        switch result {
        case .success(let loaded):
            guard let current = workspace.register(id) else { return [] }
            if let sent, sent != current {
                workspace.replace(id, with: loaded, edits: current)
            } else {
                workspace.saved(loaded)
            }
            keepSavedHistory(of: loaded.register, before: sent ?? current, in: id)
            let notes = loaded.saveNotes.isEmpty ? "" : " (" + loaded.saveNotes.joined(separator: "; ") + ")"
            message = StatusMessage(text: "Saved \(loaded.fileName)" + notes, isWarning: !loaded.saveNotes.isEmpty)
            if waiting != nil { return quit() + (gitStatus == nil ? [] : [.refreshGitStatus]) }
            if gitStatus != nil { return [.refreshGitStatus] }
        case .failure(let error):
            message = StatusMessage(text: error.description, isWarning: true)
            if case .changedOnDisk = error, let id = waiting ?? openID {
                overlay = .prompt(.reload(register: id))
            }
            if case .readOnly = error, let id = waiting ?? openID {
                quitAfterSave = waiting
                overlay = .prompt(.readOnly(register: id))
            }
        }
        return []
    }

    /// The backend's answer to `.reload`.
    mutating func reloaded(_ result: Result<LoadedRegister, LoadFailure>) {
        switch result {
        case .success(let loaded):
            let id = RegisterID(loaded.url)
            guard let mine = workspace.register(id), let base = workspace.baselines[id] else { return }
            if workspace.isDirty(id) {
                startMerge(base: base, mine: mine, theirs: loaded, origin: .reload)
                return
            }
            replace(id, with: loaded, edits: loaded.register)
            message = StatusMessage(text: "Reloaded \(loaded.fileName)", isWarning: false)
        case .failure(let failure):
            message = StatusMessage(text: "Reload failed: " + (failure.messages.first ?? failure.url.lastPathComponent),
                                    isWarning: true)
        }
    }

    /// The question's text for the status line.
    func promptText(_ prompt: Prompt) -> String {
        promptTexts(prompt)[0]
    }

    /// The question's text, then shorter forms of it for narrow status lines; each ends with the
    /// answers it takes.
    func promptTexts(_ prompt: Prompt) -> [String] {
        switch prompt {
        case .delete(let target):
            if case .item(let list, _) = target { return ["Delete this \(list.itemName)? \(CommandTable.yesNo(defaultNo: true))"] }
            if case .link(let index) = target { return removeLinkQuestion(index) }
            return ["Delete this? \(CommandTable.yesNo(defaultNo: true))"]
        case .discardEdit:
            return ["Discard changes? \(CommandTable.yesNo(defaultNo: true))"]
        case .newEntryKind:
            return ["New entry: \(CommandTable.answers(in: .kindQuestion))"]
        case .reopen:
            return ["Reopen closed entry \(selectedEntry?.id ?? "")? \(CommandTable.yesNo(defaultNo: true))"]
        case .quit(let index):
            return ["Save changes to \(fileName(index))? \(CommandTable.answers(in: .quitQuestion))",
                    "Save changes? \(CommandTable.answers(in: .quitQuestion))"]
        case .reload(let index):
            return ["\(fileName(index)) changed on disk since it was loaded; not saved. Reload it and merge your edits onto it? \(CommandTable.yesNo(defaultNo: true))",
                    "\(fileName(index)) changed on disk; not saved. Reload and merge? \(CommandTable.yesNo(defaultNo: true))",
                    "Changed on disk; not saved. Reload and merge? \(CommandTable.yesNo(defaultNo: true))"]
        case .readOnly(let index):
            return ["\(fileName(index)) is read-only (its permissions forbid writing). Save over it anyway? \(CommandTable.yesNo(defaultNo: true))",
                    "\(fileName(index)) is read-only. Save anyway? \(CommandTable.yesNo(defaultNo: true))",
                    "Read-only. Save anyway? \(CommandTable.yesNo(defaultNo: true))"]
        case .recovery(let id):
            return ["Unsaved edits to \(id.fileName) from an earlier session were kept. Restore them? \(CommandTable.yesNo(defaultNo: false))",
                    "Unsaved edits to \(id.fileName) were kept. Restore them? \(CommandTable.yesNo(defaultNo: false))",
                    "Restore unsaved edits? \(CommandTable.yesNo(defaultNo: false))"]
        }
    }

    /// The status line's question during a merge, then shorter forms.
    func mergeQuestionTexts() -> [String] {
        guard let session = mergeSession, let conflict = session.current else {
            return ["Merging… " + CommandTable.hint(.answer(.stop), in: .merge, "stops")]
        }
        let count = session.merge.conflicts.count
        let number = session.keepMine.count + 1
        let mine = CommandTable.key(.answer(.mine), in: .merge)
        let theirs = CommandTable.key(.answer(.theirs), in: .merge)
        let stop = CommandTable.key(.answer(.stop), in: .merge)
        let short = "\(mine) mine · \(theirs) theirs · \(stop) stop"
        let keys = "\(mine) mine · \(theirs) theirs · \(stop)"
        return ["Both changed \(conflict.label) (\(number) of \(count)): \(CommandTable.answers(in: .merge))",
                "Both changed (\(number)/\(count)): \(short)",
                keys]
    }

    private func fileName(_ id: RegisterID) -> String { id.fileName }

    /// Undo steps, and edits made while the save ran, keep the history the save recorded: the
    /// entries whose history the save changed take it (found at the same position, or else by id).
    private mutating func keepSavedHistory(of saved: Register, before: Register, in id: RegisterID) {
        let changed = saved.entries.indices.filter { index in
            !before.entries.indices.contains(index) || before.entries[index].history != saved.entries[index].history
        }
        guard !changed.isEmpty else { return }
        let histories = changed.map { (index: $0, id: saved.entries[$0].id, history: saved.entries[$0].history) }
        for stack in [\AppState.undoStack, \AppState.redoStack] {
            for step in self[keyPath: stack].indices where self[keyPath: stack][step].registerID == id {
                Self.setHistories(histories, in: &self[keyPath: stack][step].register)
            }
        }
        if var current = workspace.register(id), current != saved {
            Self.setHistories(histories, in: &current)
            workspace.setRegister(id, current)
        }
    }

    private static func setHistories(_ histories: [(index: Int, id: String, history: [Change])], in register: inout Register) {
        for saved in histories {
            let entries = register.entries
            let position = entries.indices.contains(saved.index) && entries[saved.index].id == saved.id
                ? saved.index : entries.firstIndex { $0.id == saved.id }
            if let position { register.entries[position].history = saved.history }
        }
    }
}
