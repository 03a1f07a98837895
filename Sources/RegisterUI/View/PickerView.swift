import RiskRegister

/// The register picker: every register, newest first, with its period, entry count and file, the
/// open one marked; then the files that did not load and why, which can be selected too (Enter
/// shows the whole error).
enum PickerView {
    static func draw(_ state: AppState, selection: Int, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let frame = box(state, layout: layout)
        let inner = frame.inset(by: 1)
        let top = firstRow(selection: selection, visible: inner.height)
        let shown = top..<min(state.pickerRowCount, top + inner.height)
        let rows = lines(state, rows: shown, selection: selection, width: inner.width)
        screen.fill(frame)
        screen.record(frame, .overlay)
        Frame.draw(frame, title: "Registers" + glyphs.separator + CommandTable.hint(.chooseRegister, in: .picker, "opens") + glyphs.separator
                   + CommandTable.hint(.closeOverlay, in: .picker, "closes"),
                   focused: true, glyphs: glyphs, on: &screen)
        for offset in 0..<inner.height {
            guard rows.indices.contains(offset) else { break }
            screen.record(Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1), .pickerRow(top + offset))
            screen.put(rows[offset], x: inner.x, y: inner.y + offset, limit: inner.maxX)
            if top + offset == selection {
                screen.highlight(Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1))
            }
        }
    }

    /// The first visible row: scrolled just enough to show the selection.
    private static func firstRow(selection: Int, visible: Int) -> Int {
        max(0, selection - max(1, visible) + 1)
    }

    /// The picker's box: a row per register and per file that did not load.
    static func box(_ state: AppState, layout: Layout) -> Rect {
        layout.pickerBox(rows: state.pickerRowCount)
    }

    /// The lines of the rows shown: one per register, newest first (the highlighted one marked
    /// ▸, the open one ●), then one per file that did not load; each cut to `width`. Only the
    /// rows on screen are built, however many registers there are.
    private static func lines(_ state: AppState, rows shown: Range<Int>, selection: Int, width: Int) -> [[Span]] {
        let glyphs = state.glyphs
        let slots = state.workspace.slots
        return shown.map { row -> [Span] in
            let pointer = row == selection ? glyphs.selection : " "
            guard row >= slots.count else {
                let slot = slots[slots.count - 1 - row]
                let mark = slot.id == state.openID ? glyphs.currentMark : " "
                let count = slot.entryCount.map { "\($0) entr\($0 == 1 ? "y" : "ies")" } ?? (slot.isLoading ? "loading" : "")
                let spans = [
                    Span(pointer + mark + " ", .focusedTitle),
                    Span(TextWidth.pad(slot.period ?? "?", to: 12, ellipsis: glyphs.ellipsis)),
                    Span(TextWidth.pad(count, to: 12, ellipsis: glyphs.ellipsis), .dim),
                    Span(TextWidth.pad(slot.id.fileName, to: 22, ellipsis: glyphs.ellipsis)),
                ]
                let room = max(0, width - Span.columns(of: spans))
                return spans + [Span(TextWidth.truncate(slot.title ?? "", to: room, ellipsis: glyphs.ellipsis), .dim)]
            }
            let failure = state.failures[row - slots.count]
            let path = failure.url.path + ":"
            let reason = failure.messages.first.map { message in
                message.hasPrefix(path) ? String(message.dropFirst(path.count).drop { $0 == " " }) : message
            } ?? ""
            let spans = [
                Span(pointer + glyphs.failure + " ", .warning),
                Span(TextWidth.pad(failure.url.lastPathComponent, to: 22, ellipsis: glyphs.ellipsis), .warning),
            ]
            let room = max(0, width - Span.columns(of: spans))
            return spans + [Span(TextWidth.truncate("did not load: " + reason, to: room, ellipsis: glyphs.ellipsis), .warning)]
        }
    }
}
