import Foundation
import RegisterGit
import Testing

/// The one process runner: both streams read at once (a program that fills either pipe first
/// never blocks), the environment and directory given, the exit status kept.
@Suite(.timeLimit(.minutes(15)))
struct ProcessRunnerTests {
    /// Writes 1.1 MB to standard error before anything to standard output, then 1.2 MB to standard
    /// output, then 1.3 MB more to standard error. A runner that read standard output to its end
    /// before standard error would block with the program blocked on a full stderr pipe; `timeout`
    /// then kills the program after 60 s, and the counts and status below fail instead of the run
    /// hanging.
    @Test func largeOutputOnBothStreamsIsCapturedWithoutBlocking() throws {
        try Sandbox.with { sandbox in
            let script = "head -c 1100000 /dev/zero >&2; head -c 1200000 /dev/zero; head -c 1300000 /dev/zero >&2; echo done >&2"
            let result = try sandbox.run("/usr/bin/env", ["timeout", "60", "/bin/sh", "-c", script], in: sandbox.root)
            #expect(result.status == 0)
            #expect(result.output.count == 1_200_000)
            #expect(result.errors.count == 2_400_005)
            #expect(result.errors.suffix(5) == Data("done\n".utf8))
        }
    }

    /// The same through git itself: `git cat-file` of a 1.5 MB blob fills standard output while
    /// standard error carries git's warning for an unknown object.
    @Test func largeGitOutputIsCaptured() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repository("large")
            let big = String(repeating: "0123456789abcdef\n", count: 90_000)
            try sandbox.write(big, to: repository.appendingPathComponent("big.txt"))
            let blob = try sandbox.git(["hash-object", "-w", "big.txt"], in: repository).trimmingCharacters(in: .whitespacesAndNewlines)
            let git = Git(directory: repository, environment: sandbox.environment)
            let shown = try git.run(["cat-file", "blob", blob])
            #expect(shown.succeeded)
            #expect(shown.output == big)
            let missing = try git.run(["cat-file", "blob", String(repeating: "0", count: 40)])
            #expect(!missing.succeeded)
            #expect(missing.message.contains("0000000000"), "\(missing.errors)")
        }
    }

    @Test func theEnvironmentAndDirectoryAreTheCallersAndTheStatusIsKept() throws {
        try Sandbox.with { sandbox in
            var environment = sandbox.environment
            environment["RISKREG_PROBE"] = "probe value"
            let runner = ProcessRunner(executable: URL(fileURLWithPath: "/bin/sh"), environment: environment, directory: sandbox.root)
            let result = try runner.run(["-c", "printf '%s\\n' \"$RISKREG_PROBE\"; pwd -P; printf oops >&2; exit 3"])
            #expect(result.status == 3)
            #expect(String(decoding: result.output, as: UTF8.self) == "probe value\n\(sandbox.root.path)\n")
            #expect(String(decoding: result.errors, as: UTF8.self) == "oops")
        }
    }

    @Test func standardInputIsEmpty() throws {
        try Sandbox.with { sandbox in
            let result = try sandbox.run("/bin/sh", ["-c", "wc -c"], in: sandbox.root)
            #expect(String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "0\n")
        }
    }

    /// Passed through, the program writes to the test's own streams: nothing is captured, and the
    /// status is still its own.
    @Test func passThroughCapturesNothing() throws {
        try Sandbox.with { sandbox in
            let runner = ProcessRunner(executable: URL(fileURLWithPath: "/bin/sh"), environment: sandbox.environment)
            let result = try runner.run(["-c", "echo passed through; exit 4"], passThrough: true)
            #expect(result == ProcessResult(status: 4, output: Data(), errors: Data()))
        }
    }

    @Test func aProgramThatCannotStartThrows() throws {
        let runner = ProcessRunner(executable: URL(fileURLWithPath: "/nonexistent/riskreg-no-such-program"))
        #expect(throws: (any Error).self) { try runner.run([]) }
    }

    @Test func gitNotOnPathIsNoResult() throws {
        try Sandbox.with { sandbox in
            var environment = sandbox.environment
            environment["PATH"] = sandbox.root.path
            let git = Git(directory: sandbox.root, environment: environment)
            #expect(git.attempt(["status"]) == nil, "env exits 127 when git is not on PATH")
            let status = try git.run(["status"]).status
            #expect(status == 127)
        }
    }
}
