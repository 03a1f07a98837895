import Foundation
import RiskRegister

/// An export written to a file atomically (a temporary file beside it, renamed over it when
/// complete), so a failed export never leaves half a file (`OutputTarget`). The file is checked first
/// (`OutputPath`): a new path, or an existing regular file with `force` (keeping its mode),
/// through a symbolic link to its target; never a device, FIFO, socket or directory.
public enum OutputFile {
    /// Writes `bytes` to `path`.
    public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(CommandFailure) {
        let output = try OutputPath(path, force: force)
        do {
            try RegisterStore.replace(URL(fileURLWithPath: output.file), with: bytes, mode: output.mode)
        } catch {
            throw CommandFailure("cannot write \(SafeText.quoted(path)): \(error)")
        }
    }

    /// Writes a binary file that `produce` writes to the path it is given (a writer that wants a
    /// file name, as libxlsxwriter does): a temporary file in the directory of the file written,
    /// renamed over it once `produce` returns, removed when it throws.
    public static func write(to path: String, force: Bool, _ produce: (String) throws -> Void) throws {
        let output = try OutputPath(path, force: force)
        let url = URL(fileURLWithPath: output.file)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("cannot write \(SafeText.quoted(path)): no directory \(SafeText.quoted(directory))")
        }
        let temporary = temporaryPath(in: directory, for: url.lastPathComponent)
        do {
            try produce(temporary)
            guard chmod(temporary, output.mode) == 0, rename(temporary, output.file) == 0 else {
                throw CommandFailure("cannot write \(SafeText.quoted(path)): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The bytes `produce` writes to the path it is given: a temporary file, read back and removed
    /// (for a binary export to standard output).
    public static func bytes(_ produce: (String) throws -> Void) throws -> Data {
        let temporary = temporaryPath(in: FileManager.default.temporaryDirectory.path, for: "export")
        defer { unlink(temporary) }
        try produce(temporary)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: temporary))
        } catch {
            throw CommandFailure("cannot read back the export written to \(SafeText.quoted(temporary)): \(error)")
        }
    }

    /// A hidden temporary name beside the target, as the register store uses.
    private static func temporaryPath(in directory: String, for name: String) -> String {
        "\(directory)/.\(name).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }
}
