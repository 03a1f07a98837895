import Foundation
import RegisterUI
import RiskRegister

/// The event loop: read every pending input, update, draw one frame; effects are carried out
/// between frames and report back as events. Unsaved work reaches recovery files within half a
/// second of each change; a request to stop keeps it at once and restores the terminal.
struct BrowserLoop {
    let terminal: CursesTerminal
    let scan: DirectoryScan
    let register: String?
    let environment: [String: String]
    /// The largest register file to read (`--max-file-size`).
    let maximumBytes: Int

    /// Runs until the user quits; the exit status (0, or 128 + the signal number).
    func run() -> Int32 {
        let author = UserIdentity.author(environment: environment)
        var recovered: [URL: RecoveryFile.Contents] = [:]
        for loaded in scan.registers {
            recovered[loaded.url] = RecoveryFile.read(for: loaded.url, user: author)
        }
        if let directory = scan.registers.first?.url.deletingLastPathComponent().path {
            terminal.setCrashLine(recoveryDirectory: directory)
        }
        var state = AppState(scan: scan, size: terminal.size, capabilities: terminal.capabilities, register: register,
                             author: author, today: UserIdentity.today(), recovered: recovered)
        let runner = EffectRunner(terminal: terminal, environment: environment, author: author, maximumBytes: maximumBytes)
        var keeper = RecoveryKeeper(user: author)
        var needsFrame = true
        while true {
            if needsFrame { terminal.flush(view(state)) }
            needsFrame = false
            let wait = keeper.secondsUntilDue(now: Self.now()).map { Int32(min(250, ($0 * 1000).rounded(.up))) } ?? 250
            let input = terminal.readEvents(waitingAtMost: wait)
            let stop = terminal.takeStopSignal()
            if stop != 0 || input.closed {
                keeper.note(state.recoverableWork(), holding: state.heldRecoveryFiles, now: Self.now())
                keeper.writeNow()
                return stop != 0 ? 128 + stop : 0
            }
            if terminal.takeSuspend() {
                terminal.suspendForShell()
                needsFrame = true
            }
            var queue = input.events[...]
            while let event = queue.popFirst() {
                needsFrame = true
                for effect in update(&state, event) {
                    if effect == .quit {
                        keeper.note(state.recoverableWork(), holding: state.heldRecoveryFiles, now: Self.now())
                        keeper.writeNow()
                        return 0
                    }
                    if let outcome = runner.perform(effect) { queue.append(outcome) }
                }
            }
            if needsFrame { keeper.note(state.recoverableWork(), holding: state.heldRecoveryFiles, now: Self.now()) }
            _ = keeper.writeIfDue(now: Self.now())
        }
    }

    /// Seconds on the monotonic clock.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
