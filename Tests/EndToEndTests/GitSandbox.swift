import Foundation
import RiskRegister

/// Real git repositories in a temporary directory for the team tests: a bare remote and clones,
/// with a HOME and global config of their own (the user's git config is never read or touched)
/// and fixed identities.
struct GitSandbox {
    /// The temporary directory holding everything.
    let root: URL
    /// The bare repository the clones push to.
    let remote: URL

    /// A git failure, with what git said.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Makes the remote and a first clone `name` holding `Data/` with the shipped register
    /// `register`, set up with `riskreg git-setup`, committed and pushed.
    init(first name: String, register: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-git-\(UUID().uuidString)")
        remote = root.appendingPathComponent("remote.git")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent("home/gitconfig").path, contents: Data())
        try git(["init", "--bare", "-b", "main", remote.path], in: root)
        let clone = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: clone.appendingPathComponent("Data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Binary.data.appendingPathComponent(register),
                                         to: clone.appendingPathComponent("Data").appendingPathComponent(register))
        try git(["init", "-b", "main"], in: clone)
        try riskreg(["git-setup", "--data", "Data"], in: clone)
        try git(["add", "."], in: clone)
        try git(["commit", "-m", "The register"], in: clone, as: name)
        try git(["remote", "add", "origin", remote.path], in: clone)
        try git(["push", "-u", "origin", "main"], in: clone)
    }

    /// Makes the remote as a team finds it before anyone has run riskreg's git-setup: one commit,
    /// pushed from a clone `seed`, holding `Data/` with the shipped register `register` and no
    /// `.gitattributes`. The clones of the team are made with `clone(_:setUp:)`.
    init(seeded register: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-git-\(UUID().uuidString)")
        remote = root.appendingPathComponent("remote.git")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent("home/gitconfig").path, contents: Data())
        try git(["init", "--bare", "-b", "main", remote.path], in: root)
        let seed = root.appendingPathComponent("seed")
        try FileManager.default.createDirectory(at: seed.appendingPathComponent("Data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Binary.data.appendingPathComponent(register),
                                         to: seed.appendingPathComponent("Data").appendingPathComponent(register))
        try git(["init", "-b", "main"], in: seed)
        try git(["add", "."], in: seed)
        try git(["commit", "-m", "The register"], in: seed, as: "Seed")
        try git(["remote", "add", "origin", remote.path], in: seed)
        try git(["push", "-u", "origin", "main"], in: seed)
    }

    /// The environment of every git and riskreg run: a private HOME and global config, no system
    /// config, fixed dates.
    var environment: [String: String] {
        ["HOME": root.appendingPathComponent("home").path,
         "GIT_CONFIG_GLOBAL": root.appendingPathComponent("home/gitconfig").path,
         "GIT_CONFIG_NOSYSTEM": "1", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_PAGER": "cat", "PAGER": "cat",
         "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
         "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"]
    }

    /// Clones the remote as `name` and runs `riskreg git-setup` in it.
    @discardableResult
    func clone(_ name: String) throws -> URL {
        try clone(name, setUp: ["--data", "Data"]).clone
    }

    /// Clones the remote as `name` and runs `riskreg git-setup` with `arguments` in it: the clone,
    /// and what git-setup printed.
    func clone(_ name: String, setUp arguments: [String]) throws -> (clone: URL, setup: Binary.Result) {
        try git(["clone", remote.path, name], in: root)
        let clone = root.appendingPathComponent(name)
        return (clone, try riskreg(["git-setup"] + arguments, in: clone))
    }

    /// Runs git; throws when it fails unless `allowFailure`.
    @discardableResult
    func git(_ arguments: [String], in directory: URL, as author: String? = nil, allowFailure: Bool = false) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var env = environment
        if let author { env["GIT_AUTHOR_NAME"] = author; env["GIT_COMMITTER_NAME"] = author }
        process.environment = env
        process.currentDirectoryURL = directory
        let output = root.appendingPathComponent("git-\(UUID().uuidString).out")
        let errors = root.appendingPathComponent("git-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let result = Binary.Result(status: process.terminationStatus,
                                   stdout: try String(contentsOf: output, encoding: .utf8),
                                   stderr: try String(contentsOf: errors, encoding: .utf8))
        if result.status != 0, !allowFailure {
            throw Failure(description: "git \(arguments.joined(separator: " ")) failed (\(result.status)):\n\(result.stdout)\(result.stderr)")
        }
        return result
    }

    /// Runs riskreg in a clone; throws when it fails unless `allowFailure`.
    @discardableResult
    func riskreg(_ arguments: [String], in directory: URL, allowFailure: Bool = false) throws -> Binary.Result {
        let result = try Binary.run(arguments, environment: environment, in: directory)
        if result.status != 0, !allowFailure {
            throw Failure(description: "riskreg \(arguments.joined(separator: " ")) failed (\(result.status)):\n\(result.stdout)\(result.stderr)")
        }
        return result
    }

    /// Edits one entry of a register file (decoded and encoded canonically), recording the edit
    /// in the entry's history as a save does.
    func edit(_ file: URL, entry id: String, author: String, field: String, _ change: (inout Entry) -> Void) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        var register = try RegisterFile.decode(bytes).get()
        guard let index = register.entries.firstIndex(where: { $0.id == id }) else { throw Failure(description: "no entry \(id)") }
        change(&register.entries[index])
        register.entries[index].history.append(Change(at: "2026-11-27T12:00:00Z", author: author, field: field, before: nil, after: "edited"))
        try Data(RegisterFile.encode(register)).write(to: file)
    }

    /// The register file decoded.
    func register(_ file: URL) throws -> Register {
        try RegisterFile.decode([UInt8](Data(contentsOf: file))).get()
    }

    /// Removes everything.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
