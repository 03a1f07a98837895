import Foundation
import RegisterUI
import Testing
@testable import RegisterRuntime

/// The inbox: events posted from any thread are taken in order, and posting wakes the loop at
/// once through the wake descriptor (without it, every background result would wait for the
/// loop's 250 ms poll).
@Suite(.timeLimit(.minutes(15)))
struct InboxTests {
    private func readable(_ descriptor: Int32) -> Bool {
        var wake = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&wake, 1, 0) == 1
    }

    @Test func postingMakesTheWakeDescriptorReadableAtOnce() throws {
        let inbox = try Inbox()
        #expect(!readable(inbox.wakeDescriptor))
        inbox.post(.notice("one"))
        #expect(readable(inbox.wakeDescriptor))
        #expect(inbox.hasEvents)
        #expect(inbox.take() == [.notice("one")])
        #expect(!readable(inbox.wakeDescriptor))
        #expect(!inbox.hasEvents)
    }

    @Test func eventsPostedFromManyThreadsAreAllTakenEachThreadsInOrder() throws {
        let inbox = try Inbox()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for index in 0..<500 { inbox.post(.notice("\(thread):\(index)")) }
        }
        let taken = inbox.take()
        #expect(taken.count == 2000)
        for thread in 0..<4 {
            let mine = taken.compactMap { event -> Int? in
                guard case .notice(let text) = event, text.hasPrefix("\(thread):") else { return nil }
                return Int(text.dropFirst(2))
            }
            #expect(mine == Array(0..<500))
        }
    }
}
