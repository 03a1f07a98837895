import RiskRegister

extension AppState {
    /// The open register compared with the one compare mode names, once both are loaded; nil
    /// outside compare mode (or compared with itself). Computed again only when a register changes.
    var compareDelta: RegisterDelta? {
        guard let compare, let openID, compare.other != openID, let open = register,
              let other = workspace.register(compare.other) else { return nil }
        let key = CycleCache.PairKey(open: openID, other: compare.other, revision: workspace.revision)
        return derived.cycle.delta.value(for: key) { _ in RegisterDelta(open: open, other: other) }
    }

    /// The period of the register compared with ("2021/22 Q3"), its file name before it is known.
    var comparedPeriod: String? {
        guard let compare else { return nil }
        return workspace.register(compare.other)?.period ?? workspace.slot(compare.other)?.period ?? compare.other.fileName
    }

    /// The removed entries the list shows after the open register's: those of the kinds shown,
    /// while no cell filter or search narrows the list (they are not on the open register's map);
    /// an entry closed on the open register is among them unless closed entries are listed anyway.
    var listedRemovedEntries: [EntryComparison] {
        guard let delta = compareDelta, cellFilter == nil, searchText.isEmpty else { return [] }
        return delta.removed.filter { ($0.before.map { kind.includes($0.kind) } ?? false) && !(showClosed && $0.after != nil) }
    }

    /// The comparison of the entry the detail pane shows, in compare mode.
    var shownComparison: EntryComparison? {
        guard let delta = compareDelta else { return nil }
        if let row = compare?.removedRow { return listedRemovedEntries.indices.contains(row) ? listedRemovedEntries[row] : nil }
        guard let selection, delta.entries.indices.contains(selection) else { return nil }
        return delta.entries[selection]
    }

    /// The entry the detail pane shows: the selected removed entry (from the register compared
    /// with, read only), else the selected entry.
    var shownEntry: Entry? {
        if compare?.removedRow != nil { return shownComparison?.before }
        return selectedEntry
    }

    /// The list's rows: the entries shown, then in compare mode the removed entries.
    var listRowCount: Int { visibleEntries.count + listedRemovedEntries.count }

    /// The selected row of the list, counting the removed entries after the open register's.
    var listPosition: Int? {
        if let row = compare?.removedRow { return visibleEntries.count + row }
        return selection.flatMap { visibleEntries.firstIndex(of: $0) }
    }

    /// `c`: out of compare mode, the register picker to choose what to compare with, its
    /// predecessor highlighted; in compare mode, stop comparing.
    mutating func toggleCompare() {
        if compare != nil {
            compare = nil
            return
        }
        guard let openID else { return }
        let highlighted = predecessorID(of: openID) ?? openID
        overlay = .picker(selection: pickerRows.firstIndex(of: highlighted) ?? 0, comparing: true)
    }

    /// Enter (or a click) on a picker row while choosing what to compare with.
    mutating func chooseComparison(_ row: Int) {
        guard pickerRows.indices.contains(row) else {
            message = StatusMessage(text: "That file did not load; choose a register to compare with", isWarning: true)
            return
        }
        guard pickerRows[row] != openID else {
            message = StatusMessage(text: "That is the register shown; choose another to compare with", isWarning: true)
            return
        }
        overlay = nil
        startComparing(with: pickerRows[row])
    }

    /// Compares the open register with `id`, loading it if need be.
    mutating func startComparing(with id: RegisterID) {
        compare = CompareSession(other: id)
        want(id)
    }

    /// Moves the list selection in compare mode, through the open register's entries and on into
    /// the removed ones.
    mutating func moveCompareSelection(_ action: Action) {
        let visible = visibleEntries
        let count = listRowCount
        guard count > 0 else { return }
        let page = max(1, layout.map { ListGeometry(pane: $0.list).visibleRows } ?? 1)
        let position = max(0, min(count - 1, Self.step(listPosition ?? 0, action, page: page)))
        if position < visible.count { selection = visible[position] }
        selectRemovedEntry(position < visible.count ? nil : position - visible.count)
    }

    /// Selects a removed entry by its position among those listed (nil: the selected entry of the
    /// open register again); the detail pane starts at its top.
    mutating func selectRemovedEntry(_ row: Int?) {
        guard compare != nil, row != compare?.removedRow else { return }
        compare?.removedRow = row
        detailTop = 0
        detailCursor = 0
    }

    /// Keeps compare mode consistent: a removed entry selected only while it is listed.
    mutating func normalizeCompare() {
        if let row = compare?.removedRow, !listedRemovedEntries.indices.contains(row) {
            compare?.removedRow = nil
        }
    }

    /// True (saying so) when `action` would change the entry shown and that is a removed entry,
    /// which belongs to the register compared with and is read only.
    mutating func refusesRemovedEntry(_ action: Action) -> Bool {
        guard compare?.removedRow != nil, overlay == nil else { return false }
        switch action {
        case .edit, .editExternally, .addItem, .deleteItem, .moveItemDown, .moveItemUp, .addProgress, .cycleTrend, .editScore,
             .closeEntry, .reviewNoChange, .renumber:
            message = StatusMessage(text: "removed entry: read only", isWarning: true)
            return true
        default:
            return false
        }
    }

    /// In compare mode, the heat map's marks: the shown entry's cell now (●) and in the register
    /// compared with (○, "before").
    var compareMarks: HeatMarks? {
        guard let comparison = shownComparison else { return nil }
        func placement(_ entry: Entry?) -> Placement? {
            entry.map { Placement($0.rating(rating)) }.flatMap { $0 == .unrated ? nil : $0 }
        }
        return HeatMarks(current: placement(comparison.after), earlier: placement(comparison.before))
    }

    /// In compare mode, how many more (or fewer) entries a heat-map cell holds than in the
    /// register compared with.
    func heatChange(likelihood: Int, impact: Int) -> Int? {
        guard let compare, let openID, let model = heatModel, compareDelta != nil,
              let other = workspace.register(compare.other) else { return nil }
        let key = CycleCache.HeatKey(pair: CycleCache.PairKey(open: openID, other: compare.other, revision: workspace.revision),
                                     kind: kind, rating: rating, search: searchText, showClosed: showClosed,
                                     outsideAppetite: outsideAppetite)
        let changes = derived.cycle.heatChanges.value(for: key) { _ in
            // The same filters as the map shown (kind, search, closed entries, outside its appetite), on the other register.
            let query = EntryQuery(kind: kind, cell: nil, search: searchText, sort: .document, rating: rating,
                                   showClosed: showClosed, outsideAppetite: outsideAppetite)
            let earlier = HeatMapModel(register: other, entries: query.indices(in: other), kind: kind, rating: rating)
            return Scale.factorRange.flatMap { impact in
                Scale.factorRange.map { likelihood in
                    model.ids(likelihood: likelihood, impact: impact).count
                        - earlier.ids(likelihood: likelihood, impact: impact).count
                }
            }
        }
        let index = 5 * (impact - 1) + likelihood - 1
        return changes.indices.contains(index) ? changes[index] : nil
    }

    /// The status line's note in compare mode: "Comparing with 2021/22 Q3 · c/Esc ends".
    var compareStatus: String? {
        guard let compare, compare.other != openID, let period = comparedPeriod else { return nil }
        let keys = CommandTable.key(.compare, in: .global) + "/" + CommandTable.key(.backOut, in: .heatMap)
        let loading = workspace.register(compare.other) == nil ? " (loading)" : ""
        return "Comparing with \(period)\(loading)\(glyphs.separator)\(keys) ends"
    }
}
