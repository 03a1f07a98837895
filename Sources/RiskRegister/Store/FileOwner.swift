import Glibc

/// Who owns a file, as messages name them: "uid 1001 (bob)", or "uid 1001" when the system has
/// no name for that user. A file in a shared data directory that riskreg refuses is named with
/// its owner, so the person reading the message knows whom to ask.
enum FileOwner {
    /// A user id with its login name, when the password database has one.
    static func describe(_ uid: uid_t) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let name = buffer.withUnsafeMutableBufferPointer { storage -> String? in
            var entry = passwd()
            var found: UnsafeMutablePointer<passwd>?
            guard let base = storage.baseAddress, getpwuid_r(uid, &entry, base, storage.count, &found) == 0, found != nil,
                  let name = entry.pw_name else { return nil }
            return String(cString: name)
        }
        return name.map { "uid \(uid) (\($0))" } ?? "uid \(uid)"
    }

    /// What kind of thing a file mode says a file is, as a message names it ("a directory").
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a directory"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "a file of an unknown kind"
        }
    }
}
