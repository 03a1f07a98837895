import Foundation
import RiskRegister
import Testing

/// The path a team takes to share a register through git, step by step as new users take it: a
/// remote that holds the registers and no `.gitattributes` yet, two clones that each run
/// `riskreg git-setup`, then edits and `riskreg sync` both ways. Before git-setup committed
/// `.gitattributes`, each clone kept an untracked copy of its own and the second clone's first sync
/// stopped with git's "untracked working tree files would be overwritten by merge".
@Suite(.timeLimit(.minutes(10))) struct TeamPathEndToEndTests {
    private static let file = "lcc-2021-22-q4.json"
    private static let attributes = "/Data/*.json merge=riskreg diff=riskreg\n"
    private static let commitCommand = "git add .gitattributes && git commit -m 'Merge and diff the registers with riskreg (riskreg git-setup)'"

    private func path(_ clone: URL) -> URL {
        clone.appendingPathComponent("Data").appendingPathComponent(Self.file)
    }

    /// The progress notes' texts of an entry in a clone's register.
    private func notes(_ sandbox: GitSandbox, _ clone: URL, _ id: String) throws -> [String] {
        try #require(try sandbox.register(path(clone)).entries.first { $0.id == id }).progress.map(\.text)
    }

    /// The number of commits on the clone's branch.
    private func commits(_ sandbox: GitSandbox, _ clone: URL) throws -> Int {
        Int(try sandbox.git(["rev-list", "--count", "HEAD"], in: clone).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Both clones run git-setup before either has pushed anything: each commits the same
    /// `.gitattributes`, the two commits merge cleanly, and notes saved with `--commit` in each
    /// clone reach the other through `riskreg sync`, both ways.
    @Test func twoNewClonesEachRunGitSetupThenEditAndSyncBothWays() throws {
        let sandbox = try GitSandbox(seeded: Self.file)
        defer { sandbox.remove() }
        let (ann, annSetup) = try sandbox.clone("ann", setUp: ["--data", "Data"])
        let (bob, bobSetup) = try sandbox.clone("bob", setUp: ["--data", "Data"])
        for (clone, setup) in [(ann, annSetup), (bob, bobSetup)] {
            #expect(setup.stdout.contains("committed .gitattributes"), "\(setup.stdout)")
            #expect(try String(contentsOf: clone.appendingPathComponent(".gitattributes"), encoding: .utf8) == Self.attributes)
            #expect(try sandbox.git(["status", "--porcelain"], in: clone).stdout.isEmpty, "git-setup leaves nothing uncommitted")
            #expect(try sandbox.git(["log", "-1", "--format=%s"], in: clone).stdout.contains("riskreg git-setup"))
        }
        try sandbox.riskreg(["note", "Corp 4", "Ann met the partners", "--commit", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["note", "Corp 5", "Bob chased the board", "--commit", "--data", "Data"], in: bob)
        let first = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(first.status == 0, "the second clone's first sync: \(first.stdout)\(first.stderr)")
        #expect(!first.stderr.contains("untracked working tree files"), "\(first.stderr)")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["note", "Corp 7", "Ann again", "--commit", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        for clone in [ann, bob] {
            #expect(try notes(sandbox, clone, "Corp 4").first == "Ann met the partners")
            #expect(try notes(sandbox, clone, "Corp 5").first == "Bob chased the board")
            #expect(try notes(sandbox, clone, "Corp 7").first == "Ann again")
            #expect(try sandbox.git(["status", "--porcelain"], in: clone).stdout.isEmpty)
            #expect(try sandbox.git(["rev-parse", "HEAD"], in: clone).stdout == sandbox.git(["rev-parse", "origin/main"], in: clone).stdout)
        }
        let shared = try sandbox.git(["--git-dir", sandbox.remote.path, "show", "main:.gitattributes"], in: sandbox.root)
        #expect(shared.stdout == Self.attributes, "the remote has .gitattributes")
        // A third clone made now finds .gitattributes shared: git-setup only sets its config.
        let (carol, carolSetup) = try sandbox.clone("carol", setUp: ["--data", "Data"])
        #expect(!carolSetup.stdout.contains("committed") && !carolSetup.stdout.contains(".gitattributes"), "\(carolSetup.stdout)")
        #expect(try sandbox.git(["status", "--porcelain"], in: carol).stdout.isEmpty)
        try sandbox.riskreg(["sync", "--data", "Data"], in: carol)
    }

    /// With `--no-commit` git-setup prints the one command that commits `.gitattributes`; until
    /// it is run, sync refuses with that command (not git's "untracked working tree files would be
    /// overwritten"), changing nothing; once it has run, sync succeeds.
    @Test func gitSetupWithNoCommitNamesTheCommandAndSyncWaitsForIt() throws {
        let sandbox = try GitSandbox(seeded: Self.file)
        defer { sandbox.remove() }
        let (ann, _) = try sandbox.clone("ann", setUp: ["--data", "Data"])
        let (bob, bobSetup) = try sandbox.clone("bob", setUp: ["--data", "Data", "--no-commit"])
        #expect(bobSetup.stdout.contains(Self.commitCommand), "\(bobSetup.stdout)")
        #expect(try sandbox.git(["status", "--porcelain"], in: bob).stdout == "?? .gitattributes\n")
        try sandbox.riskreg(["note", "Corp 4", "Ann's note", "--commit", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["note", "Corp 5", "Bob's note", "--commit", "--data", "Data"], in: bob)
        let head = try sandbox.git(["rev-parse", "HEAD"], in: bob).stdout
        let refused = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(refused.status == 1)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("riskreg: error: .gitattributes is not committed") == true, "\(refused.stderr)")
        #expect(lines.contains("  " + Self.commitCommand), "\(refused.stderr)")
        #expect(!refused.stderr.contains("untracked working tree files"), "\(refused.stderr)")
        #expect(!refused.stdout.contains("pulling"), "nothing pulled: \(refused.stdout)")
        #expect(try sandbox.git(["rev-parse", "HEAD"], in: bob).stdout == head)
        try sandbox.git(["add", ".gitattributes"], in: bob)
        try sandbox.git(["commit", "-m", "Merge and diff the registers with riskreg (riskreg git-setup)"], in: bob, as: "Bob")
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        for clone in [ann, bob] {
            #expect(try notes(sandbox, clone, "Corp 4").first == "Ann's note")
            #expect(try notes(sandbox, clone, "Corp 5").first == "Bob's note")
        }
    }

    /// A clone where an older git-setup left `.gitattributes` untracked: running git-setup again
    /// commits it (its own line is all that is not committed in it), and says so.
    @Test func gitSetupRunAgainCommitsTheCopyAnEarlierRunLeftUncommitted() throws {
        let sandbox = try GitSandbox(seeded: Self.file)
        defer { sandbox.remove() }
        let (bob, _) = try sandbox.clone("bob", setUp: ["--data", "Data", "--no-commit"])
        let before = try commits(sandbox, bob)
        let again = try sandbox.riskreg(["git-setup", "--data", "Data"], in: bob)
        #expect(again.stdout.contains("committed .gitattributes"), "\(again.stdout)")
        #expect(!again.stdout.contains("added to"), "the line was there already: \(again.stdout)")
        #expect(try commits(sandbox, bob) == before + 1)
        #expect(try sandbox.git(["status", "--porcelain"], in: bob).stdout.isEmpty)
        #expect(try sandbox.git(["show", "--name-only", "--format=", "HEAD"], in: bob).stdout == ".gitattributes\n",
                "the commit holds .gitattributes alone")
        let third = try sandbox.riskreg(["git-setup", "--data", "Data"], in: bob)
        #expect(third.stdout.contains("already set up"), "\(third.stdout)")
        #expect(try commits(sandbox, bob) == before + 1)
    }

    /// A `.gitattributes` with changes of the user's own not committed is not committed by
    /// git-setup: it adds its line, keeps theirs, commits nothing, and names the command; other
    /// files staged or changed are never swept into a commit either.
    @Test func gitSetupLeavesAGitattributesWithTheUsersOwnChangesToThem() throws {
        let sandbox = try GitSandbox(seeded: Self.file)
        defer { sandbox.remove() }
        try sandbox.git(["clone", sandbox.remote.path, "bob"], in: sandbox.root)
        let bob = sandbox.root.appendingPathComponent("bob")
        try Data("*.pdf binary\n".utf8).write(to: bob.appendingPathComponent(".gitattributes"))
        let before = try commits(sandbox, bob)
        let setup = try sandbox.riskreg(["git-setup", "--data", "Data"], in: bob)
        #expect(setup.stdout.contains("changes of its own not committed") && setup.stdout.contains(Self.commitCommand), "\(setup.stdout)")
        #expect(try String(contentsOf: bob.appendingPathComponent(".gitattributes"), encoding: .utf8) == "*.pdf binary\n" + Self.attributes)
        #expect(try commits(sandbox, bob) == before)

        // A clean .gitattributes is committed alone, whatever else is staged.
        try sandbox.git(["checkout", "--", "."], in: bob)
        try FileManager.default.removeItem(at: bob.appendingPathComponent(".gitattributes"))
        try sandbox.edit(path(bob), entry: "Corp 4", author: "Bob", field: "owner") { $0.owner = "Bob" }
        try sandbox.git(["add", "Data"], in: bob)
        let clean = try sandbox.riskreg(["git-setup", "--data", "Data"], in: bob)
        #expect(clean.stdout.contains("committed .gitattributes"), "\(clean.stdout)")
        #expect(try sandbox.git(["show", "--name-only", "--format=", "HEAD"], in: bob).stdout == ".gitattributes\n")
        #expect(try sandbox.git(["status", "--porcelain"], in: bob).stdout == "M  Data/\(Self.file)\n", "the staged register is left staged")
    }
}
