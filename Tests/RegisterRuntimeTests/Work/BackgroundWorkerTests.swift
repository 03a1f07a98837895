import Foundation
import RegisterUI
import Testing
@testable import RegisterRuntime

/// The worker runs one job at a time, urgent ones first, and posts what each returns.
@Suite(.timeLimit(.minutes(15)))
struct BackgroundWorkerTests {
    @Test func urgentJobsRunBeforeBackgroundOnesQueuedEarlier() throws {
        let inbox = try Inbox()
        let worker = BackgroundWorker(inbox: inbox)
        defer { worker.stop() }
        let gate = DispatchSemaphore(value: 0)
        worker.submit(.urgent) {
            gate.wait()
            return .notice("first")
        }
        worker.submit(.background) { .notice("background") }
        worker.submit(.urgent) { .notice("urgent") }
        #expect(worker.isBusy)
        gate.signal()
        var taken: [Event] = []
        while taken.count < 3 {
            var wake = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&wake, 1, 5000)
            taken += inbox.take()
        }
        #expect(taken == [.notice("first"), .notice("urgent"), .notice("background")])
    }

    @Test func aStoppedWorkerFinishesWhatIsQueuedAndIsIdle() throws {
        let inbox = try Inbox()
        let worker = BackgroundWorker(inbox: inbox)
        let done = DispatchSemaphore(value: 0)
        worker.submit(.background) {
            done.signal()
            return nil
        }
        worker.stop()
        #expect(done.wait(timeout: .now() + 10) == .success)
    }
}
