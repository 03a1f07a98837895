import RiskRegister

/// Applies an event to the state and returns what the backend must do besides drawing the next
/// frame. Pure: no I/O, no terminal.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    state.apply(event)
}

extension AppState {
    /// Applies an event, then restores the state's invariants.
    mutating func apply(_ event: Event) -> [Effect] {
        let selectedBefore = selection
        var effects: [Effect] = []
        switch event {
        case .resize(let width, let height):
            size = Size(width: width, height: height)
        case .key(let key):
            message = nil
            let matchLine = detailMatchLine
            effects = handle(key)
            // Only n / N set it; any other key forgets it, so the next n starts from the cursor.
            if detailMatchLine == matchLine { detailMatchLine = nil }
        case .paste(let text):
            message = nil
            effects = paste(text)
        case .mouse(let mouse):
            handle(mouse)
        case .saved(let id, let result):
            effects = saved(id, result)
        case .recoveryNotKept(let urls, let reason):
            let names = urls.map(\.lastPathComponent).joined(separator: ", ")
            message = StatusMessage(text: "Could not keep unsaved edits to \(names) in a recovery file (\(reason)); trying again",
                                    isWarning: true)
        case .indexProgress(let indexed, let total):
            effects = indexAdvanced(to: IndexProgress(indexed: indexed, total: total))
        case .savePrepared(let id, let prepared):
            workspace.prepared(prepared, for: id)
        case .searchPrepared(let id, let texts):
            searchPrepared(texts, for: id)
        case .searchResults(let query, let hits):
            receiveSearchResults(query: query, hits: hits)
        case .listed(let slots):
            listed(slots)
        case .loaded(let id, let result):
            loaded(id, result)
        case .reloaded(let result):
            reloaded(result)
        case .externalEditFinished(let outcome):
            finishExternalEdit(outcome)
        case .created(let id, let result):
            created(id, result)
        case .gitStatus(let status):
            gitStatus = status
        case .committed(let id, let result):
            effects = committed(id, result)
        case .saveWaiting(let id, let lock):
            message = StatusMessage(text: "Waiting for another riskreg's save of \(id.fileName) to finish (its lock \(lock)), "
                                    + "at most \(LockWait.standardLimit.components.seconds) s; quitting gives up the wait", isWarning: true)
        case .changedOnDisk(let id, let result):
            effects = changedOnDisk(id, result)
        case .notice(let text):
            message = StatusMessage(text: text, isWarning: true)
        }
        normalize()
        // A newly shown entry starts at its top, whether the event chose it or `normalize` did
        // (a kind filter or a search that left the old one out of the list).
        if selection != selectedBefore {
            detailTop = 0
            detailCursor = 0
        }
        arriveAtLink()
        wantEarlierRegisters()
        wantLinkedRegisters()
        return effects + takeOutbox() + pendingLoads()
    }

