import Foundation
import RegisterGit
import Testing

/// Finding the work tree of a data directory, and the listings and command lines sync builds on.
@Suite(.timeLimit(.minutes(15)))
struct GitRepositoryTests {
    @Test func aDirectoryOutsideGitOrMissingIsBadInput() throws {
        try Sandbox.with { sandbox in
            let missing = sandbox.root.appendingPathComponent("missing")
            #expect(throws: GitError.noDirectory(path: missing.path)) {
                try GitRepository(holding: missing, environment: sandbox.environment)
            }
            #expect(throws: GitError.notInWorkTree(path: sandbox.root.path)) {
                try GitRepository(holding: sandbox.root, environment: sandbox.environment)
            }
            #expect(GitError.noDirectory(path: "/x").isBadInput && GitError.notInWorkTree(path: "/x").isBadInput)
        }
    }

    @Test func theTopPrefixRegistersAndMergeStateAreGits() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("listing")
            let repository = try GitRepository(holding: top.appendingPathComponent("Data"), environment: sandbox.environment)
            #expect(repository.top.path == top.path)
            #expect(repository.prefix == "Data/")
            #expect(try repository.mergeDriver() == nil)
            #expect(try !repository.isMerging())
            #expect(try repository.unmergedPaths() == [])

            try sandbox.write("{}", to: top.appendingPathComponent("Data/lcc-2021-22-q3.json"))
            try sandbox.write("{}", to: top.appendingPathComponent("Data/new.json"))
            try sandbox.write("{}", to: top.appendingPathComponent("outside.json"))
            #expect(try repository.registerPaths(["diff", "--name-only", "HEAD"]) == ["Data/lcc-2021-22-q3.json"])
            #expect(try repository.registerPaths(["ls-files", "--others", "--exclude-standard"]) == ["Data/new.json"])
            #expect(repository.isRegister("Data/x.json") && !repository.isRegister("Data/sub/x.json") && !repository.isRegister("x.json"))

            try sandbox.git(["config", "merge.riskreg.driver", "riskreg merge-driver %O %A %B %P"], in: top)
            #expect(try repository.mergeDriver() == "riskreg merge-driver %O %A %B %P")
        }
    }

    @Test func commandsAreTypedFromWhereThePersonIs() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("typed")
            let repository = try GitRepository(holding: top.appendingPathComponent("Data"), environment: sandbox.environment)
            #expect(repository.typed(["add", "--", "Data/a b.json"], from: top) == "git add -- 'Data/a b.json'")
            #expect(repository.typed(["commit", "--no-edit"], from: sandbox.root) == "git -C \(top.path) commit --no-edit")
        }
    }

    @Test func theCommitsOfARegisterAreItsLogNewestFirst() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("history")
            let file = top.appendingPathComponent("Data/lcc-2021-22-q3.json")
            try sandbox.write("{}", to: top.appendingPathComponent("Data/other.json"))
            try sandbox.git(["add", "."], in: top)
            try sandbox.git(["commit", "-q", "-m", "Another register"], in: top)
            try sandbox.write("{}", to: file)
            try sandbox.git(["commit", "-q", "-am", "Emptied"], in: top)
            let commits = try RegisterCommits.touching(file, environment: sandbox.environment)
            #expect(commits.map(\.subject) == ["Emptied", "The register"])
            #expect(commits.map(\.author) == ["Test Person", "Seed"])
            let head = try sandbox.git(["rev-parse", "HEAD"], in: top).trimmingCharacters(in: .newlines)
            #expect(commits.first?.hash == head)

            let outside = sandbox.root.appendingPathComponent("outside.json")
            try sandbox.write("{}", to: outside)
            #expect(try RegisterCommits.touching(outside, environment: sandbox.environment) == [])
        }
    }

    @Test func aFailingLogIsAGitError() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repository("empty")
            let file = top.appendingPathComponent("register.json")
            let error = #expect(throws: GitError.self) { try RegisterCommits.touching(file, environment: sandbox.environment) }
            guard case .logFailed(let name, let message)? = error else {
                Issue.record("not a failed log: \(String(describing: error))")
                return
            }
            #expect(name == "register.json")
            #expect(message.contains("does not have any commits yet"), "\(message)")
            #expect(error?.isBadInput == false)
        }
    }
}
