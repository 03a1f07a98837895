import Foundation
import RiskRegister

/// A spreadsheet named to `riskreg import`, open for reading. Only a regular file is read: it is
/// opened without blocking and checked with fstat before anything is read, so a FIFO is refused
/// at once instead of waited on for ever, and a device, socket or directory is never read. A file
/// larger than the limit (`--max-file-size`) is refused before it is read. Failures exit with 2.
final class SpreadsheetFile {
    /// How much a read of the whole file asks for at once.
    static let chunkSize = 1 << 20

    private let descriptor: Int32
    /// The path as given on the command line, for messages.
    private let path: String
    private let maximumBytes: Int
    /// How many bytes have been read.
    private var position = 0

    /// Opens `path`, refusing what is not a regular file of at most `maximumBytes`.
    init(path: String, maximumBytes: Int) throws {
        self.path = path
        self.maximumBytes = maximumBytes
        descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot read \(SafeText.quoted(path)): \(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))",
                                 code: CommandFailure.badInput)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw CommandFailure("cannot read \(SafeText.quoted(path)): it is \(FileKind.described(info.st_mode)), not a spreadsheet file",
                                 code: CommandFailure.badInput)
        }
        guard Int(info.st_size) <= maximumBytes else { throw tooLarge() }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The next bytes of the file, at most `count`; none at its end.
    func read(upTo count: Int) throws -> [UInt8] {
        let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var got = Glibc.read(descriptor, buffer.baseAddress, count)
            while got < 0 && errno == EINTR { got = Glibc.read(descriptor, buffer.baseAddress, count) }
            guard got >= 0 else {
                throw CommandFailure("cannot read \(SafeText.quoted(path)): \(String(cString: strerror(errno)))", code: CommandFailure.badInput)
            }
            initialized = got
        }
        position += bytes.count
        guard position <= maximumBytes else { throw tooLarge() }  // it grew while being read
        return bytes
    }

    /// The rest of the file.
    func readAll() throws -> Data {
        var data = Data()
        while case let chunk = try read(upTo: Self.chunkSize), !chunk.isEmpty {
            data.append(contentsOf: chunk)
        }
        return data
    }

    private func tooLarge() -> CommandFailure {
        CommandFailure("\(SafeText.quoted(path)): larger than \(maximumBytes / 1_048_576) MiB (--max-file-size raises the limit)",
                       code: CommandFailure.badInput)
    }
}
