import Glibc

/// A regular file read from start to end in runs whose lengths the reader knows (the index
/// cache): each run is read straight into the array that keeps it, and a run longer than what is
/// left of the file is refused before anything is allocated for it.
struct FileInput: ~Copyable {
    private let descriptor: Int32
    /// The file's size when it was opened.
    let size: Int
    /// How many bytes have been read.
    private(set) var position = 0

    /// The file at `path` opened for reading; nil when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
        posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL)
    }

    deinit { close(descriptor) }

    /// The next `count` bytes; nil when fewer are left (by the size at opening, or because the
    /// file ended early) or they cannot be read.
    mutating func read(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= size - position else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < count {
                let got = Glibc.read(descriptor, base + initialized, count - initialized)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    complete = false
                    return
                }
                initialized += got
            }
        }
        guard complete else { return nil }
        position += count
        return bytes
    }

    /// True when nothing follows what was read (the file did not grow since it was opened).
    mutating func isAtEnd() -> Bool {
        guard position == size else { return false }
        var byte: UInt8 = 0
        while true {
            let got = Glibc.read(descriptor, &byte, 1)
            if got < 0, errno == EINTR { continue }
            return got == 0
        }
    }
}
