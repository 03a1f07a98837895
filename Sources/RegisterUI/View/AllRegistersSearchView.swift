import RiskRegister

/// The search across every register: a box over the panes with the text typed, how many entries
/// hold it in how many registers (or that the index is still being built), and one row per entry
/// found: its register's period and file, its id and title; the highlighted one marked.
enum AllRegistersSearchView {
    static func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        guard let search = state.allSearch else { return }
        let glyphs = state.glyphs
        let frame = layout.allRegistersSearchBox
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        let keys = [CommandTable.hint(.openFoundEntry, in: .searchAll, "opens"),
                    CommandTable.hint(.searchOpenRegister, in: .searchAll, "this register"),
                    CommandTable.hint(.closeOverlay, in: .searchAll, "closes")]
        Frame.draw(frame, title: (["Search all registers"] + keys).joined(separator: glyphs.separator), focused: true,
                   glyphs: glyphs, on: &screen)
        let end = inner.x + screen.put("/ " + search.text, x: inner.x, y: inner.y, limit: inner.maxX - 1)
        screen.put(" ", x: end, y: inner.y, style: Style(.cursor), limit: inner.maxX)
        screen.cursor = Point(x: end, y: inner.y)
        screen.put(summary(search, progress: state.indexProgress), x: inner.x, y: inner.y + 1, style: Style(.dim),
                   limit: inner.maxX)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: layout.allRegistersSearchRows)
        let table = TableView(rect: list, count: search.hits.count, showing: search.selection)
        table.draw(on: &screen, row: { position in
            let hit = search.hits[position]
            let pointer = position == search.selection ? glyphs.selection : " "
            return TableView.fit([(pointer + " ", 2, .focusedTitle), (hit.period, 12, .normal), (hit.stem, 21, .dim),
                                  (hit.id, 9, .normal)],
                                 rest: (hit.title, .normal), width: list.width, ellipsis: glyphs.ellipsis)
        }, target: { .foundEntry($0) })
        // The search text marked in the titles on screen.
        for position in table.visibleRows {
            let line = table.line(of: position)
            screen.markMatches(TextMatches.columns(of: search.text, in: search.hits[position].title),
                               x: line.x + 2 + 12 + 21 + 9, y: line.y, limit: line.maxX)
        }
    }

    /// "12 entries in 4 registers", with the index's progress while it is being built.
    static func summary(_ search: AllRegistersSearch, progress: IndexProgress?) -> String {
        var parts: [String] = []
        if search.text.isEmpty {
            parts.append("Type to search every register")
        } else if search.answered == nil {
            parts.append("Searching" + "…")
        } else {
            let registers = Set(search.hits.map(\.file)).count
            let entries = search.hits.count
            parts.append("\(entries) entr\(entries == 1 ? "y" : "ies") in \(registers) register\(registers == 1 ? "" : "s")"
                         + (search.isSearching ? " (searching…)" : ""))
        }
        if let progress, !progress.isComplete {
            parts.append("indexed \(progress.indexed) of \(progress.total) registers so far")
        }
        return parts.joined(separator: "; ")
    }

}
