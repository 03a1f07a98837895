import RiskRegister

extension AppState {
    /// The open register's summary risk profile, each row's movement computed against the
    /// predecessor when that one is loaded (`wantEarlierRegisters` asks for it); computed again only when a register changed.
    var summaryProfile: SummaryProfile? {
        guard let openID, let register else { return nil }
        let predecessor = predecessorID(of: openID).flatMap { id in workspace.register(id).map { (id, $0) } }
        let key = DerivedCache.ProfileKey(register: openID, revision: workspace.revision, predecessor: predecessor?.0)
        return derived.profile.value(for: key) { _ in SummaryProfile(register: register, predecessor: predecessor?.1) }
    }

    /// `P`: opens the summary risk profile on the selected entry's row.
    mutating func showProfile() {
        guard let profile = summaryProfile else { return }
        let row = selectedEntry.flatMap { entry in profile.rows.firstIndex { $0.entryID == entry.id } } ?? 0
        overlay = .profile(ProfileTable(selection: row, sort: .document))
    }

    /// Moves the profile's highlight.
    mutating func moveProfileSelection(_ action: Action) {
        guard case .profile(var table) = overlay, let profile = summaryProfile else { return }
        let page = max(1, (layout.map { ProfileView.rows(in: $0) } ?? 1) - 1)
        table.selection = max(0, min(profile.rows.count - 1, Self.step(table.selection, action, page: page)))
        overlay = .profile(table)
    }

    /// `s` in the profile: the next order, the same row highlighted.
    mutating func cycleProfileSort() {
        guard case .profile(var table) = overlay, let profile = summaryProfile else { return }
        let order = table.sort.order(profile.rows)
        let row = order.indices.contains(table.selection) ? order[table.selection] : 0
        table.sort = table.sort.next
        table.selection = table.sort.order(profile.rows).firstIndex(of: row) ?? 0
        overlay = .profile(table)
    }

    /// Enter in the profile: closes it, selects the highlighted row's entry (every filter that
    /// would hide it cleared) and focuses the detail.
    mutating func openProfileEntry() {
        guard case .profile(let table) = overlay, let profile = summaryProfile, let register else { return }
        let order = table.sort.order(profile.rows)
        guard order.indices.contains(table.selection) else { return }
        let id = profile.rows[order[table.selection]].entryID
        overlay = nil
        guard let index = register.entries.firstIndex(where: { $0.id == id }) else { return }
        kind = .all
        cellFilter = nil
        searchText = ""
        outsideAppetite = false
        selection = index
        focus = .detail
        detailTop = 0
        detailCursor = 0
        placeCursor(on: Placement(register.entries[index].rating(rating)))
    }
}
