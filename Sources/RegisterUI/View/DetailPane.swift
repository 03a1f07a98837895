/// The detail pane: everything about the selected entry, word-wrapped and scrollable, with the
/// visible lines in the frame's bottom edge when the text is longer than the pane, and the
/// search's matches marked (a match broken by the word wrap is not).
enum DetailPane {
    static func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let inner = layout.detail.inset(by: 1)
        let (rows, targets) = state.detailLayout
        let focused = state.focus == .detail
        let cursorTarget = focused ? state.currentTarget : nil
        let entry = state.shownEntry
        var footer: String?
        if rows.count > inner.height {
            let last = min(rows.count, state.detailTop + inner.height)
            footer = "\(state.detailTop + 1)\(glyphs.rangeDash)\(last) of \(rows.count)"
        }
        let title = entry.map { "Detail" + glyphs.separator + $0.id } ?? "Detail"
        Frame.draw(layout.detail, title: title, footer: footer, focused: state.focus == .detail, glyphs: glyphs, on: &screen)
        screen.record(layout.detail, .pane(.detail))
        guard entry != nil else {
            screen.put("No entry selected.", x: inner.x, y: inner.y, style: Style(.dim), limit: inner.maxX)
            return
        }
        for offset in 0..<inner.height {
            let line = state.detailTop + offset
            guard rows.indices.contains(line) else { break }
            screen.put(rows[line], x: inner.x, y: inner.y + offset, limit: inner.maxX)
            screen.markMatches(TextMatches.columns(of: state.searchText, in: rows[line]), x: inner.x, y: inner.y + offset,
                               limit: inner.maxX)
            if let cursorTarget, targets[line] == cursorTarget {
                if line == 0 || targets[line - 1] != cursorTarget {
                    screen.put(glyphs.selection, x: layout.detail.x, y: inner.y + offset, style: Style(.focusedBorder))
                }
                screen.highlight(Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1))
            }
        }
    }
}
