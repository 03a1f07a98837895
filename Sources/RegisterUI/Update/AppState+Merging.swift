import RiskRegister

extension AppState {
    /// Restores an earlier session's edits: as they were when the file is still the one they
    /// started from, else merged three ways onto what was saved since.
    mutating func restore(_ found: RecoveryFile.Found, into id: RegisterID) -> [Effect] {
        guard let loaded = workspace.files[id], let contents = found.contents(onto: loaded.baseline) else { return [] }
        if contents.baseDigest == Digest.sha256(loaded.diskBytes) || contents.base == nil {
            recovered[id] = nil
            workspace.setRegister(id, contents.edits)
            message = StatusMessage(text: "Restored the unsaved edits to \(loaded.fileName)", isWarning: false)
            askNextRecovery()
            return [.discardRecovery(loaded.url)]
        }
        let base = contents.base ?? loaded.register
        return startMerge(base: base, mine: contents.edits, theirs: loaded, origin: .restore)
    }

    /// Merges my edits onto the file as it is now; asks about each place both changed.
    @discardableResult
    mutating func startMerge(base: Register, mine: Register, theirs: LoadedRegister,
                             origin: MergeSession.Origin) -> [Effect] {
        let session = MergeSession(url: theirs.url, merge: RegisterMerge(base: base, mine: mine, theirs: theirs.register),
                                   theirs: theirs, origin: origin)
        if session.current == nil { return finishMerge(session) }
        overlay = .merge(session)
        return []
    }

    /// m, t or Esc on a merge question.
    mutating func answerMerge(_ answer: Answer) -> [Effect] {
        guard case .merge(var session) = overlay else { return [] }
        switch answer {
        case .mine: session.keepMine.append(true)
        case .theirs: session.keepMine.append(false)
        case .stop:
            overlay = nil
            switch session.origin {
            case .restore:
                message = StatusMessage(text: "Restore stopped; your edits stay in the recovery file, offered at the next start",
                                        isWarning: true)
                askNextRecovery()
            case .reload:
                message = StatusMessage(text: "Not reloaded; your edits are unchanged and unsaved", isWarning: true)
            }
            return []
        default:
            return []
        }
        overlay = .merge(session)
        return session.current == nil ? finishMerge(session) : []
    }

    /// Every question answered: the merged register becomes the unsaved edits of the file as it
    /// is now, so a save records only my changes and keeps everything saved since.
    private mutating func finishMerge(_ session: MergeSession) -> [Effect] {
        overlay = nil
        let id = RegisterID(session.url)
        guard workspace.files[id] != nil, let merged = session.merge.resolved(keepMine: session.keepMine) else {
            message = StatusMessage(text: "The merge did not give a valid register; nothing changed", isWarning: true)
            return []
        }
        replace(id, with: session.theirs, edits: merged)
        if session.origin == .restore { recovered[id] = nil }
        let asked = session.keepMine.count
        let saved = session.theirs.fileName
        let detail = asked == 0 ? "" : " (\(asked) place\(asked == 1 ? "" : "s") both changed, as you chose)"
        switch session.origin {
        case .restore:
            message = StatusMessage(text: "Restored your edits onto \(saved) as saved since\(detail); not saved yet",
                                    isWarning: false)
            askNextRecovery()
            return [.discardRecovery(session.url)]
        case .reload:
            message = StatusMessage(text: "Reloaded \(saved) and merged your edits\(detail); not saved yet", isWarning: false)
            return []
        }
    }

    /// Puts a file as now on disk in place of a register, with `edits` as its unsaved state;
    /// undo steps of the register are dropped (they describe the old file).
    mutating func replace(_ id: RegisterID, with loaded: LoadedRegister, edits: Register) {
        workspace.replace(id, with: loaded, edits: edits)
        undoStack.removeAll { $0.registerID == id }
        redoStack.removeAll { $0.registerID == id }
    }
}
