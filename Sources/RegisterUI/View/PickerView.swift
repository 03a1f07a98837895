import RiskRegister

/// The register picker: every register, newest first, with its period, entry count and file, the
/// open one marked; then the files that did not load and why, which can be selected too (Enter
/// shows the whole error).
enum PickerView {
    static func draw(_ state: AppState, selection: Int, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let frame = box(state, layout: layout)
        let inner = frame.inset(by: 1)
        screen.fill(frame)
        screen.record(frame, .overlay)
        let heading = state.isChoosingComparison ? "Compare \(state.register?.period ?? "") with…" : "Registers"
        let choice = state.isChoosingComparison ? "compares" : "opens"
        Frame.draw(frame, title: heading + glyphs.separator + CommandTable.hint(.chooseRegister, in: .picker, choice)
                   + glyphs.separator + CommandTable.hint(.closeOverlay, in: .picker, "closes"),
                   focused: true, glyphs: glyphs, on: &screen)
        TableView(rect: inner, count: state.pickerRowCount, showing: selection)
            .draw(on: &screen, row: { line(state, row: $0, selection: selection, width: inner.width) }, target: { .pickerRow($0) })
    }

    /// The picker's box: a row per register and per file that did not load.
    static func box(_ state: AppState, layout: Layout) -> Rect {
        layout.pickerBox(rows: state.pickerRowCount)
    }

    /// One row: a register (newest first; the highlighted one marked ▸, the open one ●), or a file
    /// that did not load; cut to `width`.
    private static func line(_ state: AppState, row: Int, selection: Int, width: Int) -> [Span] {
        let glyphs = state.glyphs
        let slots = state.workspace.slots
        let pointer = row == selection ? glyphs.selection : " "
        guard row >= slots.count else {
            let slot = slots[slots.count - 1 - row]
            let mark = slot.id == state.openID ? glyphs.currentMark : " "
            let count = slot.entryCount.map { "\($0) entr\($0 == 1 ? "y" : "ies")" } ?? (slot.isLoading ? "loading" : "")
            return TableView.fit([(pointer + mark + " ", 3, .focusedTitle), (slot.period ?? "?", 12, .normal),
                                  (count, 12, .dim), (slot.id.fileName, 22, .normal)],
                                 rest: (slot.title ?? "", .dim), width: width, ellipsis: glyphs.ellipsis)
        }
        let failure = state.failures[row - slots.count]
        let path = failure.url.path + ":"
        let reason = failure.messages.first.map { message in
            message.hasPrefix(path) ? String(message.dropFirst(path.count).drop { $0 == " " }) : message
        } ?? ""
        return TableView.fit([(pointer + glyphs.failure + " ", 3, .warning), (failure.url.lastPathComponent, 22, .warning)],
                             rest: ("did not load: " + reason, .warning), width: width, ellipsis: glyphs.ellipsis)
    }
}
