import Foundation
import Testing
@testable import RegisterRuntime

/// The watcher reports the register files other programs changed, added or removed, and nothing
/// when nothing changed.
@Suite(.timeLimit(.minutes(15)))
struct DirectoryWatcherTests {
    private let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-watch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A file missing from one look is gone only when the next misses it too (git and editors
    /// remove a file and write it again).
    @Test func aChangedAddedOrRemovedFileIsReportedOnceAndNothingElse() throws {
        let first = directory.appendingPathComponent("a-2021-22-q1.json")
        let second = directory.appendingPathComponent("a-2021-22-q2.json")
        try Data("{}".utf8).write(to: first)
        try Data("{}".utf8).write(to: second)
        var watcher = DirectoryWatcher(directory: directory)
        #expect(watcher.look().isEmpty)
        try Data("{ }".utf8).write(to: first)
        #expect(watcher.look() == .init(changed: [first], listingChanged: false))
        #expect(watcher.look().isEmpty)
        let third = directory.appendingPathComponent("a-2021-22-q3.json")
        try Data("{}".utf8).write(to: third)
        try FileManager.default.removeItem(at: second)
        #expect(watcher.look() == .init(changed: [third], listingChanged: true), "the new file; the missing one not yet gone")
        #expect(watcher.look() == .init(changed: [], listingChanged: true), "missing twice: gone")
        #expect(watcher.look().isEmpty)
        // Removed and written again between two looks: a change, never a removal.
        try FileManager.default.removeItem(at: first)
        #expect(watcher.look().isEmpty, "missing once")
        try Data("{  }".utf8).write(to: first)
        #expect(watcher.look() == .init(changed: [first], listingChanged: false))
        // A file replaced by a rename (as every save and git checkout does) is a new inode.
        let replacement = directory.appendingPathComponent(".tmp")
        try Data("{}".utf8).write(to: replacement)
        #expect(rename(replacement.path, third.path) == 0)
        #expect(watcher.look() == .init(changed: [third], listingChanged: false))
    }

    /// On Linux, inotify wakes the loop: a file written makes the notification descriptor
    /// readable at once, and taking the notifications empties it.
    @Test func inotifyReportsAChangeAtOnce() throws {
        let watcher = DirectoryWatcher(directory: directory)
        defer { watcher.close() }
        let descriptor = try #require(watcher.notificationDescriptors.first, "inotify is available on Linux")
        #expect(!watcher.takeNotifications())
        try Data("{}".utf8).write(to: directory.appendingPathComponent("b-2021-22-q1.json"))
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 5000) == 1)
        #expect(watcher.takeNotifications())
        #expect(!watcher.takeNotifications())
    }
}
