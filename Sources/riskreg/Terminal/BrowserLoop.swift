import Foundation
import RegisterUI
import RiskRegister

/// The event loop: event → update → view → flush, until a quit, a closed input or a signal.
/// Effects are carried out between frames and report back as events.
struct BrowserLoop {
    let terminal: CursesTerminal
    let scan: DirectoryScan
    let register: String?
    let environment: [String: String]

    /// Runs until the user quits; the exit status (0, or 128 + the signal number).
    func run() -> Int32 {
        let author = UserIdentity.author(environment: environment)
        var recovered: [URL: Register] = [:]
        for loaded in scan.registers {
            recovered[loaded.url] = RecoveryFile.read(for: loaded.url)
        }
        var state = AppState(scan: scan, size: terminal.size, capabilities: terminal.capabilities, register: register,
                             author: author, today: UserIdentity.today(), recovered: recovered)
        let runner = EffectRunner(terminal: terminal, environment: environment, author: author)
        var pending: [Event] = []
        while true {
            terminal.flush(view(state))
            if pending.isEmpty {
                switch nextEvent() {
                case .signal(let number):
                    keepUnsavedWork(state)
                    return 128 + number
                case .closed:
                    keepUnsavedWork(state)
                    return 0
                case .event(let event):
                    pending.append(event)
                }
            }
            let event = pending.removeFirst()
            for effect in update(&state, event) {
                if effect == .quit { return 0 }
                if let outcome = runner.perform(effect) { pending.append(outcome) }
            }
        }
    }

    private enum Input {
        case event(Event)
        case signal(Int32)
        case closed
    }

    private func nextEvent() -> Input {
        while true {
            let signal = terminal.takeSignal()
            if signal != 0 { return .signal(signal) }
            let read = terminal.nextEvent()
            if read.closed { return .closed }
            if let event = read.event { return .event(event) }
        }
    }

    /// Writes every register with unsaved edits to its recovery file, offered at the next start.
    private func keepUnsavedWork(_ state: AppState) {
        for loaded in state.unsavedWork() {
            try? RecoveryFile.write(loaded.register, for: loaded.url)
        }
    }
}
