import Foundation
import RegisterUI
import RiskRegister

/// The event loop: take every pending input and every outcome background work reported, update,
/// draw one frame. Effects are carried out between frames; slow ones run on the background
/// worker and report back through the inbox. Unsaved work reaches recovery files within half a
/// second of each change; a request to stop keeps it at once and restores the terminal.
///
/// Everything outside the process comes through protocols (the terminal, the clock, version
/// control), so tests run the real loop in-process: `TerminalDevice.readEvents` is told when the
/// loop is idle (no background work queued or running, no outcome waiting), which is when a test
/// may read the frame.
public struct BrowserLoop {
    let terminal: any TerminalDevice
    /// The data directory.
    let directory: URL
    let workspace: Workspace
    let register: String?
    let environment: [String: String]
    /// The largest register file to read (`--max-file-size`).
    let maximumBytes: Int
    /// The recovery files of an earlier session, by register.
    let recovered: [RegisterID: RecoveryFile.Found]
    /// The register to compare the open one with from the start (`--compare`), if any.
    let compare: String?
    /// True to commit each saved register to git (`--commit`).
    let commitsOnSave: Bool
    /// Git, or a test's stand-in.
    let versionControl: any VersionControl
    /// The one clock of changes, reviews and notes.
    let clock: any RuntimeClock
    /// What the status line says first (recovery files not offered, say).
    let notices: [String]
    /// How often the git status on the status line is read again, in seconds (besides after
    /// each save and commit).
    static let gitStatusInterval = 5.0
    /// How often the data directory is looked at for files other programs changed, in seconds.
    static let watchInterval = 1.0
    /// How long after inotify's last report the directory is looked at, in seconds: a sync or a
    /// checkout writes several files in a burst, and a look in its middle sees half of it.
    static let settleTime = 0.2
    /// How long quitting waits for the loader's work in hand (a save's commit), in seconds.
    static let quitGrace = 5.0
    /// How long the first frame waits for the open register to load, so a small register never
    /// flashes "Loading" first.
    static let firstFrameGrace: Int32 = 40

    /// A loop over `workspace` (the registers of `directory`) on `terminal`, opening `register`
    /// (or the newest) and comparing it with `compare` when given; `environment` gives the author,
    /// the editor and the index cache's place; `notices` are shown on the status line first.
    public init(terminal: any TerminalDevice, directory: URL, workspace: Workspace, register: String?, environment: [String: String],
                maximumBytes: Int, recovered: [RegisterID: RecoveryFile.Found], compare: String?, commitsOnSave: Bool,
                versionControl: any VersionControl, clock: any RuntimeClock = SystemClock(), notices: [String] = []) {
        self.terminal = terminal
        self.directory = directory
        self.workspace = workspace
        self.register = register
        self.environment = environment
        self.maximumBytes = maximumBytes
        self.recovered = recovered
        self.compare = compare
        self.commitsOnSave = commitsOnSave
        self.versionControl = versionControl
        self.clock = clock
        self.notices = notices
    }

    /// Runs until the user quits; the exit status (0, or 128 + the signal number), and the
    /// register files that did not load.
    public func run() throws -> (status: Int32, failures: [LoadFailure]) {
        let author = UserIdentity.author(environment: environment)
        if let directory = workspace.slots.first?.id.url.deletingLastPathComponent().path {
            terminal.setCrashLine(recoveryDirectory: directory)
        }
        let inbox = try Inbox()
        // Loading and saving never wait for the index or for a recovery file being written, nor
        // searches for a long load: each has its worker.
        let worker = BackgroundWorker(inbox: inbox)
        let keeperWorker = BackgroundWorker(inbox: inbox)
        let indexWorker = BackgroundWorker(inbox: inbox)
        let quitting = QuitSignal()
        defer { [worker, keeperWorker, indexWorker].forEach { $0.stop() } }
        let indexer = SearchIndexer(worker: indexWorker, inbox: inbox, directory: directory,
                                    cacheDirectory: IndexCacheLocation.directory(environment: environment),
                                    maximumBytes: maximumBytes)
        var state = AppState(workspace: workspace, size: terminal.size, capabilities: terminal.capabilities,
                             register: register, author: author, today: UserIdentity.today(clock.now()), recovered: recovered,
                             compare: compare)
        let runner = EffectRunner(terminal: terminal, worker: worker, indexer: indexer, environment: environment,
                                  author: author, maximumBytes: maximumBytes, directory: directory,
                                  commitsOnSave: commitsOnSave, versionControl: versionControl, inbox: inbox, quitting: quitting,
                                  clock: clock)
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
        let noticed = notices.isEmpty ? [] : update(&state, .notice(notices.joined(separator: "; ")))
        for effect in noticed + state.pendingLoads() { _ = runner.perform(effect) }

        let stamp = ISO8601DateFormatter()
        /// Applies events and carries out their effects; the exit status once the user quits.
        func process(_ events: [Event]) -> Int32? {
            var queue = events[...]
            while let event = queue.popFirst() {
                let now = clock.now()
                state.setClock(now: stamp.string(from: now), today: UserIdentity.today(now))
                for effect in update(&state, event) {
                    if effect == .quit {
                        quitting.set()
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
        var watcher = DirectoryWatcher(directory: directory)
        defer { watcher.close() }
        var lastLook = MonotonicClock.seconds()
        var settleUntil: Double?
        var needsFrame = true
        var frame = Screen(size: terminal.size)
        while true {
            if needsFrame {
                frame = view(state)
                terminal.flush(frame)
            }
            let now = MonotonicClock.seconds()
            let due = [keeper.secondsUntilDue(now: now), settleUntil.map { max(0, $0 - now) }].compactMap { $0 }.min()
            let wait = due.map { Int32(min(250, ($0 * 1000).rounded(.up))) } ?? 250
            // Idle: no worker busy, then (a worker posts before it is free) no outcome waiting.
            let idle = ![worker, keeperWorker, indexWorker].contains { $0.isBusy } && !inbox.hasEvents
            let input = terminal.readEvents(waitingAtMost: wait, wakeDescriptors: [inbox.wakeDescriptor] + watcher.notificationDescriptors,
                                            idle: idle)
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
            // Another program (riskreg sync, git pull, a colleague's save) may change the files:
            // they are looked at as soon as inotify says so and every second (a network share
            // raises no inotify event), once the loader is idle; a loaded register that
            // changed is read again (and shown, when it has no unsaved edits), every changed
            // file is indexed again, and a file that came or went is listed again.
            if watcher.takeNotifications() { settleUntil = MonotonicClock.seconds() + Self.settleTime }
            let settled = settleUntil.map { MonotonicClock.seconds() >= $0 } ?? false
            if settled || MonotonicClock.seconds() - lastLook >= Self.watchInterval, !worker.isBusy {
                settleUntil = nil
                lastLook = MonotonicClock.seconds()
                let changes = watcher.look()
                for url in changes.changed {
                    indexer.refresh(url)
                    let id = RegisterID(url)
                    guard state.workspace.files[id] != nil else { continue }
                    let maximumBytes = maximumBytes
                    worker.submit(.urgent) { .changedOnDisk(id, RegisterStore.load(url, maximumBytes: maximumBytes)) }
                }
                if changes.listingChanged { indexer.relist() }
            }
            // Another program (git pull, an editor) may change the work tree: the status is read
            // again every few seconds, once the loader is idle.
            if state.gitStatus != nil, MonotonicClock.seconds() - lastGitStatus >= Self.gitStatusInterval, !worker.isBusy {
                lastGitStatus = MonotonicClock.seconds()
                _ = runner.perform(.refreshGitStatus)
            }
        }
    }
}
