import Foundation
import RegisterRuntime
import RegisterUI

/// A terminal in memory for the browser loop: input is queued by the test, frames are recorded,
/// and the loop's idle reports (no background work, no outcome waiting, every typed event taken)
/// wake the test that waits for them. Its own pipe wakes the loop when input is queued.
final class FakeTerminal: TerminalDevice, @unchecked Sendable {
    let capabilities: TerminalCapabilities
    private let condition = NSCondition()
    private var currentSize: Size
    private var queued: [Event] = []
    private var closed = false
    /// How many events were queued, and how many the loop has taken.
    private var typed = 0
    private var taken = 0
    /// `taken` when the loop last said it was idle.
    private var idleAt = -1
    /// True once the loop has returned.
    private var ended = false
    private var frames: [Screen] = []
    private let wake: (read: Int32, write: Int32)

    init(size: Size, capabilities: TerminalCapabilities = .full) {
        currentSize = size
        self.capabilities = capabilities
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        wake = (ends[0], ends[1])
    }

    deinit {
        close(wake.read)
        close(wake.write)
    }

    var size: Size { condition.withLock { currentSize } }

    func setCrashLine(recoveryDirectory: String) {}

    func flush(_ screen: Screen) {
        condition.withLock {
            frames.append(screen)
            condition.broadcast()
        }
    }

    func readEvents(waitingAtMost milliseconds: Int32, wakeDescriptors: [Int32], idle: Bool) -> (events: [Event], closed: Bool) {
        if let input = takeQueued() { return input }
        condition.withLock {
            if idle {
                idleAt = taken
                condition.broadcast()
            }
        }
        var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            + wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wake.read, &buffer, buffer.count) > 0 {}
        return takeQueued() ?? ([], false)
    }

    private func takeQueued() -> (events: [Event], closed: Bool)? {
        condition.withLock {
            guard !queued.isEmpty || closed else { return nil }
            defer {
                taken += queued.count
                queued.removeAll()
            }
            if case .resize(let width, let height)? = queued.last { currentSize = Size(width: width, height: height) }
            return (queued, closed && queued.isEmpty)
        }
    }

    func takeStopSignal() -> Int32 { 0 }

    func takeSuspend() -> Bool { false }

    func suspendForShell() {}

    /// Runs `body` (the editor named by the loop's environment) at once: there is no screen to leave.
    func suspended<T>(_ body: () -> T) -> T { body() }

    // MARK: The test's side

    /// Queues events for the loop and wakes it.
    func send(_ events: [Event]) {
        condition.withLock {
            queued += events
            typed += events.count
        }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Ends the input, as a terminal that hangs up does.
    func hangUp() {
        condition.withLock { closed = true }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Marks the loop as returned: nothing will read input or draw any more.
    func loopEnded() {
        condition.withLock {
            ended = true
            condition.broadcast()
        }
    }

    /// Waits until the loop has taken every event sent and reports itself idle, or has ended;
    /// false when neither happens within `seconds` (a loop that hangs or keeps working).
    func waitForIdle(seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return condition.withLock {
            while !ended && (idleAt != typed || taken != typed) {
                if !condition.wait(until: deadline) { return false }
            }
            return true
        }
    }

    /// Waits for a frame whose text holds `text`, for what shows while work is in hand (the loop
    /// is not idle then); false when none is drawn within `seconds`.
    func waitForFrame(containing text: String, seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return condition.withLock {
            while frames.last.map({ !$0.text().contains(text) }) ?? true {
                if !condition.wait(until: deadline) { return false }
            }
            return true
        }
    }

    /// The last frame drawn.
    var lastFrame: Screen? { condition.withLock { frames.last } }

    /// How many frames were drawn.
    var frameCount: Int { condition.withLock { frames.count } }
}
