import Foundation
import RegisterGit
import RiskRegister

/// A temporary directory for git repositories, with an environment of its own that works on a
/// fresh machine: HOME in the directory, no global or system git config (`GIT_CONFIG_GLOBAL` is
/// /dev/null), and git stopped from looking above the directory for a repository. Removed by
/// `Sandbox.with`.
struct Sandbox {
    /// The directory (symbolic links resolved, as git names it).
    let root: URL
    /// The environment every git run of the tests, and of riskreg's code under test, is given.
    let environment: [String: String]

    /// The repository's Data/ directory, with the shipped registers.
    static let shippedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    /// A failure of a command the tests ran to set up, with what it said.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private init() throws {
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-git-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: made.appendingPathComponent("home"), withIntermediateDirectories: true)
        root = made.resolvingSymlinksInPath()
        environment = ["HOME": root.appendingPathComponent("home").path,
                       "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                       "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
                       "GIT_CEILING_DIRECTORIES": root.path, "LANG": "C"]
    }

    /// Runs `body` with a new sandbox, removed afterwards whatever happens.
    static func with<T>(_ body: (Sandbox) throws -> T) throws -> T {
        let sandbox = try Sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox.root) }
        return try body(sandbox)
    }

    /// Runs a program plainly (no riskreg options) through the runner, in `directory`.
    func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> ProcessResult {
        try ProcessRunner(executable: URL(fileURLWithPath: executable), environment: environment, directory: directory).run(arguments)
    }

    /// Runs plain `git` (as a person would, the repository's own configuration in force) in
    /// `directory`; its standard output. Throws when git fails unless `allowFailure`.
    @discardableResult
    func git(_ arguments: [String], in directory: URL, allowFailure: Bool = false) throws -> String {
        let result = try run("/usr/bin/env", ["git"] + arguments, in: directory)
        let output = String(decoding: result.output, as: UTF8.self)
        guard result.status == 0 || allowFailure else {
            throw Failure(description: "git \(arguments.joined(separator: " ")) failed (\(result.status)): "
                          + output + String(decoding: result.errors, as: UTF8.self))
        }
        return output
    }

    /// A new repository `name` on branch main, with a committer of its own in its config unless
    /// `identity` is false.
    func repository(_ name: String, identity: Bool = true) throws -> URL {
        let directory = root.appendingPathComponent(name)
        try git(["init", "-q", "-b", "main", directory.path], in: root)
        if identity {
            try git(["config", "user.name", "Test Person"], in: directory)
            try git(["config", "user.email", "test@example.org"], in: directory)
        }
        return directory
    }

    /// A repository `name` holding Data/ with the shipped register `register`, committed.
    func repositoryWithRegister(_ name: String, register: String = "lcc-2021-22-q3.json", identity: Bool = true) throws -> URL {
        let directory = try repository(name, identity: identity)
        let data = directory.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.shippedData.appendingPathComponent(register), to: data.appendingPathComponent(register))
        try git(["add", "."], in: directory)
        try git(["-c", "user.name=Seed", "-c", "user.email=seed@example.org", "commit", "-q", "-m", "The register"], in: directory)
        return directory
    }

    /// Writes `text` to `file`.
    func write(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }

    /// Writes an executable shell script at `file` that creates `marker` when run.
    func markerScript(at file: URL, creating marker: URL) throws {
        try write("#!/bin/sh\ntouch '\(marker.path)'\n", to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    }

    /// True when `file` exists.
    func exists(_ file: URL) -> Bool {
        FileManager.default.fileExists(atPath: file.path)
    }
}