    /// The contexts whose keys are live, first winning.
    var activeContexts: [CommandContext] {
        switch overlay {
        case .help: [.help]
        case .picker: [.picker]
        case .searchAll: [.searchAll]
        case .profile: [.profile]
        case .rollUp: [.rollUp]
        case .editor: [.editor]
        case .score: [.score]
        case .prompt(.quit): [.quitQuestion]
        case .prompt(.newEntryKind): [.kindQuestion]
        case .merge: [.merge]
        case .conflict: [.conflict]
        case .prompt: [.question]
        // A search typed while the register loads stays a search: its letters are never commands.
        case nil where isSearching: [.search]
        case nil where register == nil: [.global]
        case nil where review != nil: [.review, focus.context, .global]
        case nil: [focus.context, .global]
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if let command = CommandTable.command(for: key, in: activeContexts) {
            return perform(command.action)
        }
        if case .editor = overlay {
            if case .character(let character) = key, !DisplayText.isControl(character) { typeInEditor(character) }
            return []
        }
        if case .prompt(let prompt) = overlay {
            switch prompt {
            case .delete, .discardEdit, .reload, .readOnly, .reopen: return perform(.answer(.no))
            case .quit, .recovery, .newEntryKind: return []
            }
        }
        if isSearching, overlay == nil, case .character(let character) = key, !DisplayText.isControl(character) {
            searchText.append(character)
        }
        if allSearch != nil, case .character(let character) = key, !DisplayText.isControl(character) {
            return editAllRegistersSearch { $0.append(character) }
        }
        return []
    }

    /// A paste: into the text editor at its cursor, or the search text (on one line); anywhere
    /// else it does nothing but say so, so pasted text can never run as commands.
    private mutating func paste(_ text: String) -> [Effect] {
        if case .editor(var editor) = overlay {
            editor.insert(text)
            overlay = .editor(editor)
        } else if isSearching, overlay == nil {
            searchText += text.filter { !DisplayText.isControl($0) }
        } else if allSearch != nil {
            return editAllRegistersSearch { $0 += text.filter { !DisplayText.isControl($0) } }
        } else {
            let keys = [CommandTable.hint(.edit, in: .detail, "edits"), CommandTable.hint(.addItem, in: .detail, "adds"),
                        CommandTable.hint(.addProgress, in: .global, "adds a progress note")]
            message = StatusMessage(text: "Paste ignored: open an editor first (\(keys.joined(separator: ", ")))",
                                    isWarning: true)
        }
        return []
    }

    /// Does what an action says in the active context.
    mutating func perform(_ action: Action) -> [Effect] {
        if refusesRemovedEntry(action) { return [] }
        switch action {
        case .quit:
            return quit()
        case .showHelp:
            overlay = .help(top: 0)
        case .showRegisters:
            overlay = .picker(selection: openID.flatMap { pickerRows.firstIndex(of: $0) } ?? 0)
        case .compare:
            toggleCompare()
        case .closeOverlay:
            overlay = nil
            allSearch = nil
        case .searchAllRegisters:
            return startSearchingAllRegisters()
        case .searchOpenRegister:
            returnToSearchingTheOpenRegister()
        case .openFoundEntry:
            openFoundEntry()
        case .chooseRegister:
            if case .picker(let row, _) = overlay { choosePickerRow(row) }
        case .nextPane:
            focus = focus.next
        case .previousPane:
            focus = focus.previous
        case .focus(let pane):
            focus = pane
        case .cycleRating:
            rating = rating.next
        case .cycleKind:
            kind = kind.next
        case .cycleSort:
            if case .profile = overlay { cycleProfileSort() } else { sort = sort.next }
        case .startSearch:
            isSearching = true
        case .acceptSearch:
            isSearching = false
            focus = .list
        case .cancelSearch:
            isSearching = false
            searchText = ""
        case .deleteSearchCharacter:
            if allSearch != nil { return editAllRegistersSearch { if !$0.isEmpty { $0.removeLast() } } }
            if !searchText.isEmpty { searchText.removeLast() }
        case .clearSearchText:
            if allSearch != nil { return editAllRegistersSearch { $0 = "" } }
            searchText = ""
        case .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .moveToFirst, .moveToLast:
            move(action)
        case .filterByCell:
            filterByCursor()
        case .openEntry:
            focus = .detail
        case .backOut:
            backOut()
        case .edit:
            editUnderCursor()
        case .editExternally:
            return externalEditUnderCursor()
        case .addItem:
            addItem()
        case .deleteItem:
            askDelete()
        case .moveItemDown:
            moveItem(by: 1)
        case .moveItemUp:
            moveItem(by: -1)
        case .addProgress:
            addProgress()
        case .cycleTrend:
            cycleTrend()
        case .nextMatch:
            jumpToMatch(forward: true)
        case .previousMatch:
            jumpToMatch(forward: false)
        case .editScore:
            openScoreEditor()
        case .showNotes:
            showNotes()
        case .undo:
            undo()
        case .redo:
            redo()
        case .save:
            return save()
        case .addEntry:
            addEntry()
        case .closeEntry:
            closeEntry()
        case .toggleClosed:
            toggleClosed()
        case .toggleOutsideAppetite:
            toggleOutsideAppetite()
        case .editAppetite:
            askAppetite()
        case .showProfile:
            showProfile()
        case .openProfileEntry:
            openProfileEntry()
        case .showRollUp:
            showRollUp()
        case .openRollUpEntry:
            openRollUpEntry()
        case .renumber:
            renumber()
        case .startNewQuarter:
            askNewQuarterPeriod()
        case .toggleReview:
            toggleReview()
        case .reviewNoChange:
            reviewNoChange()
        case .editor(let action):
            return performEditor(action)
        case .score(let action):
            performScore(action)
        case .resolveConflicts:
            startResolvingConflicts()
        case .answer(let answer):
            return self.answer(answer)
        }
        return []
    }

    /// Switches to a register: filters and search cleared, its first entry selected and the
    /// heat-map cursor on that entry.
    mutating func openRegister(_ id: RegisterID) {
        openID = id
        cellFilter = nil
        searchText = ""
        isSearching = false
        selection = nil
        listTop = 0
        detailTop = 0
        detailCursor = 0
        normalize()
        if let entry = selectedEntry {
            placeCursor(on: Placement(entry.rating(rating)))
        }
    }

    /// Esc outside overlays and the prompt: in the detail pane, back to the list; in the list,
    /// clear the search, else the cell filter, else the appetite filter, else back to the heat map; in the heat map, clear
    /// the cell filter, else stop comparing.
    private mutating func backOut() {
        switch focus {
        case .detail:
            focus = .list
        case .list:
            if !searchText.isEmpty {
                searchText = ""
            } else if cellFilter != nil {
                cellFilter = nil
            } else if outsideAppetite {
                outsideAppetite = false
            } else {
                focus = .heatMap
            }
        case .heatMap:
            if cellFilter == nil { compare = nil }
            cellFilter = nil
        }
    }

    /// Filters the list to the position under the heat-map cursor and focuses the list.
    mutating func filterByCursor() {
        guard let model = heatModel else { return }
        cellFilter = CellFilter(rating: rating, placement: model.placement(at: cursor))
        selection = nil
        focus = .list
    }
}
