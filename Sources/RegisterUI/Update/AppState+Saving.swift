import Foundation
import RiskRegister

extension AppState {
    /// `w`: the open register to the backend, or "Nothing to save".
    mutating func save() -> [Effect] {
        guard registers.indices.contains(registerIndex) else { return [] }
        guard isDirty(registerIndex) else {
            message = StatusMessage(text: "Nothing to save", isWarning: false)
            return []
        }
        return [.save(registers[registerIndex])]
    }

    /// `q`: quit, or ask about the first register with unsaved changes.
    mutating func quit() -> [Effect] {
        if let dirty = registers.indices.first(where: isDirty) {
            overlay = .prompt(.quit(register: dirty))
            return []
        }
        return [.quit]
    }

    /// The index of the loaded register of a file.
    func registerIndex(of url: URL) -> Int? {
        registers.firstIndex { Self.sameFile($0.url, url) }
    }

    /// The answer to a question.
    mutating func answer(_ answer: Answer) -> [Effect] {
        if overlay == .merge { return answerMerge(answer) }
        guard case .prompt(let prompt) = overlay else { return [] }
        overlay = nil
        switch prompt {
        case .delete(let target):
            if answer == .yes { removeItem(target) }
        case .discardEdit(let editor):
            if answer == .yes { cancelEditor(editor) } else { overlay = .editor(editor) }
        case .reload(let index):
            if answer == .yes, registers.indices.contains(index) { return [.reload(registers[index])] }
        case .readOnly(let index):
            if answer == .yes, registers.indices.contains(index) { return [.saveOverReadOnly(registers[index])] }
            quitAfterSave = nil
        case .recovery(let url):
            guard answer == .yes || answer == .no else {
                overlay = .prompt(prompt)
                return []
            }
            pendingRecovery.removeAll { $0 == url }
            if answer == .yes, let index = registerIndex(of: url), let contents = recovered[url] {
                if index != registerIndex { openRegister(at: index) }
                return restore(contents, into: index)
            }
            recovered[url] = nil
            askNextRecovery()
            return [.discardRecovery(url)]
        case .quit(let index):
            switch answer {
            case .save:
                guard registers.indices.contains(index) else { return [] }
                quitAfterSave = index
                return [.save(registers[index])]
            case .discard:
                if registers.indices.contains(index) { registers[index].register = baselines[index] }
                undoStack.removeAll { $0.registerIndex == index }
                redoStack.removeAll { $0.registerIndex == index }
                return quit()
            default:
                break
            }
        }
        return []
    }

    /// Offers the next recovered register, if any.
    mutating func askNextRecovery() {
        if let next = pendingRecovery.first { overlay = .prompt(.recovery(next)) }
    }

    /// The backend's answer to `.save`.
    mutating func saved(_ result: Result<LoadedRegister, SaveError>) -> [Effect] {
        let waiting = quitAfterSave
        quitAfterSave = nil
        switch result {
        case .success(let loaded):
            guard let index = registerIndex(of: loaded.url) else { return [] }
            registers[index] = loaded
            baselines[index] = loaded.register
            // Undo steps keep the history the save recorded.
            for stack in [\AppState.undoStack, \AppState.redoStack] {
                for step in self[keyPath: stack].indices where self[keyPath: stack][step].registerIndex == index {
                    for entry in self[keyPath: stack][step].register.entries.indices {
                        let id = self[keyPath: stack][step].register.entries[entry].id
                        if let saved = loaded.register.entry(id: id) {
                            self[keyPath: stack][step].register.entries[entry].history = saved.history
                        }
                    }
                }
            }
            let notes = loaded.saveNotes.isEmpty ? "" : " (" + loaded.saveNotes.joined(separator: "; ") + ")"
            message = StatusMessage(text: "Saved \(loaded.fileName)" + notes, isWarning: !loaded.saveNotes.isEmpty)
            if waiting != nil { return quit() }
        case .failure(let error):
            message = StatusMessage(text: error.description, isWarning: true)
            if case .changedOnDisk = error, let index = waiting ?? Optional(registerIndex) {
                overlay = .prompt(.reload(register: index))
            }
            if case .readOnly = error, let index = waiting ?? Optional(registerIndex) {
                quitAfterSave = waiting
                overlay = .prompt(.readOnly(register: index))
            }
        }
        return []
    }

    /// The backend's answer to `.reload`.
    mutating func reloaded(_ result: Result<LoadedRegister, LoadFailure>) {
        switch result {
        case .success(let loaded):
            guard let index = registerIndex(of: loaded.url) else { return }
            if isDirty(index) {
                startMerge(base: baselines[index], mine: registers[index].register, theirs: loaded, origin: .reload)
                return
            }
            replace(index, with: loaded, edits: loaded.register)
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
            if case .item(let list, _) = target { return ["Delete this \(list.itemName)? y/N"] }
            return ["Delete this? y/N"]
        case .discardEdit:
            return ["Discard changes? y/N"]
        case .quit(let index):
            return ["Save changes to \(fileName(index))? s save · d discard · Esc cancel",
                    "Save changes? s save · d discard · Esc cancel"]
        case .reload(let index):
            return ["\(fileName(index)) changed on disk since it was loaded; not saved. Reload it and merge your edits onto it? y/N",
                    "\(fileName(index)) changed on disk; not saved. Reload and merge? y/N",
                    "Changed on disk; not saved. Reload and merge? y/N"]
        case .readOnly(let index):
            return ["\(fileName(index)) is read-only (its permissions forbid writing). Save over it anyway? y/N",
                    "\(fileName(index)) is read-only. Save anyway? y/N",
                    "Read-only. Save anyway? y/N"]
        case .recovery(let url):
            return ["Unsaved edits to \(url.lastPathComponent) from an earlier session were kept. Restore them? y/n",
                    "Unsaved edits to \(url.lastPathComponent) were kept. Restore them? y/n",
                    "Restore unsaved edits? y/n"]
        }
    }

    /// The status line's question during a merge, then shorter forms.
    func mergeQuestionTexts() -> [String] {
        guard let session = mergeSession, let conflict = session.current else { return ["Merging… Esc stops"] }
        let count = session.merge.conflicts.count
        let number = session.keepMine.count + 1
        return ["Both changed \(conflict.label) (\(number) of \(count)): m keep mine · t keep theirs · Esc stop",
                "Both changed (\(number)/\(count)): m mine · t theirs · Esc stop",
                "m mine · t theirs · Esc"]
    }

    private func fileName(_ index: Int) -> String {
        registers.indices.contains(index) ? registers[index].fileName : "?"
    }
}
