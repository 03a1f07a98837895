extension AppState {
    /// Restores the invariants after any change: the cursor on an existing strip item, a
    /// selection inside the list (the first entry when the old one left it), the selection
    /// scrolled into view, and scroll positions inside their text; the appetite filter off for a
    /// register that states no appetite (another register opened, or the appetite undone).
    mutating func normalize() {
        if outsideAppetite, let register, register.appetite == nil { outsideAppetite = false }
        if let index = cursor.stripIndex, let model = heatModel, !model.strip.indices.contains(index) {
            cursor.stripIndex = model.strip.isEmpty ? nil : model.strip.count - 1
        }
        let visible = visibleEntries
        if selection.map({ !visible.contains($0) }) ?? true {
            selection = visible.first
        }
        normalizeCompare()
        if case .picker(let row, let comparing) = overlay {
            overlay = .picker(selection: max(0, min(row, pickerRowCount - 1)), comparing: comparing)
        }
        if case .profile(var table) = overlay, let count = summaryProfile?.rows.count {
            table.selection = max(0, min(table.selection, count - 1))
            overlay = .profile(table)
        }
        if case .rollUp(var table) = overlay, let count = rollUp?.unescalated.count {
            table.selection = max(0, min(table.selection, count - 1))
            overlay = .rollUp(table)
        }
        guard let layout else { return }
        let rows = max(1, ListGeometry(pane: layout.list).visibleRows)
        let position = listPosition ?? 0
        listTop = min(listTop, position)
        if position >= listTop + rows { listTop = position - rows + 1 }
        listTop = max(0, min(listTop, listRowCount - rows))
        if detailTop > 0 {
            detailTop = max(0, min(detailTop, detailRows.count - layout.detail.inset(by: 1).height))
        }
        if case .help(let top) = overlay, top > 0 {
            overlay = .help(top: max(0, min(top, helpRows.count - layout.helpBox.inset(by: 1).height)))
        }
    }
}
