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
        let rows = layout.allRegistersSearchRows
        let top = max(0, search.selection - rows + 1)
        for offset in 0..<rows {
            let position = top + offset
            guard search.hits.indices.contains(position) else { break }
            let hit = search.hits[position]
            let pointer = position == search.selection ? glyphs.selection : " "
            let spans = [
                Span(pointer + " ", .focusedTitle),
                Span(TextWidth.pad(hit.period, to: 12, ellipsis: glyphs.ellipsis)),
                Span(TextWidth.pad(hit.stem, to: 20, ellipsis: glyphs.ellipsis) + " ", .dim),
                Span(TextWidth.pad(hit.id, to: 8, ellipsis: glyphs.ellipsis) + " "),
            ]
            let room = max(0, inner.width - Span.columns(of: spans))
            let y = inner.y + 2 + offset
            screen.record(Rect(x: inner.x, y: y, width: inner.width, height: 1), .foundEntry(position))
            screen.put(spans + [Span(TextWidth.truncate(hit.title, to: room, ellipsis: glyphs.ellipsis))], x: inner.x, y: y,
                       limit: inner.maxX)
            screen.markMatches(TextMatches.columns(of: search.text, in: hit.title), x: inner.x + Span.columns(of: spans), y: y,
                               limit: inner.maxX)
            if position == search.selection {
                screen.highlight(Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
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
