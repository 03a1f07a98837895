import Foundation

/// Runs the `git` command (found on PATH) in a directory, as lazygit and tig do: riskreg keeps
/// no git of its own.
struct Git {
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
    }

    /// The directory git runs in (`git -C`).
    let directory: URL

    /// Runs `git -C directory ARGUMENTS`; with `passThrough` git writes to riskreg's own standard
    /// output and error (progress and messages a person should see), else both are captured.
    @discardableResult
    func run(_ arguments: [String], passThrough: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
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
