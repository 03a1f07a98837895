import RiskRegister

extension AppState {
    /// The open register and its file, if any register loaded.
    var loaded: LoadedRegister? {
        registers.indices.contains(registerIndex) ? registers[registerIndex] : nil
    }

    /// The open register.
    var register: Register? { loaded?.register }

    /// The layout for the terminal's size; nil when it is too small.
    var layout: Layout? { Layout(size: size) }

    /// The drawing characters for the terminal.
    var glyphs: Glyphs { .of(capabilities) }

    /// The list's filter and order.
    var query: EntryQuery {
        EntryQuery(kind: kind, cell: cellFilter, search: searchText, sort: sort, rating: rating)
    }

    /// The indices of the entries the list shows, in order.
    var visibleEntries: [Int] {
        register.map(query.indices(in:)) ?? []
    }

    /// What the heat map shows.
    var heatModel: HeatMapModel? {
        register.map { HeatMapModel(register: $0, kind: kind, rating: rating) }
    }

    /// The selected entry.
    var selectedEntry: Entry? {
        guard let register, let selection, register.entries.indices.contains(selection) else { return nil }
        return register.entries[selection]
    }

    /// The picker's rows, newest register first, as indices into `registers`.
    var pickerRows: [Int] { Array(registers.indices.reversed()) }

    /// The detail pane's lines for the selected entry at the current layout.
    var detailRows: [[Span]] { detailLayout.rows }

    /// The detail pane's lines with the cursor target of each.
    var detailLayout: (rows: [[Span]], targets: [DetailTarget?]) {
        guard let layout, let register, let entry = selectedEntry else { return ([], []) }
        let width = layout.detail.inset(by: 1).width
        let glyphs = glyphs
        return detailLayoutCache.layout(for: entry, scale: register.scale, width: width, unicode: capabilities.unicode) {
            DetailContent.annotatedRows(for: entry, scale: register.scale, width: width, glyphs: glyphs)
        }
    }

    /// The help's lines at the current layout.
    var helpRows: [[Span]] {
        guard let layout else { return [] }
        return HelpContent.rows(width: layout.helpBox.inset(by: 1).width, scale: register?.scale ?? .standard, glyphs: glyphs)
    }
}
