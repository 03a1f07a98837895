import Foundation
import Glibc

/// The riskreg binary on a pseudo-terminal, for timing launch and keystrokes as a user sees them.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private var exited = false

    /// Starts `executable arguments` on a new pseudo-terminal of the given size.
    init(executable: String, arguments: [String], width: Int, height: Int, environment: [String: String]) throws {
        // Linux: /dev/ptmx gives the master; TIOCSPTLCK (0x40045431) unlocks and TIOCGPTN
        // (0x80045430) names the slave. Glibc's Swift module hides posix_openpt and these macros.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw CocoaError(.fileNoSuchFile)
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, O_RDWR, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80) // POSIX_SPAWN_SETSID: a session of its own
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, executable, &actions, &attributes, argv, envp) == 0 else { throw CocoaError(.fileNoSuchFile) }
        pid = child
    }

    /// Reads until the output so far contains `marker`; the bytes read.
    @discardableResult
    func read(until marker: String, timeout: Double = 10) -> [UInt8] {
        let wanted = Array(marker.utf8)
        var output: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let chunk = readChunk(waitMilliseconds: 100) else { continue }
            output += chunk
            if output.count >= wanted.count, contains(output, wanted) { break }
        }
        return output
    }

    /// Reads what arrives until the terminal is quiet for `quietMilliseconds`.
    func drain(quietMilliseconds: Int32 = 30) {
        while readChunk(waitMilliseconds: quietMilliseconds) != nil {}
    }

    /// Sends bytes as typed keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the first bytes of the answer to a key.
    func waitForOutput(timeout: Int32 = 500) -> Bool {
        readChunk(waitMilliseconds: timeout) != nil
    }

    /// Reads until the terminal has been quiet for `quietMilliseconds`; the time from `start`
    /// to the last byte read (nil when nothing arrived).
    func lastOutput(after start: ContinuousClock.Instant, quietMilliseconds: Int32 = 150) -> Duration? {
        let clock = ContinuousClock()
        var last: ContinuousClock.Instant?
        while readChunk(waitMilliseconds: quietMilliseconds) != nil { last = clock.now }
        return last.map { $0 - start }
    }

    /// Ends the program and waits for it.
    func close() {
        guard !exited else { return }
        exited = true
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        Glibc.close(master)
    }

    /// The program's process id.
    var processID: pid_t { pid }

    /// Sends `keys`, then waits up to `timeout` seconds for the program to exit by itself; false
    /// when it had to be killed.
    func quit(keys: String, timeout: Double = 30) -> Bool {
        type(keys)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            // Keep reading so the program never blocks on a full terminal while it exits.
            _ = readChunk(waitMilliseconds: 10)
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                Glibc.close(master)
                return true
            }
        }
        close()
        return false
    }

    /// The next bytes the program wrote, waiting up to `waitMilliseconds`; nil when none came.
    func readChunk(waitMilliseconds: Int32) -> [UInt8]? {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitMilliseconds) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        return count > 0 ? Array(buffer[0..<count]) : nil
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
