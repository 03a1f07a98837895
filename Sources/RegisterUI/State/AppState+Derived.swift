import RiskRegister

extension AppState {
    /// The open register and its file, if any register loaded.
    var loaded: LoadedRegister? {
        openID.flatMap { workspace.files[$0] }
    }

    /// The open register.
    var register: Register? { loaded?.register }

    /// The layout for the terminal's size; nil when it is too small.
    var layout: Layout? { Layout(size: size) }

    /// The drawing characters for the terminal.
    var glyphs: Glyphs { .of(capabilities) }

    /// The list's filter and order.
    var query: EntryQuery {
        EntryQuery(kind: kind, cell: cellFilter, search: searchText, sort: sort, rating: rating, showClosed: showClosed,
                   outsideAppetite: outsideAppetite)
    }

    /// The indices of the entries the list shows, in order; computed again only when the open
    /// register, one of its entries or the query changed.
    var visibleEntries: [Int] {
        guard let openID, let register else { return [] }
        let query = query
        let key = DerivedCache.ListKey(register: openID, revision: workspace.revision, query: query)
        return derived.visibleEntries.value(for: key) { _ in
            let matches = query.search.isEmpty ? nil : searchMatches(query.search)
            return query.indices(in: register, searchMatches: matches)
        }
    }

    /// The entries of the open register holding the search text: a search letter that extends the
    /// last search looks only among the entries that held it.
    private func searchMatches(_ text: String) -> [Int] {
        guard let openID, let register else { return [] }
        let key = DerivedCache.ListKey.ID(register: openID, revision: workspace.revision)
        let texts = derived.search.value(for: key) { previous in
            SearchTexts(entries: register.entries, reusing: previous?.key.register == openID ? previous?.value : nil)
        }
        let last = derived.lastSearch.value
        let candidates = last.flatMap { last in
            last.key == key && !last.text.isEmpty && text.hasPrefix(last.text) ? last.matches : nil
        }
        let matches = texts.matching(text, among: candidates)
        derived.lastSearch.value = (key, text, matches)
        return matches
    }

    /// What the list's columns need to know of the open register's entries; computed again only
    /// when the register changed.
    var listSummary: ListSummary {
        guard let openID, let register else { return ListSummary(entries: []) }
        let key = DerivedCache.ListKey.ID(register: openID, revision: workspace.revision)
        return derived.listSummary.value(for: key) { _ in ListSummary(entries: register.entries) }
    }

    /// What the heat map shows: the entries the list's kind filter and search let through (the
    /// cell filter is the map's own choice, so every cell stays visible); computed again only
    /// when the open register or what it shows changed.
    var heatModel: HeatMapModel? {
        guard let openID, let register else { return nil }
        let query = EntryQuery(kind: kind, cell: nil, search: searchText, sort: .document, rating: rating, showClosed: showClosed,
                               outsideAppetite: outsideAppetite)
        let key = DerivedCache.HeatKey(register: openID, revision: workspace.revision, query: query)
        return derived.heatModel.value(for: key) { _ in
            let matches = query.search.isEmpty ? nil : searchMatches(query.search)
            return HeatMapModel(register: register, entries: query.indices(in: register, searchMatches: matches),
                                kind: kind, rating: rating)
        }
    }

    /// The selected entry.
    var selectedEntry: Entry? {
        guard let register, let selection, register.entries.indices.contains(selection) else { return nil }
        return register.entries[selection]
    }

    /// The picker's rows, newest register first.
    var pickerRows: [RegisterID] { workspace.slots.reversed().map(\.id) }

    /// The detail pane's lines for the selected entry at the current layout.
    var detailRows: [[Span]] { detailLayout.rows }

    /// The detail pane's lines with the cursor target of each.
    var detailLayout: (rows: [[Span]], targets: [DetailTarget?]) {
        guard let layout, let register, let entry = shownEntry else { return ([], []) }
        let width = layout.detail.inset(by: 1).width
        let glyphs = glyphs
        let additions = detailAdditions(width: width)
        let key = DerivedCache.DetailKey(entry: entry, scale: register.scale, width: width, unicode: capabilities.unicode,
                                         additions: additions)
        return derived.detailLayout.value(for: key) { _ in
            DetailContent.annotatedRows(for: entry, scale: register.scale, width: width, glyphs: glyphs, additions: additions)
        }
    }

    /// The help's lines at the current layout.
    var helpRows: [[Span]] {
        guard let layout else { return [] }
        return HelpContent.rows(width: layout.helpBox.inset(by: 1).width, scale: register?.scale ?? .standard, glyphs: glyphs)
    }
}
