import Foundation
import RiskRegister

/// A spreadsheet named to `riskreg import`, open for reading. Only a regular file is read: it is
/// opened without blocking and checked with fstat before anything is read, so a FIFO is refused
/// at once instead of waited on for ever, and a device, socket or directory is never read. A file
/// larger than the limit (`--max-file-size`) is refused before it is read. Failures are `InterchangeError`s of bad input.
public final class SpreadsheetFile {
    /// How much a read of the whole file asks for at once.
    public static let chunkSize = 1 << 20

    private let descriptor: Int32
    /// The path as given on the command line, for messages.
    private let path: String
    private let maximumBytes: Int
    /// The file's size when it was opened; reads at an offset never go past it.
    public let size: Int
    /// How many bytes have been read.
    private var position = 0

    /// Opens `path`, refusing what is not a regular file of at most `maximumBytes`.
    public init(path: String, maximumBytes: Int) throws {
        self.path = path
        self.maximumBytes = maximumBytes
        descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InterchangeError.badInput("cannot read \(SafeText.quoted(path)): \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            size = 0
            throw InterchangeError.badInput("cannot read \(SafeText.quoted(path)): it is \(FileKind.described(info.st_mode)), not a spreadsheet file")
        }
        size = Int(info.st_size)
        guard size <= maximumBytes else { throw tooLarge() }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The next bytes of the file, at most `count`; none at its end.
    public func read(upTo count: Int) throws -> [UInt8] {
        let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var got = Glibc.read(descriptor, buffer.baseAddress, count)
            while got < 0 && errno == EINTR { got = Glibc.read(descriptor, buffer.baseAddress, count) }
            guard got >= 0 else {
                throw InterchangeError.badInput("cannot read \(SafeText.quoted(path)): \(String(cString: strerror(errno)))")
            }
            initialized = got
        }
        position += bytes.count
        guard position <= maximumBytes else { throw tooLarge() }  // it grew while being read
        return bytes
    }

    /// The bytes from `offset`, at most `count` and never past the size the file had when opened
    /// (fewer at its end).
    public func read(at offset: Int, count: Int) throws -> [UInt8] {
        let wanted = max(0, min(count, size - offset))
        guard offset >= 0, wanted > 0 else { return [] }
        return try [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            initialized = 0
            while initialized < wanted {
                let got = pread(descriptor, buffer.baseAddress.map { $0 + initialized }, wanted - initialized, off_t(offset + initialized))
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else {
                    throw InterchangeError.badInput("cannot read \(SafeText.quoted(path)): \(String(cString: strerror(errno)))")
                }
                if got == 0 { break }
                initialized += got
            }
        }
    }

    private func tooLarge() -> InterchangeError {
        InterchangeError.badInput("\(SafeText.quoted(path)): larger than \(maximumBytes / 1_048_576) MiB (--max-file-size raises the limit)")
    }
}
