import Foundation

/// Opens a text in the user's editor ($VISUAL, else $EDITOR, else vi) through a private
/// temporary file, while curses is suspended.
enum ExternalEditor {
    /// The edited text, or nil when the editor could not run or exited non-zero (nothing changes).
    static func edit(_ text: String, environment: [String: String]) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        var template = Array((NSTemporaryDirectory() + "/riskreg-edit-XXXXXX.txt").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, 4)
        }
        guard descriptor >= 0 else { return nil }
        let path = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { String(cString: $0) } ?? "" }
        defer { unlink(path) }
        fchmod(descriptor, 0o600)
        let bytes = Array((text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { return nil }
        // The editor string may carry arguments ("code --wait"): the shell splits it.
        let status = run(["/bin/sh", "-c", "\(editor) \"$1\"", "riskreg-editor", path])
        guard status == 0, let edited = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }

    /// Runs a program on the terminal and waits for it; its exit status (-1 when it could not run).
    private static func run(_ arguments: [String]) -> Int32 {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], nil, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
