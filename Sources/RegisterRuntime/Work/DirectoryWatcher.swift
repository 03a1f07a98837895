import Foundation
import RiskRegister

/// Follows the register files of a data directory as other programs change them (`riskreg
/// sync`, `git pull`, a colleague's save on a shared drive, `riskreg note`): each look lists the
/// directory and compares every file's inode, size and modification time with the last look's.
/// A stat per file, so a look at 1,000 registers costs a millisecond or two; the browser looks
/// once a second while its loader is idle.
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

    /// A watcher whose first look reports what changed after this moment.
    init(directory: URL) {
        self.directory = directory
        stamps = Self.stamps(of: directory)
    }

    /// What changed since the last look.
    mutating func look() -> Changes {
        let now = Self.stamps(of: directory)
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
