import Glibc

/// Thin wrappers over POSIX file calls, reporting failures with the path and the system's reason.
enum FileIO {
    /// What went wrong in a system call.
    struct Failure: Error {
        let operation: String
        let reason: String
    }

    /// Kinds of things a path can name.
    enum Kind {
        case missing, regular, directory, other
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The whole content of a regular file of at most `maximumBytes`. Opened without blocking and
    /// checked with fstat before anything is read, so a FIFO, a device (`/dev/zero`), a socket or a
    /// directory is refused at once, never read until memory runs out or waited on forever.
    static func read(_ path: String, maximumBytes: Int = Int.max) throws(Failure) -> [UInt8] {
        try read(path, maximumBytes: maximumBytes, prefix: Int.max).bytes
    }

    /// The first `prefix` bytes of a regular file of at most `maximumBytes` (checked as `read`
    /// checks), and whether they are the whole file.
    static func read(_ path: String, maximumBytes: Int, prefix: Int) throws(Failure) -> (bytes: [UInt8], isWhole: Bool) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(operation: "check", reason: "is a directory, not a register file")
        case S_IFIFO: throw Failure(operation: "check", reason: "is a FIFO (named pipe), not a register file")
        case S_IFCHR, S_IFBLK: throw Failure(operation: "check", reason: "is a device, not a register file")
        case S_IFSOCK: throw Failure(operation: "check", reason: "is a socket, not a register file")
        default: throw Failure(operation: "check", reason: "is not a regular file")
        }
        return try read(descriptor, info: info, maximumBytes: maximumBytes, prefix: prefix)
    }

    /// The whole content of a file that stands for this process's user in a directory others may
    /// write (a recovery file), or nil when there is none. It is read only when it is a regular
    /// file the effective user owns, that no one else may write and that has no other name (a hard
    /// link); it is opened without following a symbolic link and checked on the open descriptor,
    /// so nothing can be swapped in between the check and the read. A refusal's reason says what
    /// the file is and whose.
    static func readOwn(_ path: String, maximumBytes: Int) throws(Failure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT { return nil }
            var entry = stat()
            if error == ELOOP, lstat(path, &entry) == 0 {
                throw Failure(operation: "check", reason: "is a symbolic link owned by \(FileOwner.describe(entry.st_uid)); "
                              + "it is never followed")
            }
            throw Failure(operation: "open", reason: String(cString: strerror(error)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw Failure(operation: "check", reason: "is \(FileOwner.kind(of: info.st_mode)) owned by \(FileOwner.describe(info.st_uid))")
        }
        guard info.st_uid == geteuid() else {
            throw Failure(operation: "check", reason: "owned by \(FileOwner.describe(info.st_uid)), not you")
        }
        guard info.st_mode & 0o022 == 0 else {
            throw Failure(operation: "check", reason: "others may write it (mode 0\(String(info.st_mode & 0o7777, radix: 8)))")
        }
        guard info.st_nlink == 1 else {
            throw Failure(operation: "check", reason: "it has \(info.st_nlink) names (hard links), so it may be another file of yours")
        }
        return try read(descriptor, info: info, maximumBytes: maximumBytes, prefix: Int.max).bytes
    }

    /// The first `prefix` bytes of the regular file open as `descriptor`, which `fstat` described
    /// as `info`, refused past `maximumBytes`; and whether they are the whole file.
    private static func read(_ descriptor: Int32, info: stat, maximumBytes: Int, prefix: Int) throws(Failure) -> (bytes: [UInt8], isWhole: Bool) {
        let tooLarge = { (size: Int) in
            Failure(operation: "check", reason: "the file is \(size) bytes, more than the limit of \(maximumBytes) (raise it with --max-file-size)")
        }
        if Int(info.st_size) > maximumBytes { throw tooLarge(Int(info.st_size)) }
        var result: [UInt8] = []
        result.reserveCapacity(min(Int(info.st_size), prefix))
        var buffer = [UInt8](repeating: 0, count: min(chunkSize, max(prefix, 1)))
        while result.count < prefix {
            let wanted = min(buffer.count, prefix - result.count)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            if count == 0 { return (result, true) }
            result.append(contentsOf: buffer[0..<count])
            if result.count > maximumBytes { throw tooLarge(result.count) }  // it grew while being read
        }
        return (result, false)
    }

    /// The identity and state of the file a path names (following links): what `DirectoryIndex`
    /// compares to tell whether a file changed; nil when it cannot be stat'ed.
    static func status(of path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified: Int64 = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let changed: Int64 = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        return FileStatus(size: Int64(info.st_size), modified: modified, changed: changed,
                          inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// How much a read asks for at once.
    private static let chunkSize = 1024 * 1024

    /// Whether the regular file at `path` holds exactly `expected`: its size is compared first,
    /// then its bytes as they are read, a chunk at a time (nothing the size of the file is made).
    /// When it does, also its stamp, provided the stamp was the same before and after the read.
    static func contentEquals(_ path: String, _ expected: [UInt8]) throws(Failure) -> (equal: Bool, stamp: FileStamp?) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat") }
        guard info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == expected.count else { return (false, nil) }
        let before = FileStamp(info)
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var offset = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            if count == 0 {
                guard offset == expected.count else { return (false, nil) }
                var after = stat()
                let stable = fstat(descriptor, &after) == 0 && FileStamp(after) == before
                return (true, stable ? before : nil)
            }
            guard offset + count <= expected.count else { return (false, nil) }
            let same = buffer.withUnsafeBytes { read in
                expected.withUnsafeBytes { wanted in
                    guard let got = read.baseAddress, let start = wanted.baseAddress else { return false }
                    return memcmp(got, start + offset, count) == 0
                }
            }
            guard same else { return (false, nil) }
            offset += count
        }
    }

    /// The entries of a directory as raw names: each one's text when it is valid UTF-8, else nil,
    /// with a printable form (invalid bytes as `\xNN`).
    static func names(in directory: String) throws(Failure) -> [(name: String?, shown: String)] {
        guard let handle = opendir(directory) else { throw failure("open directory") }
        defer { closedir(handle) }
        var result: [(String?, String)] = []
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                result.append((name, name))
            } else {
                let shown = bytes.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }
                result.append((nil, shown.joined()))
            }
        }
        return result
    }

    /// The file a path names after following symbolic links (the path itself when it is none).
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The owner and group of a file.
    static func owner(of path: String) -> (uid: uid_t, gid: gid_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_uid, info.st_gid)
    }

    /// True when the process may write to the file (as access(2) says).
    static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// The permission bits of a file, or nil when it does not exist.
    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Creates a new file that no one else has, writes all bytes, sets its mode and fsyncs it.
    static func writeNew(_ path: String, bytes: [UInt8], mode: mode_t) throws(Failure) {
        try writeNew(path, mode: mode) { output throws(Failure) in try output.write(bytes[...]) }
    }

    /// Creates a new file that no one else has, lets `fill` write its bytes, sets its mode and
    /// fsyncs it.
    static func writeNew(_ path: String, mode: mode_t, _ fill: (FileOutput) throws(Failure) -> Void) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create \(path)") }
        do throws(Failure) {
            try fill(FileOutput(descriptor: descriptor))
            if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { throw failure("fsync") }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure("close") }
    }

    static func rename(_ from: String, _ to: String) throws(Failure) {
        guard Glibc.rename(from, to) == 0 else { throw failure("rename") }
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// Flushes a directory's entries (the rename) to disk.
    static func syncDirectory(_ path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open directory") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("fsync directory") }
    }

    /// The failure of an operation, with the reason errno gives.
    static func failure(_ operation: String) -> Failure {
        Failure(operation: operation, reason: String(cString: strerror(errno)))
    }
}
