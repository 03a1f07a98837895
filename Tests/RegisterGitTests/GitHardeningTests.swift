import Foundation
@testable import RegisterGit
import RegisterUI
import RiskRegister
import Testing

/// A repository's own configuration cannot make riskreg run a command: a `core.fsmonitor` or hook
/// that a data directory unzipped from someone else carries does not run for riskreg's calls
/// (status, config, committing a save), and only the user's own requests by name run hooks. Each
/// test first shows plain git does run the command here, so it fails if the options stop working.
@Suite(.timeLimit(.minutes(15)))
struct GitHardeningTests {
    @Test func theOptionsAreExactlyThese() {
        #expect(Git.options(for: .riskreg) == ["--no-pager", "-c", "core.fsmonitor=false", "-c", "core.pager=cat",
                                               "-c", "core.hooksPath=/dev/null"])
        #expect(Git.options(for: .user) == ["--no-pager", "-c", "core.fsmonitor=false", "-c", "core.pager=cat"])
    }

    @Test func aFileSystemMonitorInTheRepositoryNeverRuns() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("monitored")
            let marker = sandbox.root.appendingPathComponent("fsmonitor-ran")
            let monitor = sandbox.root.appendingPathComponent("fsmonitor.sh")
            try sandbox.markerScript(at: monitor, creating: marker)
            try sandbox.git(["config", "core.fsmonitor", monitor.path], in: repository)
            _ = try sandbox.git(["status", "--porcelain"], in: repository)
            try #require(sandbox.exists(marker), "plain git status runs the monitor, so this test can see it not run")
            try FileManager.default.removeItem(at: marker)

            let data = repository.appendingPathComponent("Data")
            let file = data.appendingPathComponent("lcc-2021-22-q3.json")
            let loaded = try RegisterStore.load(file).get()
            var edited = loaded
            edited.register.entries[0].title += " (monitored)"
            let saved = try RegisterSaver(author: "Ann").save(edited, since: loaded.register, discardingRecovery: false)
            let control = GitVersionControl(author: "Ann", environment: sandbox.environment)
            #expect(control.status(of: data)?.uncommitted == 1)
            #expect(!control.commitsOnSave(in: data))
            #expect(throws: Never.self) { try control.commit(saved, before: loaded.register).get() }
            #expect(try SharedAttributes(repository: GitRepository(holding: data, environment: sandbox.environment)).uncommitted() == nil)
            #expect(!sandbox.exists(marker), "riskreg's git calls ran the repository's core.fsmonitor")
        }
    }

    @Test func hooksDoNotRunForASaveCommitButDoForTheUsersOwnCalls() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("hooked")
            let hooks = repository.appendingPathComponent(".git/hooks")
            try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
            let preCommit = sandbox.root.appendingPathComponent("pre-commit-ran")
            let postCommit = sandbox.root.appendingPathComponent("post-commit-ran")
            try sandbox.markerScript(at: hooks.appendingPathComponent("pre-commit"), creating: preCommit)
            try sandbox.markerScript(at: hooks.appendingPathComponent("post-commit"), creating: postCommit)

            let file = repository.appendingPathComponent("Data/lcc-2021-22-q3.json")
            let loaded = try RegisterStore.load(file).get()
            var edited = loaded
            edited.register.entries[1].title += " (hooked)"
            let saved = try RegisterSaver(author: "Ann").save(edited, since: loaded.register, discardingRecovery: false)
            let hash = try SaveCommitter(author: "Ann", environment: sandbox.environment).commit(saved, before: loaded.register).get()
            #expect(!hash.isEmpty)
            #expect(!sandbox.exists(preCommit), "the pre-commit hook ran for riskreg's own commit")
            #expect(!sandbox.exists(postCommit), "the post-commit hook ran for riskreg's own commit")

            // The user's own request by name (sync's pull and push) runs hooks as git would.
            try sandbox.write("notes\n", to: repository.appendingPathComponent("notes.txt"))
            let git = Git(directory: repository, environment: sandbox.environment)
            try #require(try git.run(["add", "notes.txt"], use: .user).succeeded)
            #expect(try git.run(["commit", "-q", "-m", "Notes"], use: .user).succeeded)
            #expect(sandbox.exists(preCommit) && sandbox.exists(postCommit), "a user call runs the repository's hooks")
        }
    }

    /// riskreg's own calls take no optional lock, so a status read in the background never holds
    /// the index lock the user's own git wants; no call prompts for a password, pages or runs an
    /// external diff from the environment.
    @Test func theEnvironmentOfACallAsksForNoLocksPagerPromptOrExternalDiff() throws {
        try Sandbox.with { sandbox in
            var environment = sandbox.environment
            environment["GIT_EXTERNAL_DIFF"] = "/bin/false"
            environment["GIT_PAGER"] = "less"
            let git = Git(directory: sandbox.root, environment: environment)
            let own = git.callEnvironment(for: .riskreg)
            #expect(own["GIT_OPTIONAL_LOCKS"] == "0")
            #expect(own["GIT_TERMINAL_PROMPT"] == "0")
            #expect(own["GIT_PAGER"] == "cat")
            #expect(own["GIT_EXTERNAL_DIFF"] == nil)
            #expect(own["HOME"] == sandbox.environment["HOME"])
            let user = git.callEnvironment(for: .user)
            #expect(user["GIT_OPTIONAL_LOCKS"] == nil)
            #expect(user["GIT_PAGER"] == "cat" && user["GIT_EXTERNAL_DIFF"] == nil)
            let pager = try git.run(["var", "GIT_PAGER"])
            #expect(pager.output == "cat\n", "git itself sees the pager as cat")
        }
    }
}
