import Foundation
import RiskRegister

/// Follows the register files of a data directory as other programs change them (`riskreg
/// sync`, `git pull`, a colleague's save on a shared drive, `riskreg note`): each look lists the
/// directory and compares every file's inode, size and modification time with the last look's.
/// A stat per file, so a look at 1,000 registers costs a millisecond or two. The browser looks as
/// soon as inotify reports a change in the directory (Linux; its descriptor wakes the loop) and
/// once a second anyway while its loader is idle: a change on a network share (SMB, NFS) made by
/// another machine raises no inotify event, and where inotify is unavailable polling is all.
struct DirectoryWatcher {
    /// What a look found since the last.
    struct Changes: Equatable {
        /// Files that are new, or whose inode, size or time changed.
        var changed: [URL] = []
        /// True when a file came or went: the picker's list must be read again.
        var listingChanged = false

        var isEmpty: Bool { changed.isEmpty && !listingChanged }
    }

    /// What identifies one version of a file.
    private struct Stamp: Equatable {
        var inode: UInt
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    private let directory: URL
    private var stamps: [String: Stamp]
    /// The files the last look missed for the first time (kept in `stamps` until the next look).
    private var missingOnce: Set<String> = []
    /// The inotify descriptor watching the directory; nil where inotify is unavailable.
    private let notifications: Int32?

    /// A watcher whose first look reports what changed after this moment.
    init(directory: URL) {
        self.directory = directory
        stamps = Self.stamps(of: directory)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        if descriptor >= 0, inotify_add_watch(descriptor, directory.path, events) >= 0 {
            notifications = descriptor
        } else {
            if descriptor >= 0 { Glibc.close(descriptor) }
            notifications = nil
        }
    }

    /// The descriptors that become readable when something in the directory changes, for the
    /// loop's wait: inotify's, or none.
    var notificationDescriptors: [Int32] { notifications.map { [$0] } ?? [] }

    /// True when inotify reported a change since the last call (the reports are read and dropped:
    /// a look compares every file anyway).
    func takeNotifications() -> Bool {
        guard let notifications else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var any = false
        while read(notifications, &buffer, buffer.count) > 0 { any = true }
        return any
    }

    /// Stops watching (the loop's end).
    func close() {
        if let notifications { Glibc.close(notifications) }
    }

    /// What changed since the last look.
    /// A file missing from one look is taken for gone only when the next look still misses it:
    /// git and editors replace files by removing and writing them again, and a look between the
    /// two must not drop the register from the browser.
    mutating func look() -> Changes {
        var now = Self.stamps(of: directory)
        let missing = Set(stamps.keys).subtracting(now.keys)
        for name in missing where !missingOnce.contains(name) { now[name] = stamps[name] }
        missingOnce = missing.subtracting(missingOnce)
        var changes = Changes()
        changes.listingChanged = Set(now.keys) != Set(stamps.keys)
        changes.changed = now.filter { stamps[$0.key] != $0.value }.keys.sorted().map { directory.appendingPathComponent($0) }
        stamps = now
        return changes
    }

    private static func stamps(of directory: URL) -> [String: Stamp] {
        guard let listing = try? DirectoryListing.of(directory) else { return [:] }
        var stamps: [String: Stamp] = [:]
        for url in listing.files {
            var info = stat()
            guard stat(url.path, &info) == 0 else { continue }
            stamps[url.lastPathComponent] = Stamp(inode: UInt(info.st_ino), size: Int(info.st_size), seconds: info.st_mtim.tv_sec,
                                                  nanoseconds: info.st_mtim.tv_nsec)
        }
        return stamps
    }
}
