import RiskRegister

/// The merge question: a box over the detail pane with the place both sides changed (the entry by
/// its printed id), the common ancestor's value and both sides' values, wrapped; the status line
/// asks m / t / Esc. The same box asks about a merge conflict recorded in the register file (`M`),
/// with e to edit.
enum MergeView {
    /// The heading of the common ancestor's value.
    static let baseHeading = "Base (before either):"

    static func draw(_ state: AppState, layout: Layout, on screen: inout Screen) {
        if state.overlay == .conflict {
            guard let conflict = state.recordedConflicts.first else { return }
            drawQuestion(conflict, title: "Merge conflict: " + conflict.label, context: .conflict,
                         headings: ("Mine (ours: this side of the merge):", "Theirs (the side merged in):"),
                         state: state, layout: layout, on: &screen)
            return
        }
        guard let session = state.mergeSession, let conflict = session.current else { return }
        let theirsHeading = session.origin == .restore ? "Theirs (saved since your edits began):" : "Theirs (saved since you loaded it):"
        drawQuestion(conflict, title: "Both changed: " + conflict.label, context: .merge,
                     headings: ("Mine (your edits):", theirsHeading), state: state, layout: layout, on: &screen)
    }

    private static func drawQuestion(_ conflict: MergeConflict, title: String, context: CommandContext,
                                     headings: (mine: String, theirs: String), state: AppState, layout: Layout,
                                     on screen: inout Screen) {
        let glyphs = state.glyphs
        let frame = layout.editorBox
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        Frame.draw(frame, title: title, footer: CommandTable.answers(in: context, separator: glyphs.separator),
                   focused: true, glyphs: glyphs, on: &screen)
        // Base, mine and theirs each get a third of the box, so a long value never hides another.
        let third = max(2, inner.height / 3)
        var y = inner.y
        let base = conflict.base.map { MergeConflict.describe($0) } ?? "(none: added on both sides)"
        let parts = [(baseHeading, base), (headings.mine, MergeConflict.describe(conflict.mine)),
                     (headings.theirs, MergeConflict.describe(conflict.theirs))]
        for (heading, value) in parts {
            guard y < inner.maxY else { break }
            screen.put(heading, x: inner.x, y: y, style: Style(.heading), limit: inner.maxX)
            var text = WordWrap.lines(value, width: max(1, inner.width - 2))
            let room = max(0, min(third - 1, inner.maxY - y - 1))
            if text.count > room, room > 0 {
                text = Array(text.prefix(room - 1)) + ["\(glyphs.ellipsis) (\(text.count - room + 1) more lines)"]
            }
            for (offset, line) in text.prefix(room).enumerated() {
                screen.put(line, x: inner.x + 2, y: y + 1 + offset, limit: inner.maxX)
            }
            y += third
        }
    }
}
