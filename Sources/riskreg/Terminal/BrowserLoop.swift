import RegisterUI
import RiskRegister

/// The event loop: event → update → view → flush, until a quit, a closed input or a signal.
struct BrowserLoop {
    let terminal: CursesTerminal
    let scan: DirectoryScan
    let register: String?

    /// Runs until the user quits; the exit status (0, or 128 + the signal number).
    func run() -> Int32 {
        var state = AppState(scan: scan, size: terminal.size, capabilities: terminal.capabilities, register: register)
        while true {
            terminal.flush(view(state))
            var event: Event?
            repeat {
                let signal = terminal.takeSignal()
                if signal != 0 { return 128 + signal }
                let read = terminal.nextEvent()
                if read.closed { return 0 }
                event = read.event
            } while event == nil
            if let event, update(&state, event).contains(.quit) { return 0 }
        }
    }
}
