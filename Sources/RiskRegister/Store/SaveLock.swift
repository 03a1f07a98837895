import Glibc

/// An exclusive lock on a register for the whole check-and-replace of a save, like git's
/// `index.lock`: `.<name>.lock` beside the file, locked with flock(2). The kernel drops a flock
/// when its process dies, so the lock file of a killed save is never taken for a held lock; the
/// holder removes the file while still holding the lock, and a taker checks that the file it
/// locked is still the one at the path, so removal never lets two savers in at once.
struct SaveLock {
    private let descriptor: Int32
    private let path: String

    /// The lock file of a register file.
    static func path(for file: String) -> String {
        let slash = file.lastIndex(of: "/")
        let directory = slash.map { String(file[..<$0]) } ?? "."
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        return "\(directory)/.\(name).lock"
    }

    /// Waits for and takes the lock of a register file (a save holds it for milliseconds).
    init(for file: String) throws(FileIO.Failure) {
        path = Self.path(for: file)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw FileIO.Failure(operation: "lock", reason: String(cString: strerror(errno))) }
            while flock(descriptor, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw FileIO.Failure(operation: "lock", reason: reason)
            }
            var held = stat()
            var current = stat()
            if fstat(descriptor, &held) == 0, stat(path, &current) == 0,
               held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                self.descriptor = descriptor
                return
            }
            // The file was removed (and perhaps made again) by the holder before us: try again.
            close(descriptor)
        }
    }

    /// Removes the lock file, then releases the lock.
    func release() {
        unlink(path)
        close(descriptor)
    }

    /// Removes a lock file nobody holds (left by a save whose process died). True when removed.
    @discardableResult
    static func removeIfStale(_ path: String) -> Bool {
        let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        var held = stat()
        var current = stat()
        guard fstat(descriptor, &held) == 0, stat(path, &current) == 0,
              held.st_dev == current.st_dev, held.st_ino == current.st_ino else { return false }
        return unlink(path) == 0
    }
}
