import Foundation
import RiskRegister

extension AppState {
    /// `Q`: asks the new quarter's period, the one after the open register's suggested. The open
    /// register must be saved first, so that the new quarter and the file it follows agree.
    mutating func askNewQuarterPeriod() {
        guard let register else { return }
        if hasUnsavedChanges {
            message = StatusMessage(text: "Save \(register.period) first (\(CommandTable.hint(.save, in: .global, "saves"))): the new quarter starts from the file",
                                    isWarning: true)
            return
        }
        let suggested = Period(register.period)?.next.text ?? ""
        overlay = .editor(TextEditor(target: .form(.newQuarterPeriod), text: suggested))
    }

    /// The period given: the new register is made (`NewQuarter`) and the backend asked to create
    /// its file, never over an existing one; false (with a message) when the period is not usable.
    mutating func startNewQuarter(period text: String) -> Bool {
        guard let openID, let register else { return true }
        guard let period = Period(text) else {
            message = StatusMessage(text: "A period is written like \"2022/23 Q1\"", isWarning: true)
            return false
        }
        switch NewQuarter.make(from: register, stem: openID.stem, period: period, now: now) {
        case .failure(let failure):
            message = StatusMessage(text: "\(failure)", isWarning: true)
            return false
        case .success(let made):
            let url = openID.url.deletingLastPathComponent().appendingPathComponent(made.stem + ".json")
            let id = RegisterID(url)
            if workspace.slot(id) != nil {
                message = StatusMessage(text: "\(id.fileName) exists already: open it with \(CommandTable.key(.showRegisters, in: .global))",
                                        isWarning: true)
                return false
            }
            outbox.append(.createRegister(id, made.register))
            message = StatusMessage(text: "Starting \(made.register.period) in \(id.fileName)…", isWarning: false)
            return true
        }
    }

    /// The backend's answer to `.createRegister`: the new register joins the workspace and opens,
    /// or the reason it was not written is said (nothing was overwritten).
    mutating func created(_ id: RegisterID, _ result: Result<LoadedRegister, LoadFailure>) {
        switch result {
        case .success(let loaded):
            if workspace.files[id] == nil { workspace.add(loaded) }
            openRegister(id)
            let count = loaded.register.entries.count
            let from = loaded.register.previous ?? "the last quarter"
            let passed = NewQuarter.passedTargetDates(in: loaded.register)
            message = StatusMessage(text: "Started \(loaded.register.period) in \(id.fileName): \(count) entries carried from \(from) (\(CommandTable.hint(.toggleReview, in: .global, "reviews them")))"
                                    + (passed.isEmpty ? "" : "; target dates passed: " + passed.map { "\($0.id) (\($0.date))" }.joined(separator: ", ")),
                                    isWarning: !passed.isEmpty)
        case .failure(let failure):
            message = StatusMessage(text: "New quarter not started: " + failure.messages.joined(separator: "; "), isWarning: true)
        }
    }

    /// Effects asked for by changes that return no effects themselves, taken once.
    mutating func takeOutbox() -> [Effect] {
        defer { outbox = [] }
        return outbox
    }
}
