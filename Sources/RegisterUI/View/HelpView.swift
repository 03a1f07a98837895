/// The help overlay: a framed box over the panes with the help's lines from `top`.
enum HelpView {
    static func draw(_ state: AppState, top: Int, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let box = layout.helpBox
        let inner = box.inset(by: 1)
        let rows = state.helpRows
        screen.fill(box)
        screen.record(box, .overlay)
        var footer: String?
        if rows.count > inner.height {
            footer = "\(top + 1)\(glyphs.rangeDash)\(min(rows.count, top + inner.height)) of \(rows.count)"
        }
        Frame.draw(box, title: "Help" + glyphs.separator + CommandTable.hint(.closeOverlay, in: .help, "closes"), footer: footer, focused: true, glyphs: glyphs,
                   on: &screen)
        for offset in 0..<inner.height {
            guard rows.indices.contains(top + offset) else { break }
            screen.put(rows[top + offset], x: inner.x, y: inner.y + offset, limit: inner.maxX)
        }
    }
}
