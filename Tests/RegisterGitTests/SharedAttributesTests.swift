import Foundation
import RegisterGit
import Testing

/// `.gitattributes` and git-setup: the drivers set in the repository's own config, the line
/// added once, and the file committed alone (hooks off), or the command that commits it said.
@Suite(.timeLimit(.minutes(15)))
struct SharedAttributesTests {
    private let riskreg = "/opt/risk tools/riskreg"

    private func setup(_ repository: GitRepository, commits: Bool = true) -> GitSetup {
        GitSetup(repository: repository, executable: riskreg, commits: commits, author: "Ann Smith")
    }

    @Test func setupSetsTheDriversAddsTheLineAndCommitsTheFileAlone() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("setup")
            let hooks = top.appendingPathComponent(".git/hooks")
            try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
            let hookRan = sandbox.root.appendingPathComponent("hook-ran")
            try sandbox.markerScript(at: hooks.appendingPathComponent("post-commit"), creating: hookRan)
            try sandbox.write("draft\n", to: top.appendingPathComponent("draft.txt"))
            let repository = try GitRepository(holding: top.appendingPathComponent("Data"), environment: sandbox.environment)
            #expect(repository.prefix == "Data/")
            let attributes = SharedAttributes(repository: repository)
            #expect(try attributes.uncommitted() == nil, "no file is nothing to commit")

            let changed = try setup(repository).run()
            let file = top.appendingPathComponent(".gitattributes")
            let hash = try sandbox.git(["rev-parse", "--short", "HEAD"], in: top).trimmingCharacters(in: .newlines)
            #expect(changed == ["set merge.riskreg.name", "set merge.riskreg.driver", "set diff.riskreg.command", "set diff.riskreg.textconv",
                                "added to \(file.path): /Data/*.json merge=riskreg diff=riskreg",
                                "committed .gitattributes (\(hash)): `riskreg sync` shares it with the team"])
            #expect(try sandbox.git(["config", "--local", "merge.riskreg.driver"], in: top)
                    == "'/opt/risk tools/riskreg' merge-driver %O %A %B %P\n")
            #expect(try sandbox.git(["config", "--local", "diff.riskreg.textconv"], in: top) == "'/opt/risk tools/riskreg' git-textconv\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == "/Data/*.json merge=riskreg diff=riskreg\n")
            #expect(try sandbox.git(["show", "--name-only", "--format=%s", "HEAD"], in: top)
                    == SharedAttributes.commitMessage + "\n\n.gitattributes\n")
            #expect(try attributes.uncommitted() == nil)
            #expect(try sandbox.git(["status", "--porcelain"], in: top) == "?? draft.txt\n", "the draft is left alone")
            #expect(!sandbox.exists(hookRan), "git-setup's commit ran the repository's hook")
            #expect(try sandbox.git(["check-attr", "merge", "--", "Data/lcc-2021-22-q3.json"], in: top)
                    == "Data/lcc-2021-22-q3.json: merge: riskreg\n")

            #expect(try setup(repository).run() == [], "a second run changes nothing")
        }
    }

    @Test func withoutCommittingOrWithOtherChangesTheCommandIsSaid() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("uncommitted")
            let repository = try GitRepository(holding: top.appendingPathComponent("Data"), environment: sandbox.environment)
            let attributes = SharedAttributes(repository: repository)
            let command = "git -C \(top.path) add .gitattributes && git -C \(top.path) commit -m "
                + "'Merge and diff the registers with riskreg (riskreg git-setup)'"
            #expect(attributes.commitCommand == command)

            let notCommitted = try setup(repository, commits: false).run()
            #expect(notCommitted.last == "not committed (--no-commit): commit .gitattributes so the team shares riskreg's merge driver "
                    + "(`riskreg sync` waits for it): \(command)")
            #expect(try attributes.uncommitted() == "??")
            #expect(try attributes.onlyAdds(attributes.line))

            try sandbox.write("*.txt text\n/Data/*.json merge=riskreg diff=riskreg\n", to: attributes.file)
            #expect(try !attributes.onlyAdds(attributes.line), "a line of the user's own is not git-setup's to commit")
            #expect(try setup(repository).run() == [".gitattributes has changes of its own not committed, so git-setup leaves committing "
                + "it to you; commit it so the team shares riskreg's merge driver (`riskreg sync` waits for it): \(command)"])
            #expect(try sandbox.git(["log", "--format=%s"], in: top) == "The register\n")
        }
    }

    @Test func withoutAGitIdentityTheFileIsCommittedByTheAuthor() throws {
        try Sandbox.with { sandbox in
            let top = try sandbox.repositoryWithRegister("anonymous", identity: false)
            let repository = try GitRepository(holding: top.appendingPathComponent("Data"), environment: sandbox.environment)
            _ = try setup(repository).run()
            #expect(try sandbox.git(["log", "-1", "--format=%an <%ae>"], in: top) == "Ann Smith <Ann.Smith@riskreg.invalid>\n")
        }
    }

    @Test func theLineIsAddedOnceAtTheEnd() {
        let line = "/Data/*.json merge=riskreg diff=riskreg"
        #expect(SharedAttributes.adding(line, to: "") == line + "\n")
        #expect(SharedAttributes.adding(line, to: "*.txt text") == "*.txt text\n" + line + "\n")
        #expect(SharedAttributes.adding(line, to: "*.txt text\n") == "*.txt text\n" + line + "\n")
        #expect(SharedAttributes.adding(line, to: "  \(line) \n") == "  \(line) \n")
    }

    @Test func thePatternIsAnchoredAndQuotedWhenItMustBe() {
        #expect(SharedAttributes.pattern(prefix: "") == "/*.json")
        #expect(SharedAttributes.pattern(prefix: "Data/") == "/Data/*.json")
        #expect(SharedAttributes.pattern(prefix: "Risk data/") == "\"/Risk data/*.json\"")
        #expect(SharedAttributes.pattern(prefix: "a\"b\\c/") == "\"/a\\\"b\\\\c/*.json\"")
    }
}
