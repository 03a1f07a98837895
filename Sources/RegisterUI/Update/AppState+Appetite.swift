import RiskRegister

extension AppState {
    /// `f`: only the risks outside the register's appetite, or every entry again. A register
    /// that states no appetite says how to set one instead.
    mutating func toggleOutsideAppetite() {
        guard let register else { return }
        guard outsideAppetite || register.appetite != nil else {
            message = StatusMessage(text: "This register states no risk appetite: \(CommandTable.hint(.editAppetite, in: .global, "sets it"))",
                                    isWarning: true)
            return
        }
        outsideAppetite.toggle()
        cellFilter = nil
        let count = register.appetite.map { appetite in register.entries.filter(appetite.isOutside).count } ?? 0
        message = StatusMessage(text: outsideAppetite ? "Showing the \(count) risk\(count == 1 ? "" : "s") outside appetite"
                                    : "Showing every entry", isWarning: false)
    }

    /// `L`: the text editor on the register's appetite, in its one-line form.
    mutating func askAppetite() {
        guard let register else { return }
        overlay = .editor(TextEditor(target: .form(.appetite), text: register.appetite?.text ?? ""))
    }

    /// The appetite typed: set (one undo step) when it reads, else the reason and the editor
    /// stays open. Empty text removes the appetite.
    mutating func applyAppetite(_ text: String) -> Bool {
        guard let openID, var register else { return true }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let appetite: RiskAppetite?
        if trimmed.isEmpty {
            appetite = nil
        } else {
            switch RiskAppetite.parse(trimmed) {
            case .success(let parsed):
                // Keys of the file this riskreg does not know stay with the appetite.
                var kept = parsed
                kept.unknownKeys = register.appetite?.unknownKeys ?? [:]
                appetite = kept
            case .failure(let error):
                message = StatusMessage(text: "Appetite: \(error)", isWarning: true)
                return false
            }
        }
        guard appetite != register.appetite else { return true }
        guard let before = snapshot(description: "risk appetite") else { return true }
        undoStack.append(before)
        redoStack.removeAll()
        register.appetite = appetite
        workspace.setRegister(openID, register)
        if appetite == nil { outsideAppetite = false }
        let outside = appetite.map { appetite in register.entries.filter(appetite.isOutside).count } ?? 0
        message = StatusMessage(text: appetite.map { "Appetite \($0.label): \(outside) risk\(outside == 1 ? "" : "s") outside" }
                                    ?? "Appetite removed", isWarning: false)
        return true
    }
}
