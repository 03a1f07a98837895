import Glibc

/// A new file being written by `FileIO.writeNew`, a run of bytes at a time, so that a large file
/// (the index cache) is written from the buffers that hold its parts, never gathered first.
struct FileOutput {
    /// The open file.
    let descriptor: Int32

    /// Writes all of `bytes` (retrying short writes and interrupted calls).
    func write(_ bytes: UnsafeRawBufferPointer) throws(FileIO.Failure) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, base + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileIO.failure("write")
            }
            written += count
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: ArraySlice<UInt8>) throws(FileIO.Failure) {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(FileIO.Failure) in try write(raw) } }
        try result.get()
    }
}
