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
        #expect(watcher.look() == .init(changed: [third], listingChanged: true))
        // A file replaced by a rename (as every save and git checkout does) is a new inode.
        let replacement = directory.appendingPathComponent(".tmp")
        try Data("{}".utf8).write(to: replacement)
        #expect(rename(replacement.path, third.path) == 0)
        #expect(watcher.look() == .init(changed: [third], listingChanged: false))
    }
}
