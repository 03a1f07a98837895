import Glibc

/// An exclusive lock on a register for the whole check-and-replace of a save, like git's
/// `index.lock`: `.<name>.lock` beside the file, locked with flock(2). The kernel drops a flock
/// when its process dies, so the lock file of a killed save is never taken for a held lock; the
/// holder removes the file while still holding the lock, and a taker checks that the file it
/// locked is still the one at the path, so removal never lets two savers in at once.
///
/// The lock path stands in a directory others may write, so what is found there is checked on the
/// open descriptor: a symbolic link is never followed, anything but a regular file is refused, and
/// a lock file another user left is used when it can be opened (flock needs no write access; the
/// file of a save that died holds no lock, whoever made it). The lock is waited for at most
/// `LockWait.limit`, polling, so a lock that is never released ends the save instead of hanging
/// it, and the caller can give up meanwhile.
struct SaveLock {
    private let descriptor: Int32
    private let path: String

    /// The longest pause between two attempts to take a held lock.
    private static let longestPause: Duration = .milliseconds(50)

    /// The lock file of a register file.
    static func path(for file: String) -> String {
        let slash = file.lastIndex(of: "/")
        let directory = slash.map { String(file[..<$0]) } ?? "."
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        return "\(directory)/.\(name).lock"
    }

    /// Takes the lock of the register file `file` (named `shownPath` in errors), waiting as `wait`
    /// says while another save holds it.
    init(for file: String, shownAs shownPath: String, waiting wait: LockWait) throws(SaveError) {
        path = Self.path(for: file)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: wait.limit)
        var pause: Duration = .milliseconds(1)
        var told = false
        while true {
            let descriptor = try Self.open(path, creating: true, shownAs: shownPath)
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let error = errno
                if error == EINTR { continue }
                guard error == EWOULDBLOCK else {
                    close(descriptor)
                    throw .lockUnusable(path: shownPath, reason: "its lock file \(path) cannot be locked (\(Self.reason(error)))")
                }
                if !told {
                    told = true
                    wait.onWait(path)
                }
                if wait.isCancelled() {
                    close(descriptor)
                    throw .lockWaitCancelled(path: shownPath)
                }
                let left = clock.now.duration(to: deadline)
                guard left > .zero else {
                    close(descriptor)
                    throw Self.held(shownPath, lock: path, wait: wait)
                }
                Self.sleep(min(pause, left))
                pause = min(pause * 2, Self.longestPause)
            }
            if Self.isAtPath(descriptor, path) {
                self.descriptor = descriptor
                return
            }
            // The file was removed (and perhaps made again) by the holder before us: try again.
            close(descriptor)
            if clock.now >= deadline { throw Self.held(shownPath, lock: path, wait: wait) }
        }
    }

    /// Removes the lock file, then releases the lock.
    func release() {
        unlink(path)
        close(descriptor)
    }

    /// Removes a lock file nobody holds (left by a save whose process died, whoever ran it).
    /// True when removed; what is not a lock file riskreg could have made is left alone.
    @discardableResult
    static func removeIfStale(_ path: String) -> Bool {
        guard let descriptor = try? open(path, creating: false, shownAs: path) else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, isAtPath(descriptor, path) else { return false }
        return unlink(path) == 0
    }

    /// Opens the lock file at `path` (made, mode 0600, when `creating` and there is none) without
    /// following a symbolic link or waiting on a FIFO, for writing where the process may and else
    /// for reading (another user's lock file), and checks on the descriptor that it is a regular file.
    private static func open(_ path: String, creating: Bool, shownAs shownPath: String) throws(SaveError) -> Int32 {
        let flags = O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (creating ? O_CREAT : 0)
        var descriptor = Glibc.open(path, O_RDWR | flags, 0o600)
        if descriptor < 0, errno == EACCES || errno == EPERM {
            descriptor = Glibc.open(path, O_RDONLY | flags, 0o600)
        }
        guard descriptor >= 0 else { throw unusable(path, error: errno, shownAs: shownPath) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = errno
            close(descriptor)
            throw unusable(path, error: error, shownAs: shownPath)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw notALockFile(path, kind: FileOwner.kind(of: info.st_mode), owner: FileOwner.describe(info.st_uid), shownAs: shownPath)
        }
        return descriptor
    }

    /// True when the open file is the one at `path` now (not removed, nor replaced, by its holder).
    private static func isAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var held = stat()
        var current = stat()
        return fstat(descriptor, &held) == 0 && lstat(path, &current) == 0
            && held.st_dev == current.st_dev && held.st_ino == current.st_ino
    }

    /// Why the lock path could not be opened, in words that say what to do.
    private static func unusable(_ path: String, error: Int32, shownAs shownPath: String) -> SaveError {
        var info = stat()
        let exists = lstat(path, &info) == 0
        let denied = error == EACCES || error == EPERM
        if exists, info.st_mode & S_IFMT != S_IFREG {
            return notALockFile(path, kind: FileOwner.kind(of: info.st_mode), owner: FileOwner.describe(info.st_uid), shownAs: shownPath)
        }
        if exists, denied {
            return .lockUnusable(path: shownPath, reason: "its lock file \(path) belongs to \(FileOwner.describe(info.st_uid)) and "
                                 + "you may not open it (\(reason(error))); if no riskreg of theirs is saving this register, it is a "
                                 + "leftover: ask them, or whoever may write the data directory, to remove it")
        }
        if denied {
            return .lockUnusable(path: shownPath, reason: "its lock file \(path) cannot be made (\(reason(error))): "
                                 + "you may not write the data directory")
        }
        return .lockUnusable(path: shownPath, reason: "its lock file \(path) cannot be opened (\(reason(error)))")
    }

    /// Something riskreg never makes stands at the lock path.
    private static func notALockFile(_ path: String, kind: String, owner: String, shownAs shownPath: String) -> SaveError {
        .lockUnusable(path: shownPath, reason: "\(path) is \(kind) owned by \(owner), not riskreg's lock file; "
                      + "no save of this register can lock it until it is removed")
    }

    /// The lock stayed held for the whole wait.
    private static func held(_ shownPath: String, lock: String, wait: LockWait) -> SaveError {
        let (seconds, attoseconds) = wait.limit.components
        return .lockHeld(path: shownPath, lock: lock, seconds: Double(seconds) + Double(attoseconds) / 1e18)
    }

    private static func reason(_ error: Int32) -> String {
        String(cString: strerror(error))
    }

    private static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var time = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&time, &left) != 0, errno == EINTR { time = left }
    }
}
