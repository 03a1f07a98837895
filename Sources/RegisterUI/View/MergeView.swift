import RiskRegister

/// The merge question: a box over the detail pane with the place both sides changed and both
/// values, wrapped; the status line asks m / t / Esc.
enum MergeView {
    static func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        guard let session = state.mergeSession, let conflict = session.current else { return }
        let glyphs = state.glyphs
        let frame = layout.editorBox
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        Frame.draw(frame, title: "Both changed: " + conflict.label,
                   footer: CommandTable.answers(in: .merge, separator: glyphs.separator),
                   focused: true, glyphs: glyphs, on: &screen)
        let theirsHeading = session.origin == .restore ? "Theirs (saved since your edits began):" : "Theirs (saved since you loaded it):"
        // Each side gets half the box, so a long value never hides the other.
        let half = max(2, inner.height / 2)
        var y = inner.y
        for (heading, value) in [("Mine (your edits):", conflict.mine), (theirsHeading, conflict.theirs)] {
            guard y < inner.maxY else { break }
            screen.put(heading, x: inner.x, y: y, style: Style(.heading), limit: inner.maxX)
            var text = WordWrap.lines(MergeConflict.describe(value), width: max(1, inner.width - 2))
            let room = max(0, min(half - 1, inner.maxY - y - 1))
            if text.count > room, room > 0 {
                text = Array(text.prefix(room - 1)) + ["\(glyphs.ellipsis) (\(text.count - room + 1) more lines)"]
            }
            for (offset, line) in text.prefix(room).enumerated() {
                screen.put(line, x: inner.x + 2, y: y + 1 + offset, limit: inner.maxX)
            }
            y += half
        }
    }
}
