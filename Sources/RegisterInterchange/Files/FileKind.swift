import Foundation

/// What a path names when it is not a regular file, in the words refusals use ("it is a FIFO
/// (named pipe)").
public enum FileKind {
    /// The kind of file of a `st_mode` (of `stat`, so never a link), with its article: "a
    /// directory", "a device".
    public static func described(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "an unknown kind of file"
        }
    }
}
