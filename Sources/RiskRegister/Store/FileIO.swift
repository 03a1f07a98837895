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

    /// The whole content of a regular file.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat") }
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure(operation: "read", reason: "is a directory") }
        var result: [UInt8] = []
        result.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            if count == 0 { return result }
            result.append(contentsOf: buffer[0..<count])
        }
    }

    /// The permission bits of a file, or nil when it does not exist.
    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Creates a new file that no one else has, writes all bytes, sets its mode and fsyncs it.
    static func writeNew(_ path: String, bytes: [UInt8], mode: mode_t) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create \(path)") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress?.advanced(by: written), bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = failure("write")
                close(descriptor)
                throw error
            }
            written += count
        }
        if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 {
            let error = failure("fsync")
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

    private static func failure(_ operation: String) -> Failure {
        Failure(operation: operation, reason: String(cString: strerror(errno)))
    }
}
