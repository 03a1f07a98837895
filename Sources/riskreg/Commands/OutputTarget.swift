import Foundation
import RiskRegister

/// Where an export goes: standard output, or a file written atomically (a temporary file beside
/// it, renamed over it when complete), so a failed export never leaves half a file. The file is
/// checked first (`OutputPath`): a new path, or an existing regular file with `force` (keeping its
/// mode), through a symbolic link to its target; never a device, FIFO, socket or directory. A
/// binary export (XLSX) is never written to a terminal.
enum OutputTarget {
    /// Writes `bytes` to `path`, or to standard output when `path` is nil. On a terminal, text
    /// that could drive it (escape sequences, bidirectional overrides) is shown escaped.
    static func write(_ bytes: [UInt8], to path: String?, force: Bool = false) throws {
        guard let path else {
            if isatty(STDOUT_FILENO) == 1 {
                Output.print(String(decoding: bytes, as: UTF8.self), terminator: "")
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            return
        }
        let output = try OutputPath(path, force: force)
        do {
            try RegisterStore.replace(URL(fileURLWithPath: output.file), with: bytes, mode: output.mode)
        } catch {
            throw CommandFailure("cannot write \(SafeText.quoted(path)): \(error)")
        }
    }

    /// Writes a binary file that `produce` writes to the path it is given (a writer that wants a
    /// file name, as libxlsxwriter does): a temporary file in the directory of the file written
    /// (`OutputPath`), renamed over it once `produce` returns, removed when it throws. With no
    /// `path` the bytes go to standard output (through a temporary file), and never to a terminal.
    static func writeFile(to path: String?, force: Bool = false, describedAs what: String, _ produce: (String) throws -> Void) throws {
        guard let path else {
            guard isatty(STDOUT_FILENO) != 1 else {
                throw CommandFailure("will not write \(what) to a terminal: give -o FILE or redirect standard output",
                                     code: CommandFailure.badInput)
            }
            let temporary = temporaryPath(in: FileManager.default.temporaryDirectory.path, for: "export")
            defer { unlink(temporary) }
            try produce(temporary)
            FileHandle.standardOutput.write(try readBack(temporary))
            return
        }
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

    /// A hidden temporary name beside the target, as the register store uses.
    private static func temporaryPath(in directory: String, for name: String) -> String {
        "\(directory)/.\(name).riskreg-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    private static func readBack(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("cannot read back the export written to \(SafeText.quoted(path)): \(error)")
        }
    }
}
