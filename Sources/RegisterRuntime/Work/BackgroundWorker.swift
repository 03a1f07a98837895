import CTerminalGuard
import Foundation
import RegisterUI

/// A thread that does the browser's slow work (loading, saving, indexing) off the input thread,
/// one job at a time, urgent jobs first, and posts each job's outcome to the inbox.
final class BackgroundWorker: @unchecked Sendable {
    /// How soon a job must run.
    enum Priority: Comparable {
        /// What the user waits for: loading the register they opened, saving.
        case urgent
        /// What only makes later work faster: indexing.
        case background
    }

    private let condition = NSCondition()
    private var urgent: [@Sendable () -> Event?] = []
    private var background: [@Sendable () -> Event?] = []
    private var busy = false
    private var stopped = false
    private let inbox: Inbox

    /// A worker posting to `inbox`; its thread starts at once and lives until `stop()`.
    init(inbox: Inbox) {
        self.inbox = inbox
        let thread = Thread { [self] in run() }
        thread.name = "riskreg-worker"
        thread.start()
    }

    /// Queues a job; what it returns is posted to the inbox.
    func submit(_ priority: Priority, _ job: @escaping @Sendable () -> Event?) {
        condition.withLock {
            switch priority {
            case .urgent: urgent.append(job)
            case .background: background.append(job)
            }
            condition.signal()
        }
    }

    /// Ends the thread once the jobs queued are done (the loop stops its workers when it ends).
    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    /// True while a job runs or waits.
    var isBusy: Bool {
        condition.withLock { busy || !urgent.isEmpty || !background.isEmpty }
    }

    private func run() {
        // Below the input thread: on two cores busy with loading and indexing, a key still gets
        // the processor first.
        _ = rr_lower_thread_priority()
        // Ctrl-Z, stop requests and resizes must interrupt the input thread's wait, not land here.
        _ = rr_guard_leave_signals_to_others()
        while true {
            condition.lock()
            while urgent.isEmpty && background.isEmpty && !stopped { condition.wait() }
            if urgent.isEmpty && background.isEmpty {
                condition.unlock()
                return
            }
            let job = urgent.isEmpty ? background.removeFirst() : urgent.removeFirst()
            busy = true
            condition.unlock()
            if let event = job() { inbox.post(event) }
            condition.withLock { busy = false }
        }
    }
}
