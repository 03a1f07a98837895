import Foundation
import Glibc

/// The checks and chores of the index's files in the cache directory: only a directory of the
/// user's own that nobody else may write to is used, and in it only regular files of the user's
/// own (never a symbolic link, which could point the writes anywhere).
enum CacheFiles {
    /// The files SQLite keeps beside a database: its write-ahead log and shared-memory index, and
    /// a rollback journal.
    static func companions(of path: String) -> [String] {
        ["-wal", "-shm", "-journal"].map { path + $0 }
    }

    /// True when the path names a directory (after links) of the current user that no one else
    /// may write to; one of the user's own with wider permissions is narrowed to 0700 first.
    static func isPrivateDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else { return false }
        if info.st_mode & 0o077 != 0 {
            guard chmod(path, 0o700) == 0 else { return false }
        }
        return true
    }

    /// True when something is at the path (a broken symbolic link included).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// True when the path itself (not what a link points to) is a regular file of the current user.
    static func isOwnRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid()
    }

    /// Makes the path ready for SQLite to open: a database file and companions that are not
    /// regular files of the current user are removed, and a missing database file is made empty,
    /// 0600 (SQLite gives its companions the same permissions). False when that fails.
    static func prepare(_ path: String) -> Bool {
        for file in companions(of: path) + [path] where exists(file) && !isOwnRegularFile(file) {
            guard unlink(file) == 0 else { return false }
        }
        if isOwnRegularFile(path) {
            return FileIO.permissions(of: path) == 0o600 || chmod(path, 0o600) == 0
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor < 0 { return errno == EEXIST && isOwnRegularFile(path) }  // another riskreg made it just now
        defer { close(descriptor) }
        return fchmod(descriptor, 0o600) == 0
    }

    /// Deletes a database file and its companions.
    static func remove(_ path: String) {
        for file in [path] + companions(of: path) { unlink(file) }
    }

    /// Deletes the cache file earlier versions kept for the same directory (`index-….bin`,
    /// rewritten whole by every save), when it is a regular file of the user's own.
    static func removeLegacy(of file: URL) {
        let legacy = file.deletingPathExtension().appendingPathExtension("bin").path
        if isOwnRegularFile(legacy) { unlink(legacy) }
    }
}
