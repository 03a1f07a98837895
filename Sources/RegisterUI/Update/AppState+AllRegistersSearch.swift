import RiskRegister

extension AppState {
    /// Tab in the search prompt: search every register with the text typed so far.
    mutating func startSearchingAllRegisters() -> [Effect] {
        isSearching = false
        allSearch = AllRegistersSearch(text: searchText)
        return searchText.isEmpty ? [] : [.searchAll(searchText)]
    }

    /// Tab while searching every register: back to searching the open register, same text.
    mutating func returnToSearchingTheOpenRegister() {
        searchText = allSearch?.text ?? searchText
        allSearch = nil
        isSearching = true
        focus = .list
    }

    /// The search text changed: ask for its entries (nothing to ask for an empty text).
    mutating func editAllRegistersSearch(_ change: (inout String) -> Void) -> [Effect] {
        guard var search = allSearch else { return [] }
        change(&search.text)
        search.selection = 0
        if search.text.isEmpty {
            search.hits = []
            search.answered = ""
        }
        allSearch = search
        return search.text.isEmpty ? [] : [.searchAll(search.text)]
    }

    /// The index's answer: kept when it is for the text typed now; newest register first (as
    /// the picker lists them), entries in register order.
    mutating func receiveSearchResults(query: String, hits: [SearchHit]) {
        guard var search = allSearch, search.text == query else { return }
        var rank: [String: Int] = [:]
        for (position, slot) in workspace.slots.enumerated() { rank[slot.id.fileName] = position }
        search.hits = hits.enumerated().sorted { lhs, rhs in
            let left = rank[lhs.element.file.lastPathComponent] ?? -1
            let right = rank[rhs.element.file.lastPathComponent] ?? -1
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        search.answered = query
        search.selection = min(search.selection, max(0, hits.count - 1))
        allSearch = search
    }

    /// The index has come further; once complete, a search under way is asked again so that it
    /// covers every register.
    mutating func indexAdvanced(to progress: IndexProgress) -> [Effect] {
        let completed = progress.isComplete && !(indexProgress?.isComplete ?? false)
        indexProgress = progress
        if completed, let search = allSearch, !search.text.isEmpty { return [.searchAll(search.text)] }
        return []
    }

    /// Moves the highlight among the entries found.
    mutating func moveAllRegistersSelection(_ action: Action) {
        guard var search = allSearch, !search.hits.isEmpty else { return }
        let page = max(1, (layout.map { $0.allRegistersSearchRows } ?? 1) - 1)
        search.selection = max(0, min(search.hits.count - 1, Self.step(search.selection, action, page: page)))
        allSearch = search
    }

    /// Enter: the highlighted entry's register opens (loaded first if need be) on that entry.
    mutating func openFoundEntry() {
        guard let search = allSearch, search.hits.indices.contains(search.selection) else { return }
        let hit = search.hits[search.selection]
        guard let id = workspace.slots.first(where: { $0.id.fileName == hit.file.lastPathComponent })?.id else {
            message = StatusMessage(text: "\(hit.file.lastPathComponent) is no longer in the data directory", isWarning: true)
            return
        }
        overlay = nil
        allSearch = nil
        openRegister(id)
        pendingEntry = EntryLocation(register: id, entry: .id(hit.id))
        selectPendingEntry()
    }

    /// Selects the entry a search result, a link or the roll-up asked for, once its register is
    /// open and loaded: every filter that would hide it cleared, the pane it asks for focused.
    mutating func selectPendingEntry() {
        guard let pending = pendingEntry, pending.register == openID, let register else { return }
        pendingEntry = nil
        kind = .all
        cellFilter = nil
        searchText = ""
        outsideAppetite = false
        guard let index = pending.index(in: register) else {
            message = StatusMessage(text: "No entry \(pending.shownName) in \(pending.register.fileName) now", isWarning: true)
            return
        }
        if register.entries[index].isClosed { showClosed = true }
        selection = index
        focus = pending.focus
        linkArrival = pending.from
        placeCursor(on: Placement(register.entries[index].rating(rating)))
    }
}
