import Foundation
import RiskRegister

/// The commits of the git repository a register file is in that touched the file, newest first,
/// from the `git` command (`git log -- FILE`); none when the file is not in a git work tree.
enum RegisterCommits {
    /// One commit.
    struct Commit {
        let hash: String
        let date: Date
        let author: String
        let subject: String
    }

    /// The commits that touched `file`; empty outside a git work tree or without git.
    /// - Throws: `CommandFailure` when git is there but its log fails.
    static func touching(_ file: URL, environment: [String: String]) throws -> [Commit] {
        let directory = file.deletingLastPathComponent()
        guard let inside = try? git(["rev-parse", "--is-inside-work-tree"], in: directory, environment: environment),
              inside.status == 0, inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" else { return [] }
        let log = try git(["log", "--format=%H%x1f%at%x1f%an%x1f%s%x1e", "--", file.lastPathComponent], in: directory,
                          environment: environment)
        guard log.status == 0 else {
            throw CommandFailure("git log of \(file.lastPathComponent) failed: \(log.error.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return log.output.split(separator: "\u{1E}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let seconds = TimeInterval(fields[1]) else { return nil }
            return Commit(hash: fields[0], date: Date(timeIntervalSince1970: seconds), author: fields[2], subject: fields[3])
        }
    }

    /// Runs `git -C directory arguments…` from `$PATH`; its status, standard output and error (git's
    /// messages here are a few lines, so reading the error after the output cannot block).
    private static func git(_ arguments: [String], in directory: URL,
                            environment: [String: String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
