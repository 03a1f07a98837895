/// What shows in place of the panes while the open register loads, or when no register loaded:
/// why, file by file.
enum NoRegisterView {
    static func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let rect = Rect(x: 0, y: 0, width: layout.size.width, height: layout.status.y)
        Frame.draw(rect, title: "riskreg", focused: true, glyphs: glyphs, on: &screen)
        let inner = rect.inset(by: 1)
        if state.isLoadingOpenRegister, let id = state.openID {
            screen.put([Span("Loading \(id.fileName)" + glyphs.ellipsis, .heading)], x: inner.x, y: inner.y, limit: inner.maxX)
            return
        }
        var rows: [[Span]] = [[Span("No register could be loaded from the data directory.", .heading)], []]
        if state.failures.isEmpty {
            rows.append([Span("The data directory holds no register files (*.json).")])
        }
        for failure in state.failures {
            for message in failure.messages {
                rows += WordWrap.lines(message, width: inner.width - 2).enumerated().map { number, line in
                    [Span(number == 0 ? glyphs.failure + " " : "  ", .warning), Span(line, .warning)]
                }
            }
        }
        for (offset, row) in rows.prefix(inner.height).enumerated() {
            screen.put(row, x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
    }
}
