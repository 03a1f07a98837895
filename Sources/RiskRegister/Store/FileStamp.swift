import Glibc

/// What tells one version of a file from another without reading it: the file (device and
/// inode), its size, and its modification and change times to the nanosecond. The kernel sets
/// the change time on every write, truncation, rename or change of times, and no program can
/// set it back; a change can keep every part of the stamp only by landing in the same tick of
/// the filesystem's clock as the change before it.
struct FileStamp: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int
    let modified: Int
    let changed: Int

    /// The stamp of what `fstat` or `stat` said; times in nanoseconds since 1970.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }

    /// The stamp of the file a path names now, or nil when there is none.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The present time on the wall clock, in nanoseconds since 1970.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
