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
            throw InterchangeError.badInput("cannot read \(SafeText.quoted(path)): it is \(FileKind.described(info.st_mode)), not a spreadsheet file")
        }
        guard Int(info.st_size) <= maximumBytes else { throw tooLarge() }
    }

    /// A path that opens this same file again, whatever has since been renamed or planted at the
    /// path given (`/dev/fd/N`), for libraries that open files by path.
    public var descriptorPath: String { "/dev/fd/\(descriptor)" }

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

    private func tooLarge() -> InterchangeError {
        InterchangeError.badInput("\(SafeText.quoted(path)): larger than \(maximumBytes / 1_048_576) MiB (--max-file-size raises the limit)")
    }
}
