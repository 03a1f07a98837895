import Foundation

/// What stat(2) says of a file, as far as telling whether it changed: size, modification and
/// status-change times in nanoseconds, inode and device. Two equal statuses are taken to mean the
/// same bytes; `DirectoryIndex` also distrusts a status too close to the time it was recorded.
public struct FileStatus: Equatable, Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Modification time (st_mtim), nanoseconds since 1970.
    public var modified: Int64
    /// Status change time (st_ctim), nanoseconds since 1970.
    public var changed: Int64
    /// Inode number.
    public var inode: UInt64
    /// Device number.
    public var device: UInt64

    /// Creates a status.
    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    /// The status of the file at a URL (following symbolic links); nil when it cannot be stat'ed.
    public static func of(_ url: URL) -> FileStatus? {
        FileIO.status(of: url.path)
    }
}
