import Foundation
import RegisterGit
@testable import RegisterUI
import Testing

/// The browser's status line as `GitStatusReader` reads it from real repositories: clean,
/// modified, untracked, ahead of and behind the upstream, and nothing outside git.
@Suite(.timeLimit(.minutes(15)))
struct GitStatusReaderTests {
    private func shown(_ status: GitStatus?) -> String? {
        status?.text(glyphs: .unicode)
    }

    @Test func cleanModifiedUntrackedAheadAndBehindAreShownAsTheBrowserShowsThem() throws {
        try Sandbox.with { sandbox in
            let remote = sandbox.root.appendingPathComponent("remote.git")
            try sandbox.git(["init", "-q", "--bare", "-b", "main", remote.path], in: sandbox.root)
            let mine = try sandbox.repositoryWithRegister("mine")
            try sandbox.git(["remote", "add", "origin", remote.path], in: mine)
            try sandbox.git(["push", "-q", "-u", "origin", "main"], in: mine)
            let data = mine.appendingPathComponent("Data")
            let environment = sandbox.environment

            #expect(GitStatusReader.status(of: data, environment: environment) == GitStatus(branch: "main", ahead: 0, behind: 0, uncommitted: 0))
            #expect(shown(GitStatusReader.status(of: data, environment: environment)) == "main")

            try sandbox.write("{}", to: data.appendingPathComponent("lcc-2021-22-q3.json"))
            #expect(shown(GitStatusReader.status(of: data, environment: environment)) == "main · 1 uncommitted")
            try sandbox.write("{}", to: data.appendingPathComponent("new-register.json"))
            try sandbox.write("not a register", to: data.appendingPathComponent("notes.txt"))
            #expect(shown(GitStatusReader.status(of: data, environment: environment)) == "main · 2 uncommitted")

            try sandbox.git(["add", "Data"], in: mine)
            try sandbox.git(["commit", "-q", "-m", "Mine"], in: mine)
            #expect(GitStatusReader.status(of: data, environment: environment) == GitStatus(branch: "main", ahead: 1, behind: 0, uncommitted: 0))

            let theirs = sandbox.root.appendingPathComponent("theirs")
            try sandbox.git(["clone", "-q", remote.path, theirs.path], in: sandbox.root)
            try sandbox.write("theirs\n", to: theirs.appendingPathComponent("theirs.txt"))
            try sandbox.git(["add", "."], in: theirs)
            try sandbox.git(["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "Theirs"], in: theirs)
            try sandbox.git(["push", "-q"], in: theirs)
            try sandbox.git(["fetch", "-q"], in: mine)
            #expect(shown(GitStatusReader.status(of: data, environment: environment)) == "main ↑1 ↓1")

            try sandbox.git(["checkout", "-q", "--detach"], in: mine)
            #expect(shown(GitStatusReader.status(of: data, environment: environment)) == "detached")
        }
    }

    /// Only the data directory's registers count, whatever else the repository holds.
    @Test func registersOutsideTheDataDirectoryAreNotCounted() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("counted")
            try sandbox.write("{}", to: repository.appendingPathComponent("elsewhere.json"))
            let status = GitStatusReader.status(of: repository.appendingPathComponent("Data"), environment: sandbox.environment)
            #expect(status == GitStatus(branch: "main", uncommitted: 0))
        }
    }

    @Test func outsideGitThereIsNoStatusAndNoCommitOnSave() throws {
        try Sandbox.with { sandbox in
            let plain = sandbox.root.appendingPathComponent("plain")
            try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
            #expect(!GitStatusReader.mayBeInWorkTree(plain, environment: sandbox.environment))
            #expect(GitStatusReader.status(of: plain, environment: sandbox.environment) == nil)
            #expect(!GitStatusReader.commitsOnSave(in: plain, environment: sandbox.environment))
        }
    }

    @Test func commitOnSaveIsTheRepositorysSetting() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("setting")
            let data = repository.appendingPathComponent("Data")
            #expect(!GitStatusReader.commitsOnSave(in: data, environment: sandbox.environment))
            try sandbox.git(["config", "riskreg.commit", "yes"], in: repository)
            #expect(GitStatusReader.commitsOnSave(in: data, environment: sandbox.environment))
            try sandbox.git(["config", "riskreg.commit", "false"], in: repository)
            #expect(!GitStatusReader.commitsOnSave(in: data, environment: sandbox.environment))
        }
    }
}
