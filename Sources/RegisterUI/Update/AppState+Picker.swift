extension AppState {
    /// Rows of the register picker: one per register, newest first, then one per file that did
    /// not load.
    var pickerRowCount: Int { workspace.slots.count + failures.count }

    /// Enter (or a click) on a picker row: a register opens, ending compare mode (or, choosing
    /// what to compare with, is compared with); a file that did not load stays
    /// closed and its whole error goes to the status line, since the row has room for only the
    /// start of it.
    mutating func choosePickerRow(_ row: Int) {
        if isChoosingComparison { return chooseComparison(row) }
        if pickerRows.indices.contains(row) {
            overlay = nil
            compare = nil
            openRegister(pickerRows[row])
        } else if failures.indices.contains(row - pickerRows.count) {
            let failure = failures[row - pickerRows.count]
            message = StatusMessage(text: failure.messages.joined(separator: " "), isWarning: true)
        }
    }
}
