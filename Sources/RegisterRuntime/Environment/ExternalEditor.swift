import Foundation
import RegisterUI

/// Opens a text in the user's editor ($VISUAL, else $EDITOR, else vi) through a private
/// temporary file, while curses is suspended.
public enum ExternalEditor {
    /// The edited text, or why there is none: the editor could not start, exited non-zero or
    /// was killed, or its file could not be written or read (nothing changes then).
    public static func edit(_ text: String, environment: [String: String]) -> Result<String, ExternalEditFailure> {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        var template = Array((NSTemporaryDirectory() + "/riskreg-edit-XXXXXX.txt").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, 4)
        }
        guard descriptor >= 0 else { return .failure(failure("could not create a temporary file", errno: errno)) }
        let path = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? "" }
        defer { unlink(path) }
        fchmod(descriptor, 0o600)
        let bytes = Array((text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let writeError = errno
        close(descriptor)
        guard written == bytes.count else { return .failure(failure("could not write a temporary file", errno: writeError)) }
        // The editor string may carry arguments ("code --wait"): the shell splits it. A plain
        // name is started directly, so that a missing editor is reported with its errno.
        let plain = !editor.contains { $0.isWhitespace || "\"'$`\\;|&<>()*?".contains($0) }
        let arguments = plain ? [editor, path] : ["/bin/sh", "-c", "\(editor) \"$1\"", "riskreg-editor", path]
        if let failure = run(arguments, name: editor) { return .failure(failure) }
        do {
            let edited = try String(contentsOfFile: path, encoding: .utf8)
            return .success(edited.hasSuffix("\n") ? String(edited.dropLast()) : edited)
        } catch {
            return .failure(ExternalEditFailure(reason: "could not read the edited text back (\(error.localizedDescription))"))
        }
    }

    /// Runs a program on the terminal (found through PATH) and waits for it; nil when it exited
    /// with status 0, else what went wrong.
    private static func run(_ arguments: [String], name: String) -> ExternalEditFailure? {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, arguments[0], nil, nil, argv, environ)
        guard spawned == 0 else { return failure("could not start \(name)", errno: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return failure("could not wait for \(name)", errno: errno) }
        }
        let signal = status & 0x7F
        if signal != 0 {
            let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
            return ExternalEditFailure(reason: "killed by signal \(signal) (\(name))")
        }
        let exit = (status >> 8) & 0xFF
        switch exit {
        case 0: return nil
        // The shell's way of saying the command was not found or could not run.
        case 126...127 where arguments[0] == "/bin/sh":
            return ExternalEditFailure(reason: "could not start \(name) (exit status \(exit) from the shell)")
        // The shell reports a command killed by a signal as 128 + the signal.
        case 129...192 where arguments[0] == "/bin/sh":
            let name = strsignal(exit - 128).map { String(cString: $0) } ?? "signal \(exit - 128)"
            return ExternalEditFailure(reason: "exit status \(exit): killed by signal \(exit - 128) (\(name))")
        default: return ExternalEditFailure(reason: "exit status \(exit)")
        }
    }

    /// A failure naming the step and the system's words for an errno value.
    private static func failure(_ step: String, errno code: Int32) -> ExternalEditFailure {
        ExternalEditFailure(reason: "\(step): \(String(cString: strerror(code)))")
    }
}
