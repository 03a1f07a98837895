import Foundation
import RegisterUI
import RiskRegister

/// The event loop: take every pending input and every outcome background work reported, update,
/// draw one frame. Effects are carried out between frames; slow ones run on the background
/// worker and report back through the inbox. Unsaved work reaches recovery files within half a
/// second of each change; a request to stop keeps it at once and restores the terminal.
struct BrowserLoop {
    let terminal: CursesTerminal
    /// The data directory.
    let directory: URL
    let workspace: Workspace
    let register: String?
    let environment: [String: String]
    /// The largest register file to read (`--max-file-size`).
    let maximumBytes: Int
    /// The recovery files of an earlier session, by register.
    let recovered: [RegisterID: RecoveryFile.Contents]
    /// The register to compare the open one with from the start (`--compare`), if any.
    let compare: String?
    /// True to commit each saved register to git (`--commit`).
    let commitsOnSave: Bool
    /// How often the git status on the status line is read again, in seconds (besides after
    /// each save and commit).
    static let gitStatusInterval = 5.0
    /// How long quitting waits for the loader's work in hand (a save's commit), in seconds.
    static let quitGrace = 5.0
    /// How long the first frame waits for the open register to load, so a small register never
    /// flashes "Loading" first.
    static let firstFrameGrace: Int32 = 40

    /// Runs until the user quits; the exit status (0, or 128 + the signal number), and the
    /// register files that did not load.
    func run() throws -> (status: Int32, failures: [LoadFailure]) {
        let author = UserIdentity.author(environment: environment)
        if let directory = workspace.slots.first?.id.url.deletingLastPathComponent().path {
            terminal.setCrashLine(recoveryDirectory: directory)
        }
        let inbox = try Inbox()
        // Loading and saving never wait for the index or for a recovery file being written, nor
        // searches for a long load: each has its worker.
        let worker = BackgroundWorker(inbox: inbox)
        let keeperWorker = BackgroundWorker(inbox: inbox)
        let indexer = SearchIndexer(worker: BackgroundWorker(inbox: inbox), inbox: inbox, directory: directory,
                                    cacheDirectory: IndexCacheLocation.directory(environment: environment),
                                    maximumBytes: maximumBytes)
        var state = AppState(workspace: workspace, size: terminal.size, capabilities: terminal.capabilities,
                             register: register, author: author, today: UserIdentity.today(), recovered: recovered,
                             compare: compare)
        let runner = EffectRunner(terminal: terminal, worker: worker, indexer: indexer, environment: environment,
                                  author: author, maximumBytes: maximumBytes, directory: directory,
                                  commitsOnSave: commitsOnSave)
        var keeper = RecoveryKeeper(user: author)
        let gate = RecoveryGate()

        /// Notes the unsaved work when events may have changed it; when a write is due, the
        /// worker writes it.
        func keepWork(noting: Bool) {
            if noting { keeper.note(state.recoverableWork(), holding: state.heldRecoveryFiles, now: MonotonicClock.seconds()) }
            guard let plan = keeper.plan(now: MonotonicClock.seconds()), !plan.isEmpty else { return }
            keeperWorker.submit(.urgent) {
                let failures = gate.carryOut(plan)
                guard let reason = failures.first?.error.description else { return nil }
                return .recoveryNotKept(failures.map(\.url), reason: reason)
            }
        }

        /// Keeps every unsaved edit at once, when the program stops.
        func keepWorkFinally() {
            keeper.note(state.recoverableWork(), holding: state.heldRecoveryFiles, now: MonotonicClock.seconds())
            _ = gate.carryOutFinally(keeper.finalPlan())
        }
        for effect in state.pendingLoads() { _ = runner.perform(effect) }

        let clock = ISO8601DateFormatter()
        /// Applies events and carries out their effects; the exit status once the user quits.
        func process(_ events: [Event]) -> Int32? {
            var queue = events[...]
            while let event = queue.popFirst() {
                state.setClock(now: clock.string(from: Date()))
                for effect in update(&state, event) {
                    if effect == .quit {
                        keepWorkFinally()
                        // A save's commit (`--commit`) queued behind it finishes before the exit.
                        let deadline = MonotonicClock.seconds() + Self.quitGrace
                        while worker.isBusy, MonotonicClock.seconds() < deadline { usleep(10_000) }
                        return 0
                    }
                    if let outcome = runner.perform(effect) { queue.append(outcome) }
                }
            }
            return nil
        }

        if state.isLoadingOpenRegister {
            var wake = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&wake, 1, Self.firstFrameGrace) > 0, let status = process(inbox.take()) { return (status, state.failures) }
        }
        indexer.start()
        // Git is asked after the first frame's chance to load, never before it.
        _ = runner.perform(.refreshGitStatus)
        var lastGitStatus = MonotonicClock.seconds()
        var needsFrame = true
        var frame = Screen(size: terminal.size)
        while true {
            if needsFrame {
                frame = view(state)
                terminal.flush(frame)
            }
            let wait = keeper.secondsUntilDue(now: MonotonicClock.seconds()).map { Int32(min(250, ($0 * 1000).rounded(.up))) } ?? 250
            let input = terminal.readEvents(waitingAtMost: wait, wakeDescriptor: inbox.wakeDescriptor)
            let stop = terminal.takeStopSignal()
            if stop != 0 || input.closed {
                keepWorkFinally()
                return (stop != 0 ? 128 + stop : 0, state.failures)
            }
            needsFrame = false
            if terminal.takeSuspend() {
                terminal.suspendForShell()
                needsFrame = true
            }
            // A click means what the frame on screen showed where it landed.
            let events = inbox.take() + input.events.map(frame.resolving)
            for case .recoveryNotKept(let urls, _) in events { urls.forEach { keeper.failed($0) } }
            if !events.isEmpty {
                needsFrame = true
                if let status = process(events) { return (status, state.failures) }
            }
            keepWork(noting: !events.isEmpty)
            // Another program (git pull, an editor) may change the work tree: the status is read
            // again every few seconds, once the loader is idle.
            if state.gitStatus != nil, MonotonicClock.seconds() - lastGitStatus >= Self.gitStatusInterval, !worker.isBusy {
                lastGitStatus = MonotonicClock.seconds()
                _ = runner.perform(.refreshGitStatus)
            }
        }
    }
}
