import Foundation
import RiskRegister

/// Where an export goes: standard output, or a file written atomically (a temporary file beside
/// it, renamed over it when complete), so a failed export never leaves half a file.
enum OutputTarget {
    /// Writes `bytes` to `path`, or to standard output when `path` is nil. On a terminal, text
    /// that could drive it (escape sequences, bidirectional overrides) is shown escaped.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            if isatty(STDOUT_FILENO) == 1 {
                Output.print(String(decoding: bytes, as: UTF8.self), terminator: "")
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
            return
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure("cannot write \(SafeText.quoted(path)): it is a directory", code: CommandFailure.badInput)
        }
        do {
            try RegisterStore.replace(url, with: bytes, mode: 0o644)
        } catch {
            throw CommandFailure("cannot write \(SafeText.quoted(path)): \(error)")
        }
    }
}
