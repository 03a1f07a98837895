import RiskRegister

extension AppState {
    /// The open register's merge conflicts recorded by git's merge driver, first the one asked.
    var recordedConflicts: [MergeConflict] { register?.mergeConflicts ?? [] }

    /// `M`: ask about the first recorded conflict, or say there is none.
    mutating func startResolvingConflicts() {
        guard let first = recordedConflicts.first else {
            message = StatusMessage(text: "No merge conflicts recorded in this register", isWarning: false)
            return
        }
        overlay = .conflict
        selectEntry(of: first)
    }

    /// m, t, e or Esc on a recorded conflict.
    mutating func answerConflict(_ answer: Answer) -> [Effect] {
        guard let conflict = recordedConflicts.first else {
            overlay = nil
            return []
        }
        switch answer {
        case .mine:
            resolveConflict(with: conflict.mine, side: "mine")
        case .theirs:
            resolveConflict(with: conflict.theirs, side: "theirs")
        case .edit:
            guard let text = Self.editableText(of: conflict) else {
                message = StatusMessage(text: "\(conflict.label) is not text: keep a side (\(CommandTable.key(.answer(.mine), in: .conflict)) or \(CommandTable.key(.answer(.theirs), in: .conflict))), then edit it as usual",
                                        isWarning: true)
                return []
            }
            overlay = .editor(TextEditor(target: .form(.conflictValue(label: conflict.label)), text: text))
        case .stop:
            overlay = nil
            let left = recordedConflicts.count
            message = StatusMessage(text: "\(left) merge conflict\(left == 1 ? "" : "s") left, recorded in the file",
                                    isWarning: true)
        default:
            break
        }
        return []
    }

    /// The edited text of the first conflict becomes its value: a text field's new text, or the
    /// item (mine, else theirs) with this text.
    mutating func resolveConflict(withText text: String) -> Bool {
        guard let conflict = recordedConflicts.first else { return true }
        let value: JSONValue
        if case .object(var members)? = Self.itemSide(of: conflict) {
            members["text"] = .string(text)
            value = .object(members)
        } else {
            value = .string(text)
        }
        return resolveConflict(with: value, side: "edited")
    }

    /// Writes a value at the first conflict's place and removes the conflict, as one undo step;
    /// asks about the next one, if any. False (with the reason said) when the value does not
    /// make a valid register.
    @discardableResult
    private mutating func resolveConflict(with value: JSONValue?, side: String) -> Bool {
        guard let openID, let register, let conflict = register.mergeConflicts.first else { return true }
        switch MergeResolution.resolving(0, of: register, with: value) {
        case .failure(let failure):
            let reason: String
            switch failure {
            case .invalid(let messages): reason = messages.first ?? "not a valid value"
            case .noSuchConflict: reason = "no such conflict"
            }
            message = StatusMessage(text: "Cannot keep that for \(conflict.label): \(reason)", isWarning: true)
            return false
        case .success(let resolved):
            guard let before = snapshot(description: "resolving \(conflict.label) (\(side))") else { return true }
            undoStack.append(before)
            redoStack.removeAll()
            workspace.setRegister(openID, resolved)
            if let next = resolved.mergeConflicts.first {
                overlay = .conflict
                selectEntry(of: next)
                message = StatusMessage(text: "Kept \(side) for \(conflict.label)", isWarning: false)
            } else {
                overlay = nil
                selectEntry(of: conflict)
                message = StatusMessage(text: "Every merge conflict resolved: \(CommandTable.hint(.save, in: .global, "saves"))",
                                        isWarning: false)
            }
            return true
        }
    }

    /// Selects the entry a conflict is in, when it has one: the entry of the identity its location
    /// names, else (a conflict recorded before entries had identities) the entry of that printed id.
    private mutating func selectEntry(of conflict: MergeConflict) {
        guard let named = conflict.location.entry, let entries = register?.entries,
              let index = entries.firstIndex(where: { $0.uid == named }) ?? entries.firstIndex(where: { $0.id == named })
        else { return }
        cellFilter = nil
        searchText = ""
        if register?.entries[index].isClosed == true { showClosed = true }
        selection = index
    }

    /// The text `e` starts from: mine, else theirs, for a text value or an item with text; nil
    /// for a value that is not text (a rating, a whole entry).
    private static func editableText(of conflict: MergeConflict) -> String? {
        if case .item = conflict.location {
            guard case .object(let members)? = itemSide(of: conflict), case .string(let text)? = members["text"] else { return nil }
            return text
        }
        for side in [conflict.mine, conflict.theirs] {
            if case .string(let text)? = side { return text }
        }
        let bothEmpty = [conflict.mine, conflict.theirs].allSatisfy { $0 == nil || $0 == .null }
        return bothEmpty ? "" : nil
    }

    /// For an item conflict, the side's item to take the edited text: mine, else theirs.
    private static func itemSide(of conflict: MergeConflict) -> JSONValue? {
        guard case .item = conflict.location else { return nil }
        if case .object? = conflict.mine { return conflict.mine }
        if case .object? = conflict.theirs { return conflict.theirs }
        return nil
    }

    /// The status line's question on a recorded conflict, then shorter forms.
    func conflictQuestionTexts() -> [String] {
        guard let conflict = recordedConflicts.first else { return [""] }
        let count = recordedConflicts.count
        let keys = [Answer.mine, .theirs, .edit, .stop].map { CommandTable.key(.answer($0), in: .conflict) }
        return ["Merge conflict \(conflict.label) (\(count) left): \(CommandTable.answers(in: .conflict))",
                "Conflict (\(count) left): \(keys[0]) mine · \(keys[1]) theirs · \(keys[2]) edit · \(keys[3]) stop",
                keys.joined(separator: " · ")]
    }

    /// "3 merge conflicts: M resolves", while the open register records some.
    var conflictsWarning: String? {
        let count = recordedConflicts.count
        guard count > 0 else { return nil }
        return "\(count) merge conflict\(count == 1 ? "" : "s"): " + CommandTable.hint(.resolveConflicts, in: .global, "resolves")
    }
}
