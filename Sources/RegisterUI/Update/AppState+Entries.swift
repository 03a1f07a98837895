import RiskRegister

extension AppState {
    /// Sets the time used to stamp closings and reviews and the date of progress notes, both read
    /// from one clock (the runtime calls it before each event).
    public mutating func setClock(now: String, today: String) {
        self.now = now
        self.today = today
    }

    /// `A`: asks the new entry's kind.
    mutating func addEntry() {
        guard register != nil else { return }
        overlay = .prompt(.newEntryKind)
    }

    /// The kind is chosen: the id next, the next of the kind's sequence suggested.
    mutating func chooseNewEntryKind(_ kind: EntryKind) {
        guard let register else { return }
        overlay = .editor(TextEditor(target: .form(.newEntryID(kind)), text: EntryNumbering.nextID(for: kind, in: register)))
    }

    /// The answers of the forms the text editor asks; false (with a message) to keep the editor open.
    mutating func applyForm(_ text: String, _ field: FormField) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case .newEntryID(let kind):
            guard let register else { return true }
            guard !trimmed.isEmpty, !trimmed.contains("\n") else {
                message = StatusMessage(text: "An entry needs an id on one line", isWarning: true)
                return false
            }
            if register.entries.contains(where: { EntryIdentity.key($0.id) == EntryIdentity.key(trimmed) }) {
                message = StatusMessage(text: "\(trimmed) is taken: choose another id", isWarning: true)
                return false
            }
            overlay = .editor(TextEditor(target: .form(.newEntryTitle(id: trimmed, kind: kind)), text: ""))
        case .newEntryTitle(let id, let kind):
            guard !trimmed.isEmpty else {
                message = StatusMessage(text: "An entry needs a title", isWarning: true)
                return false
            }
            // Adding an entry is its review this quarter.
            appendEntry(Entry(id: id, uid: EntryUID.new(), kind: kind, title: text,
                              reviews: [Review(at: now, by: author, outcome: .changed, note: "added")]))
        case .closeReason:
            guard !trimmed.isEmpty else {
                message = StatusMessage(text: "Say why the entry is closed (the committee will ask)", isWarning: true)
                return false
            }
            let (now, author) = (now, author)
            change("closing") { $0.status = .closed(at: now, by: author, reason: text) }
            let id = selectedEntry?.id ?? ""
            message = StatusMessage(text: "Closed \(id)" + (showClosed ? "" : " (hidden: \(CommandTable.hint(.toggleClosed, in: .global, "shows closed entries")))"),
                                    isWarning: false)
        case .newQuarterPeriod:
            return startNewQuarter(period: trimmed)
        case .appetite:
            return applyAppetite(text)
        case .conflictValue:
            return resolveConflict(withText: text)
        }
        return true
    }

    /// Adds an entry at the end of the open register (one undo step), selects it and opens its
    /// detail.
    private mutating func appendEntry(_ entry: Entry) {
        guard let openID, var register, let before = snapshot(description: "new entry \(entry.id)") else { return }
        undoStack.append(before)
        redoStack.removeAll()
        register.entries.append(entry)
        workspace.setRegister(openID, register)
        cellFilter = nil
        searchText = ""
        selection = register.entries.count - 1
        focus = .detail
        detailTop = 0
        detailCursor = 0
        let owner = CommandTable.hint(.edit, in: .detail, "edits")
        message = StatusMessage(text: "Added \(entry.id): give it an owner, ratings and controls (\(owner) the line under the cursor)",
                                isWarning: false)
    }

    /// `x`: asks why the selected entry is closed; on a closed entry, asks whether to reopen it.
    mutating func closeEntry() {
        guard let selection, let entry = selectedEntry else { return }
        if entry.isClosed {
            overlay = .prompt(.reopen(selection))
        } else {
            overlay = .editor(TextEditor(target: .form(.closeReason), text: ""))
        }
    }

    /// The reopen question answered yes.
    mutating func reopen(_ index: Int) {
        guard index == selection else { return }
        change("reopening") { $0.status = .open }
        message = StatusMessage(text: "Reopened \(selectedEntry?.id ?? "")", isWarning: false)
    }

    /// `z`: closed entries shown or hidden.
    mutating func toggleClosed() {
        showClosed.toggle()
        let count = register?.entries.filter(\.isClosed).count ?? 0
        message = StatusMessage(text: showClosed ? "Showing closed entries (\(count))" : "Closed entries hidden (\(count))",
                                isWarning: false)
    }

    /// `e` on the kind line: a risk becomes an opportunity and the other way round.
    mutating func flipKind() {
        change("change of kind") { $0.kind = $0.kind == .risk ? .opportunity : .risk }
        message = StatusMessage(text: "\(selectedEntry?.id ?? "") is now \(selectedEntry?.kind == .risk ? "a risk" : "an opportunity")",
                                isWarning: false)
    }
}
