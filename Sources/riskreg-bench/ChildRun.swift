import Foundation
import Glibc

/// One run of a command without a terminal: its wall time, peak memory, exit status and output.
struct ChildRun {
    /// From spawn to exit.
    let wallTime: Duration
    /// Peak resident memory in bytes (VmHWM, polled every millisecond until exit: see `PeakMemory`).
    let peakMemory: Int
    /// The exit status, or nil when it was killed at the timeout (or did not start).
    let status: Int32?
    /// What it wrote on standard output (kept only when asked for).
    let output: String

    /// Runs `executable arguments` with standard input and error on /dev/null, waiting up to
    /// `timeout` seconds; keeps standard output when `keepOutput`, else discards it.
    init(_ executable: String, _ arguments: [String], environment: [String: String], keepOutput: Bool = false,
         timeout: Double = 120) {
        let clock = ContinuousClock()
        let start = clock.now
        let outputFile = keepOutput
            ? FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-bench-out-\(getpid())").path
            : "/dev/null"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawnp(&child, executable, &actions, nil, argv, envp) == 0 else {
            self.init(wallTime: clock.now - start, peakMemory: 0, status: nil, output: "")
            return
        }
        var status: Int32 = 0
        let deadline = start + .milliseconds(Int(timeout * 1000))
        var exitStatus: Int32?
        var peak = 0
        var lastPoll = start
        while true {
            if clock.now - lastPoll > .milliseconds(1) {
                peak = max(peak, PeakMemory.of(child) ?? 0)
                lastPoll = clock.now
            }
            if waitpid(child, &status, WNOHANG) == child {
                // WIFEXITED / WEXITSTATUS, which Swift's Glibc does not import.
                exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
                break
            }
            if clock.now > deadline {
                kill(child, SIGKILL)
                waitpid(child, &status, 0)
                break
            }
            usleep(200)
        }
        let elapsed = clock.now - start
        var output = ""
        if keepOutput {
            output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
            unlink(outputFile)
        }
        self.init(wallTime: elapsed, peakMemory: peak, status: exitStatus, output: output)
    }

    private init(wallTime: Duration, peakMemory: Int, status: Int32?, output: String) {
        self.wallTime = wallTime
        self.peakMemory = peakMemory
        self.status = status
        self.output = output
    }
}
