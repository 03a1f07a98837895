import Foundation
import Testing

/// A git repository in a temporary directory holding a copy of Data/ in `data/`, committed, for
/// the browser's git tests. git never reads the user's own configuration: the global file is an
/// empty temporary one, the system file is off.
struct BrowserGitRepository {
    let root: URL
    var data: URL { root.appendingPathComponent("data") }
    private var globalConfig: URL { root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + ".gitconfig") }
    /// The browser's index cache, beside the repository (never an untracked file in it).
    private var cache: URL { root.deletingLastPathComponent().appendingPathComponent(root.lastPathComponent + "-cache") }

    /// The environment every git run (the test's and the browser's) gets.
    var environment: [String: String] {
        ["GIT_CONFIG_GLOBAL": globalConfig.path, "GIT_CONFIG_NOSYSTEM": "1"]
    }

    /// A repository on branch main with Data/ committed (as "Setup <setup@example.invalid>").
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: globalConfig.path, contents: Data())
        try FileManager.default.copyItem(at: Binary.data, to: data)
        try git("init", "--quiet", "-b", "main")
        try git("add", ".")
        try git("-c", "user.name=Setup", "-c", "user.email=setup@example.invalid", "commit", "--quiet", "-m", "Registers")
    }

    /// Runs git in the repository; its output, or a failure naming the command and what git said.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let result = try Spawn.run(["env"] + assignments + ["git", "-C", root.path] + arguments)
        guard result.status == 0 else {
            throw TmuxSession.Failure(description: "git \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    /// Removes the repository, its configuration file and the browser's cache.
    func remove() {
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.removeItem(at: globalConfig)
        try? FileManager.default.removeItem(at: cache)
    }

    /// The browser (riskreg with `arguments`) on the repository's data directory, as "e2e tester".
    func browser(arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession(arguments: ["--data", data.path] + arguments, width: 120, height: 40,
                        environment: environment.merging(["XDG_CACHE_HOME": cache.path, "RISKREG_AUTHOR": "e2e tester"]) { $1 })
    }

    /// The browser on the repository's data directory, closed (and the repository removed) when
    /// `body` returns or throws.
    static func withBrowser(arguments: [String] = [], _ body: (TmuxSession, BrowserGitRepository) throws -> Void) throws {
        let repository = try BrowserGitRepository()
        defer { repository.remove() }
        let session = try repository.browser(arguments: arguments)
        defer { session.close() }
        try body(session, repository)
    }
}
