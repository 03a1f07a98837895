import Foundation
import RegisterGit
import Testing

/// `riskreg sync` against a bare remote: its refusals change nothing and say what to run, and a
/// sync merges the team's commits and pushes, running the hooks of the user's own request.
@Suite(.timeLimit(.minutes(15)))
struct RegisterSyncTests {
    /// A remote, and a clone `mine` of it holding the register, pushed.
    private func team(_ sandbox: Sandbox) throws -> (remote: URL, mine: URL) {
        let remote = sandbox.root.appendingPathComponent("remote.git")
        try sandbox.git(["init", "-q", "--bare", "-b", "main", remote.path], in: sandbox.root)
        let mine = try sandbox.repositoryWithRegister("mine")
        try sandbox.git(["remote", "add", "origin", remote.path], in: mine)
        try sandbox.git(["push", "-q", "-u", "origin", "main"], in: mine)
        return (remote, mine)
    }

    private func sync(_ clone: URL, _ sandbox: Sandbox) throws -> RegisterSync {
        RegisterSync(repository: try GitRepository(holding: clone.appendingPathComponent("Data"), environment: sandbox.environment),
                     dataArgument: "Data", maximumBytes: 1 << 24)
    }

    @Test func withoutGitSetupSyncRefusesAndSaysWhatToRun() throws {
        try Sandbox.with { sandbox in
            let (_, mine) = try team(sandbox)
            var said: [String] = []
            let stop = #expect(throws: SyncStop.self) { try sync(mine, sandbox).run { said.append($0) } }
            #expect(stop?.lines == [
                "riskreg is not set up as the merge driver in \(mine.path), so a pull would merge registers line by line.",
                "Run this once in this clone, then sync again:",
                "  riskreg git-setup --data Data",
            ])
            #expect(said == [])
        }
    }

    @Test func uncommittedRegistersAreRefusedWithTheCommandsThatCommitThem() throws {
        try Sandbox.with { sandbox in
            let (_, mine) = try team(sandbox)
            let repository = try GitRepository(holding: mine.appendingPathComponent("Data"), environment: sandbox.environment)
            _ = try GitSetup(repository: repository, executable: "/bin/false", commits: true, author: "Ann").run()
            try sandbox.write("{}", to: mine.appendingPathComponent("Data/lcc-2021-22-q3.json"))
            let stop = #expect(throws: SyncStop.self) { try sync(mine, sandbox).run { _ in } }
            #expect(stop?.lines.first == "registers with uncommitted changes (sync merges commits only):")
            #expect(stop?.lines.dropFirst().first == "  Data/lcc-2021-22-q3.json")
        }
    }

    @Test func aSyncMergesTheTeamsCommitsAndPushesRunningTheUsersHooks() throws {
        try Sandbox.with { sandbox in
            let (remote, mine) = try team(sandbox)
            let repository = try GitRepository(holding: mine.appendingPathComponent("Data"), environment: sandbox.environment)
            _ = try GitSetup(repository: repository, executable: "/bin/false", commits: true, author: "Ann").run()
            let theirs = sandbox.root.appendingPathComponent("theirs")
            try sandbox.git(["clone", "-q", remote.path, theirs.path], in: sandbox.root)
            try sandbox.write("theirs\n", to: theirs.appendingPathComponent("theirs.txt"))
            try sandbox.git(["add", "."], in: theirs)
            try sandbox.git(["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "Theirs"], in: theirs)
            try sandbox.git(["push", "-q"], in: theirs)
            let hooks = mine.appendingPathComponent(".git/hooks")
            try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
            let pushed = sandbox.root.appendingPathComponent("pre-push-ran")
            try sandbox.markerScript(at: hooks.appendingPathComponent("pre-push"), creating: pushed)

            var said: [String] = []
            try sync(mine, sandbox).run { said.append($0) }
            #expect(said == ["pulling from origin/main", "pushing to origin/main", "in sync with origin/main"])
            #expect(sandbox.exists(mine.appendingPathComponent("theirs.txt")))
            let local = try sandbox.git(["rev-parse", "HEAD"], in: mine)
            #expect(try sandbox.git(["rev-parse", "main"], in: remote) == local)
            #expect(try sandbox.git(["log", "-1", "--format=%s", "main"], in: remote).hasPrefix("Merge branch 'main'"))
            #expect(sandbox.exists(pushed), "sync's push is the user's request: the pre-push hook runs as git push would run it")
        }
    }
}
