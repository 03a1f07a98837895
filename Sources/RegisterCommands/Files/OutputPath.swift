import Foundation
import RegisterInterchange
import RiskRegister

/// Where `export -o PATH` writes, decided before anything is written: an output file is written
/// as a register is (DESIGN.md, "Trust boundaries"). A new path gets a new file, 0644 less the
/// umask. An existing regular file is replaced only with `--force`, and keeps its mode. A symbolic
/// link is followed, as a register's is: its target is checked as PATH would be and written, and
/// the link stays. A device, FIFO, socket or directory, or a link to one or to nothing, is refused
/// (exit 2), with or without `--force`, and nothing is written.
public struct OutputPath {
    /// The file to replace: PATH, or the file its symbolic links lead to.
    public let file: String
    /// The permissions the written file gets.
    public let mode: mode_t

    /// Checks `path` (as given, for messages); `force` allows replacing an existing file.
    public init(_ path: String, force: Bool) throws(CommandFailure) {
        let shown = SafeText.quoted(path)
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else {
                throw CommandFailure("cannot write \(shown): \(String(cString: strerror(errno)))", code: CommandFailure.badInput)
            }
            file = path
            mode = 0o644 & ~Self.umask()
            return
        }
        var target = path
        var through = ""
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0 else {
                let reason = errno == ENOENT ? "it is a symbolic link to a missing file" : String(cString: strerror(errno))
                throw CommandFailure("cannot write \(shown): \(reason)", code: CommandFailure.badInput)
            }
            guard let real = realpath(path, nil) else {
                throw CommandFailure("cannot write \(shown): \(String(cString: strerror(errno)))", code: CommandFailure.badInput)
            }
            defer { free(real) }
            target = String(cString: real)
            through = " (the symbolic link leads to \(SafeText.quoted(target)))"
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw CommandFailure("cannot write \(shown): it is \(FileKind.described(info.st_mode))\(through); nothing was written",
                                 code: CommandFailure.badInput)
        }
        guard force else {
            throw CommandFailure("\(shown) exists; --force overwrites it", code: CommandFailure.badInput)
        }
        file = target
        mode = info.st_mode & 0o7777
    }

    /// The process's file mode creation mask (read by setting it, then setting it back).
    private static func umask() -> mode_t {
        let mask = Foundation.umask(0o022)
        Foundation.umask(mask)
        return mask
    }
}
