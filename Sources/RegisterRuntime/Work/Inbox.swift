import Foundation
import RegisterUI

/// Where background work reports back: events posted from any thread, taken by the browser loop
/// before each frame. Posting writes a byte to a pipe the loop waits on beside the terminal, so
/// a result wakes the loop at once.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private let pipe: (read: Int32, write: Int32)

    /// An inbox with its wake-up pipe (both ends non-blocking and closed on exec).
    init() throws(TerminalError) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw .system("cannot create a pipe: \(String(cString: strerror(errno)))") }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        pipe = (ends[0], ends[1])
    }

    deinit {
        close(pipe.read)
        close(pipe.write)
    }

    /// The descriptor that becomes readable when an event is posted.
    var wakeDescriptor: Int32 { pipe.read }

    /// Posts an event for the loop.
    func post(_ event: Event) {
        lock.withLock { events.append(event) }
        var byte: UInt8 = 1
        _ = write(pipe.write, &byte, 1)
    }

    /// True when an event waits to be taken.
    var hasEvents: Bool {
        lock.withLock { !events.isEmpty }
    }

    /// Every event posted since the last call, oldest first.
    func take() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(pipe.read, &buffer, buffer.count) > 0 {}
        return lock.withLock {
            defer { events.removeAll() }
            return events
        }
    }
}
