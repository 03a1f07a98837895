import Foundation

/// Runs the `git` command (found on PATH) in a directory, as lazygit and tig do: riskreg keeps
/// no git of its own. Every git call riskreg makes goes through here (and so through the one
/// `ProcessRunner`), and a repository's own configuration is held at arm's length: a data
/// directory unzipped from someone else may carry a `.git/config` whose `core.fsmonitor`, hooks
/// or pager run commands. So every call turns off the file-system monitor and never pages, and
/// calls riskreg makes on its own (reading status, config and history, committing a save) also
/// turn off hooks; only what the user asks git to do by name (`riskreg sync`: pull with the merge
/// driver, push) runs the repository's hooks, as `git pull` would.
public struct Git: Sendable {
    /// The directory git runs in (`git -C`).
    public let directory: URL
    /// The environment git runs with (riskreg's own settings for git added to it by `run`).
    public var environment: [String: String]

    /// git in `directory`, with `environment`.
    public init(directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.directory = directory
        self.environment = environment
    }

    /// The options put before every subcommand: configuration that could run a command, off.
    public static func options(for use: GitUse) -> [String] {
        var options = ["--no-pager", "-c", "core.fsmonitor=false", "-c", "core.pager=cat"]
        if use == .riskreg { options += ["-c", "core.hooksPath=/dev/null"] }
        return options
    }

    /// The environment of a call: `environment` with no prompt for a password, no pager, no
    /// external diff, and for riskreg's own calls no optional locks.
    func callEnvironment(for use: GitUse) -> [String: String] {
        var environment = environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        environment.removeValue(forKey: "GIT_EXTERNAL_DIFF")
        // A status read in the background must not take the index lock from the user's own git.
        if use == .riskreg { environment["GIT_OPTIONAL_LOCKS"] = "0" }
        return environment
    }

    /// Runs `git -C directory ARGUMENTS`; with `passThrough` git writes to riskreg's own standard
    /// output and error (progress and messages a person should see), else both are captured.
    /// - Throws: `GitError.cannotRun` when no process could be started.
    @discardableResult
    public func run(_ arguments: [String], passThrough: Bool = false, use: GitUse = .riskreg) throws(GitError) -> GitResult {
        let runner = ProcessRunner(executable: URL(fileURLWithPath: "/usr/bin/env"), environment: callEnvironment(for: use))
        do {
            return GitResult(try runner.run(["git"] + Self.options(for: use) + ["-C", directory.path] + arguments,
                                            passThrough: passThrough))
        } catch {
            throw .cannotRun(reason: error.localizedDescription)
        }
    }

    /// Runs a call riskreg makes on its own; nil when git cannot be run (not installed).
    public func attempt(_ arguments: [String]) -> GitResult? {
        guard let result = try? run(arguments), result.status != 127 else { return nil }  // env says 127 for no git
        return result
    }

    /// The trimmed standard output of a git command that succeeded; nil when it failed.
    public func value(_ arguments: [String]) throws(GitError) -> String? {
        let result = try run(arguments)
        guard result.succeeded else { return nil }
        return result.output.trimmingCharacters(in: .newlines)
    }

    /// The work tree's top directory, or nil when `directory` is not inside a git work tree.
    public func topLevel() throws(GitError) -> URL? {
        guard try value(["rev-parse", "--is-inside-work-tree"]) == "true",
              let top = try value(["rev-parse", "--show-toplevel"]) else { return nil }
        return URL(fileURLWithPath: top)
    }
}
