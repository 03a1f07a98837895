import Foundation

/// The real riskreg binary in a tmux pane on a private server socket, for end-to-end tests.
/// Each session has its own socket (`tmux -L`), so the default server is never touched, and
/// `close()` ends only that private server.
final class TmuxSession {
    /// Why a session could not be driven.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let socket: String
    private let statusFile: URL
    private var closed = false

    /// True when tmux is installed.
    static var isAvailable: Bool {
        (try? TmuxSession.tmux(["-V"], socket: nil).status) == 0
    }

    /// True when tmux is installed or the tests run in CI (`CI` set, as .ci/run does, which installs
    /// tmux): there a missing tmux fails the end-to-end suites instead of skipping them unseen.
    static var isAvailableOrRequired: Bool {
        isAvailable || !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    }

    /// Starts `riskreg arguments` in a width×height pane with the given environment.
    init(arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "riskreg-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status")
        var env = ["TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([try Binary.executable().path] + arguments).map(Self.quote).joined(separator: " ")
        // After the program exits the shell stays (sleeping) so that the pane keeps exactly what the
        // program left on the terminal; close() ends it with the private server.
        let script = "env -u NO_COLOR \(assignments) \(command); echo $? > \(Self.quote(statusFile.path)); exec sleep 600"
        let result = try Self.tmux(["-f", "/dev/null", "new-session", "-d", "-s", "riskreg", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script],
                                   socket: socket)
        guard result.status == 0 else { throw Failure(description: "tmux new-session failed: \(result.output)") }
    }

    deinit { close() }

    /// Sends keys by tmux name ("Up", "Enter", "Escape", "C-r") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        let result = try Self.tmux(["send-keys", "-t", socketTarget] + (literal ? ["-l"] : []) + keys, socket: socket)
        guard result.status == 0 else { throw Failure(description: "send-keys failed: \(result.output)") }
    }

    /// Sends a key by tmux name and resizes the window in the same tmux command, so that the key
    /// and the resize reach the program within the same moment.
    func send(_ key: String, thenResizeTo size: (width: Int, height: Int)) throws {
        let result = try Self.tmux(["send-keys", "-t", socketTarget, key, ";",
                                    "resize-window", "-t", socketTarget, "-x", "\(size.width)", "-y", "\(size.height)"], socket: socket)
        guard result.status == 0 else { throw Failure(description: "send-keys and resize-window failed: \(result.output)") }
    }

    /// A mouse button as the terminal reports it in xterm's normal (X10-style) encoding, which the
    /// pane's terminfo entry (tmux-256color, `kmous=\E[M`) declares: ESC [ M, then the button,
    /// column and row each plus 32 (columns and rows counted from 1). `button` is 0 for a press of
    /// the first button, 3 for a release, 64 / 65 for the wheel up / down; `x` and `y` count from 0.
    func mouse(button: Int, x: Int, y: Int) throws {
        guard x < 94, y < 94 else { throw Failure(description: "a mouse position past column or row 94 needs more than ASCII") }
        let bytes = [UInt8(32 + button), UInt8(33 + x), UInt8(33 + y)]
        try send("\u{1B}[M" + String(decoding: bytes, as: UTF8.self), literal: true)
    }

    /// A click of the first button (press, then release) at column `x`, row `y` (from 0).
    func click(x: Int, y: Int) throws {
        try mouse(button: 0, x: x, y: y)
        try mouse(button: 3, x: x, y: y)
    }

    /// The pane's text now (with `escapes`, including colour escape sequences).
    func capture(escapes: Bool = false) throws -> String {
        try Self.tmux(["capture-pane", "-p", "-t", socketTarget] + (escapes ? ["-e"] : []), socket: socket).output
    }

    /// Polls the pane until `predicate` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 20, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "timed out waiting for \(description); screen was:\n\(screen)")
    }

    /// Polls until the pane shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Resizes the pane's window (the program sees SIGWINCH, curses a KEY_RESIZE).
    func resize(width: Int, height: Int) throws {
        let result = try Self.tmux(["resize-window", "-t", socketTarget, "-x", "\(width)", "-y", "\(height)"], socket: socket)
        guard result.status == 0 else { throw Failure(description: "resize-window failed: \(result.output)") }
        let size = try paneValue("#{pane_width}x#{pane_height}")
        guard size == "\(width)x\(height)" else { throw Failure(description: "the pane is \(size) after resizing to \(width)x\(height)") }
    }

    /// A tmux format value of the pane, such as "#{alternate_on}" or "#{cursor_flag}".
    func paneValue(_ format: String) throws -> String {
        try Self.tmux(["display-message", "-p", "-t", socketTarget, format], socket: socket).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls a pane value until it equals `expected`; false when it never does within `timeout`.
    func paneValue(_ format: String, becomes expected: String, timeout: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if try paneValue(format) == expected { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }

    /// Waits for the program to exit and returns its exit status.
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "riskreg did not exit; screen was:\n\((try? capture()) ?? "")")
    }

    /// The process id of the program in the pane's shell (its child), if running.
    func programPID() throws -> Int32? {
        let shell = try paneValue("#{pane_pid}")
        let result = try Spawn.run(["pgrep", "-P", shell])
        return result.output.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Ends the private tmux server of this session, and waits (up to five seconds, then SIGKILL)
    /// for the program it ran to end, so that it writes nothing (a recovery file on hang-up) into a
    /// data directory the test removes next.
    func close() {
        guard !closed else { return }
        closed = true
        let program = (try? programPID()).flatMap { $0 }
        let commandLine = program.map(Self.commandLine)
        _ = try? Self.tmux(["kill-server"], socket: socket)
        if let program, let commandLine, !commandLine.isEmpty {
            // Still the same process (not a zombie, not a pid used again): it has the same command line.
            let running = { Self.commandLine(program) == commandLine }
            let deadline = Date().addingTimeInterval(5)
            while running() && Date() < deadline { usleep(20_000) }
            if running() { kill(program, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: statusFile)
    }

    private var socketTarget: String { "riskreg:0.0" }

    /// A process's command line from /proc ("" for a zombie or no such process).
    private static func commandLine(_ pid: Int32) -> String {
        (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func tmux(_ arguments: [String], socket: String?) throws -> (status: Int32, output: String) {
        try Spawn.run(["tmux"] + (socket.map { ["-L", $0] } ?? []) + arguments)
    }

}
