import Foundation

/// Runs the `git` command (found on PATH) in a directory, as lazygit and tig do: riskreg keeps
/// no git of its own. Every git call riskreg makes goes through here, and a repository's own
/// configuration is held at arm's length: a data directory unzipped from someone else may carry a
/// `.git/config` whose `core.fsmonitor`, hooks or pager run commands. So every call turns off the
/// file-system monitor and never pages, and calls riskreg makes on its own (reading status,
/// config and history, committing a save) also turn off hooks; only what the user asks git to do
/// by name (`riskreg sync`: pull with the merge driver, push) runs the repository's hooks, as
/// `git pull` would.
struct Git {
    /// What a call is for, and so what of the repository's configuration it may run.
    enum Use {
        /// riskreg reading status, config or history, or committing a save by itself: no hooks,
        /// no file-system monitor, no pager.
        case riskreg
        /// The user's own request by name (sync's pull and push): hooks as configured; still no
        /// file-system monitor and no pager.
        case user
    }

    /// How a git command ended.
    struct Result {
        /// Its exit status.
        let status: Int32
        /// What it wrote to standard output (empty when passed through).
        let output: String
        /// What it wrote to standard error (empty when passed through).
        let errors: String

        /// True when git exited 0.
        var succeeded: Bool { status == 0 }

        /// git's message for a failure: the first line of standard error, else of standard output.
        var message: String {
            let text = errors.isEmpty ? output : errors
            let line = text.split(separator: "\n").first.map(String.init) ?? "git exited with status \(status)"
            return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
        }
    }

    /// The directory git runs in (`git -C`).
    let directory: URL
    /// The environment git runs with.
    var environment = ProcessInfo.processInfo.environment

    /// The options put before every subcommand: configuration that could run a command, off.
    static func options(for use: Use) -> [String] {
        var options = ["--no-pager", "-c", "core.fsmonitor=false", "-c", "core.pager=cat"]
        if use == .riskreg { options += ["-c", "core.hooksPath=/dev/null"] }
        return options
    }

    /// Runs `git -C directory ARGUMENTS`; with `passThrough` git writes to riskreg's own standard
    /// output and error (progress and messages a person should see), else both are captured.
    @discardableResult
    func run(_ arguments: [String], passThrough: Bool = false, use: Use = .riskreg) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + Self.options(for: use) + ["-C", directory.path] + arguments
        var environment = environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        environment.removeValue(forKey: "GIT_EXTERNAL_DIFF")
        // A status read in the background must not take the index lock from the user's own git.
        if use == .riskreg { environment["GIT_OPTIONAL_LOCKS"] = "0" }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        guard !passThrough else {
            try launch(process)
            process.waitUntilExit()
            return Result(status: process.terminationStatus, output: "", errors: "")
        }
        // Standard error goes to a file, so neither stream can fill while the other is read.
        let errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-git-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let errors = try FileHandle(forWritingTo: errorsFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try launch(process)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorData = (try? Data(contentsOf: errorsFile)) ?? Data()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs a call riskreg makes on its own; nil when git cannot be run (not installed).
    func attempt(_ arguments: [String]) -> Result? {
        guard let result = try? run(arguments), result.status != 127 else { return nil }  // env says 127 for no git
        return result
    }

    /// The trimmed standard output of a git command that succeeded; nil when it failed.
    func value(_ arguments: [String]) throws -> String? {
        let result = try run(arguments)
        guard result.succeeded else { return nil }
        return result.output.trimmingCharacters(in: .newlines)
    }

    /// The work tree's top directory, or nil when `directory` is not inside a git work tree.
    func topLevel() throws -> URL? {
        guard try value(["rev-parse", "--is-inside-work-tree"]) == "true",
              let top = try value(["rev-parse", "--show-toplevel"]) else { return nil }
        return URL(fileURLWithPath: top)
    }

    private func launch(_ process: Process) throws {
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot run git: \(error.localizedDescription) (is git installed and on PATH?)")
        }
    }
}
