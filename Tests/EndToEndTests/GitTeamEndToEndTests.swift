import Foundation
import RiskRegister
import Testing

/// Registers shared through git by a team (issue 13): real repositories in temporary directories,
/// a bare remote and two clones, each set up with `riskreg git-setup`.
@Suite(.timeLimit(.minutes(20))) struct GitTeamEndToEndTests {
    private static let file = "lcc-2021-22-q4.json"

    private func path(_ clone: URL) -> URL {
        clone.appendingPathComponent("Data").appendingPathComponent(Self.file)
    }

    /// A remote, Ann's clone (which made it) and Bob's.
    private func team() throws -> (GitSandbox, ann: URL, bob: URL) {
        let sandbox = try GitSandbox(first: "ann", register: Self.file)
        let bob = try sandbox.clone("bob")
        return (sandbox, sandbox.root.appendingPathComponent("ann"), bob)
    }

    @Test func aScriptCommandsCommitSyncsToTheOtherClone() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        let note = try sandbox.riskreg(["note", "Corp 4", "Met the owner; plan agreed", "--commit", "--data", "Data"], in: ann)
        #expect(note.stderr.contains("committed"), "\(note.stderr)")
        let subject = try sandbox.git(["log", "-1", "--format=%s"], in: ann).stdout
        #expect(subject.contains("Corp 4"), "the commit names the entry: \(subject)")
        #expect(try sandbox.git(["status", "--porcelain"], in: ann).stdout.isEmpty, "the save is committed, nothing left over")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        let corp4 = try #require(try sandbox.register(path(bob)).entries.first { $0.id == "Corp 4" })
        #expect(corp4.progress.first?.text == "Met the owner; plan agreed")
        #expect(corp4.history.contains { $0.field.hasPrefix("progress[") })
    }

    @Test func editsToDifferentEntriesBothLandWithBothHistoriesAndACanonicalFile() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        try sandbox.edit(path(ann), entry: "Corp 4", author: "Ann", field: "owner") { $0.owner = "Ann Example" }
        try sandbox.git(["commit", "-am", "Corp 4 owner"], in: ann, as: "Ann")
        try sandbox.git(["push"], in: ann)
        try sandbox.edit(path(bob), entry: "Corp 2", author: "Bob", field: "current") {
            $0.current = Rating(likelihood: 2, impact: 4, score: 8)
        }
        try sandbox.git(["commit", "-am", "Corp 2 rescored"], in: bob, as: "Bob")
        try sandbox.git(["pull", "--no-rebase", "--no-edit"], in: bob)
        try sandbox.git(["push"], in: bob)
        try sandbox.git(["pull", "--no-rebase", "--no-edit"], in: ann)
        for clone in [ann, bob] {
            let register = try sandbox.register(path(clone))
            let corp4 = try #require(register.entries.first { $0.id == "Corp 4" })
            let corp2 = try #require(register.entries.first { $0.id == "Corp 2" })
            #expect(corp4.owner == "Ann Example")
            #expect(corp2.current.score == 8)
            #expect(corp4.history.contains { $0.author == "Ann" })
            #expect(corp2.history.contains { $0.author == "Bob" })
            #expect(register.mergeConflicts.isEmpty)
            let check = try sandbox.riskreg(["fmt", "--check", "--data", "Data"], in: clone, allowFailure: true)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func theSameFieldEditedOnBothSidesStopsThePullAndLeavesAValidRegisterNamingTheConflict() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        try sandbox.edit(path(ann), entry: "Corp 4", author: "Ann", field: "owner") { $0.owner = "Ann's owner" }
        try sandbox.git(["commit", "-am", "owner"], in: ann, as: "Ann")
        try sandbox.git(["push"], in: ann)
        try sandbox.edit(path(bob), entry: "Corp 4", author: "Bob", field: "owner") { $0.owner = "Bob's owner" }
        try sandbox.edit(path(bob), entry: "Corp 5", author: "Bob", field: "targetDate") { $0.targetDate = "Never" }
        try sandbox.git(["commit", "-am", "owner"], in: bob, as: "Bob")
        let pull = try sandbox.git(["pull", "--no-rebase", "--no-edit"], in: bob, allowFailure: true)
        #expect(pull.status != 0)
        #expect(pull.stdout.contains("CONFLICT"), "\(pull.stdout)\(pull.stderr)")
        let register = try sandbox.register(path(bob))
        let corp4 = try #require(register.entries.first { $0.id == "Corp 4" })
        #expect(register.mergeConflicts == [MergeConflict(location: .field(entry: corp4.uid, key: "owner"), entryID: "Corp 4",
                                                          base: .string("Adult Social Care in conjunction with CMT and partners"),
                                                          mine: .string("Bob's owner"), theirs: .string("Ann's owner"))])
        #expect(register.entries.first { $0.id == "Corp 4" }?.owner == "Ann's owner")
        #expect(register.entries.first { $0.id == "Corp 5" }?.targetDate == "Never")
        let validate = try sandbox.riskreg(["validate", "--data", "Data"], in: bob, allowFailure: true)
        #expect(validate.status == 1, "\(validate.stdout)\(validate.stderr)")
        let said = validate.stdout + validate.stderr
        #expect(said.contains("Corp 4") && said.contains("owner") && said.contains("merge conflict"), "\(said)")
    }

    @Test func gitDiffAndLogShowRegisterChangesInWords() throws {
        let (sandbox, ann, _) = try team()
        defer { sandbox.remove() }
        try sandbox.edit(path(ann), entry: "Corp 4", author: "Ann", field: "current") {
            $0.current = Rating(likelihood: 2, impact: 4, score: 8)
            $0.progress.append(Item(id: "abcd1234", text: "Board briefed"))
        }
        let diff = try sandbox.git(["diff"], in: ann)
        #expect(diff.stdout.contains("Corp 4 · current: 20 (3 × 2, printed) → 8 (2 × 4)"), "\(diff.stdout)")
        #expect(diff.stdout.contains("Corp 4 · progress: added “Board briefed”"), "\(diff.stdout)")
        #expect(diff.stdout.contains("Corp 4 · history: added 1 record"), "\(diff.stdout)")
        #expect(!diff.stdout.contains("\"likelihood\""), "\(diff.stdout)")
        try sandbox.git(["commit", "-am", "Corp 4 rescored"], in: ann, as: "Ann")
        let external = try sandbox.git(["log", "-p", "--ext-diff", "-1"], in: ann)
        #expect(external.stdout.contains("Corp 4 · current: 20 (3 × 2, printed) → 8 (2 × 4)"), "\(external.stdout)")
        let log = try sandbox.git(["log", "-p", "-1"], in: ann)
        #expect(log.stdout.contains("+Corp 4 · current: 8 (2 × 4)"), "\(log.stdout)")
        #expect(!log.stdout.contains("\"likelihood\""), "\(log.stdout)")
    }

    @Test func diffComparesAnyTwoFilesInWords() throws {
        let (sandbox, ann, _) = try team()
        defer { sandbox.remove() }
        let copy = sandbox.root.appendingPathComponent("copy.json")
        try FileManager.default.copyItem(at: path(ann), to: copy)
        let same = try sandbox.riskreg(["diff", "--exit-code", copy.path, path(ann).path], in: ann)
        #expect(same.stdout.isEmpty)
        try sandbox.edit(copy, entry: "Corp 7", author: "Ann", field: "notes") { $0.notes.append("Checked") }
        let diff = try sandbox.riskreg(["diff", "--exit-code", path(ann).path, copy.path], in: ann, allowFailure: true)
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("Corp 7 · notes: added “Checked”"), "\(diff.stdout)")
        let json = try sandbox.riskreg(["diff", "--json", path(ann).path, copy.path], in: ann)
        #expect(json.stdout.contains("\"entry\": \"Corp 7\""), "\(json.stdout)")
        let bad = sandbox.root.appendingPathComponent("bad.json")
        try Data("{".utf8).write(to: bad)
        let refused = try sandbox.riskreg(["diff", bad.path, copy.path], in: ann, allowFailure: true)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.json"))
    }

    @Test func syncRoundTripsBetweenClonesAndStopsOnAConflict() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        try sandbox.edit(path(ann), entry: "Corp 6", author: "Ann", field: "owner") { $0.owner = "Ann" }
        let dirty = try sandbox.riskreg(["sync", "--data", "Data"], in: ann, allowFailure: true)
        #expect(dirty.status == 1)
        #expect(dirty.stderr.contains("uncommitted") && dirty.stderr.contains("Data/\(Self.file)"), "\(dirty.stderr)")
        try sandbox.git(["commit", "-am", "Corp 6 owner"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.edit(path(bob), entry: "Corp 7", author: "Bob", field: "owner") { $0.owner = "Bob" }
        try sandbox.git(["commit", "-am", "Corp 7 owner"], in: bob, as: "Bob")
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        for clone in [ann, bob] {
            let register = try sandbox.register(path(clone))
            #expect(register.entries.first { $0.id == "Corp 6" }?.owner == "Ann")
            #expect(register.entries.first { $0.id == "Corp 7" }?.owner == "Bob")
        }
        // Both change Corp 6's owner: Bob's sync stops naming the register and the field.
        try sandbox.edit(path(ann), entry: "Corp 6", author: "Ann", field: "owner") { $0.owner = "Ann again" }
        try sandbox.git(["commit", "-am", "Corp 6 owner"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.edit(path(bob), entry: "Corp 6", author: "Bob", field: "owner") { $0.owner = "Bob again" }
        try sandbox.git(["commit", "-am", "Corp 6 owner"], in: bob, as: "Bob")
        let stopped = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("Data/\(Self.file)") && stopped.stderr.contains("Corp 6 · owner"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("open riskreg"), "\(stopped.stderr)")
        #expect(try sandbox.register(path(bob)).mergeConflicts.count == 1)
        // No upstream: a clear message.
        try sandbox.git(["merge", "--abort"], in: bob)
        try sandbox.git(["checkout", "-b", "local"], in: bob)
        let noUpstream = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(noUpstream.status == 1)
        #expect(noUpstream.stderr.contains("no upstream"), "\(noUpstream.stderr)")
    }

    /// Both clones change the same field; Bob's sync stops.
    private func conflict(_ sandbox: GitSandbox, ann: URL, bob: URL, entry: String) throws -> Binary.Result {
        try sandbox.edit(path(ann), entry: entry, author: "Ann", field: "owner") { $0.owner = "Ann's owner" }
        try sandbox.git(["commit", "-am", "owner"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.edit(path(bob), entry: entry, author: "Bob", field: "owner") { $0.owner = "Bob's owner" }
        try sandbox.git(["commit", "-am", "owner"], in: bob, as: "Bob")
        return try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
    }

    /// sync's conflict report is real lines (it printed a literal `\u{A}` between them): what
    /// stopped, each register and its fields on a line of their own, and numbered steps naming
    /// the exact commands; a second sync before they are done says the merge is waiting, with the
    /// same steps, and following them finishes the sync.
    @Test func syncsConflictReportIsLinesWithTheStepsThatFinishIt() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        let stopped = try conflict(sandbox, ann: ann, bob: bob, entry: "Corp 6")
        #expect(stopped.status == 1)
        #expect(!stopped.stderr.contains("\\u{A}"), "\(stopped.stderr)")
        let report = stopped.stderr.split(separator: "\n").map(String.init).drop { !$0.hasPrefix("riskreg: error:") }
        #expect(Array(report) == [
            "riskreg: error: sync stopped: the team's changes and yours could not all be merged, in 1 file:",
            "  Data/\(Self.file): the same field changed on both sides:",
            "    Corp 6 · owner",
            "Nothing was pushed. To finish the merge:",
            "  1. open riskreg on lcc-2021-22-q4 (riskreg --register lcc-2021-22-q4 --data Data) and press M: for each field "
                + "m keeps mine, t theirs, e edits the value; w saves",
            "  2. git add -- Data/\(Self.file) && git commit --no-edit",
            "  3. riskreg sync --data Data",
            "(or undo the merge, back to before the pull: git merge --abort)",
        ], "\(stopped.stderr)")
        let waiting = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(waiting.status == 1)
        #expect(waiting.stderr.hasPrefix("riskreg: error: a merge is waiting to be finished, with 1 file in conflict:\n"), "\(waiting.stderr)")
        #expect(waiting.stderr.contains("\n  2. git add -- Data/\(Self.file) && git commit --no-edit\n"), "\(waiting.stderr)")
        // Step 1 done by hand here (the browser's M is tested elsewhere): keep the team's value.
        var register = try sandbox.register(path(bob))
        register.mergeConflicts = []
        try Data(RegisterFile.encode(register)).write(to: path(bob))
        try sandbox.git(["add", "--", "Data/\(Self.file)"], in: bob)
        try sandbox.git(["commit", "--no-edit"], in: bob, as: "Bob")
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        #expect(try sandbox.register(path(ann)).entries.first { $0.id == "Corp 6" }?.owner == "Ann's owner")
    }

    /// The report's line breaks are riskreg's; an entry id holding a line break and an escape
    /// sequence (untrusted data) is still shown escaped, on its own line, never as a forged line.
    @Test func anIdWithControlCharactersStaysEscapedOnItsLineInTheReport() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        let hostile = "Corp 6\nriskreg: all clear\u{1B}[2J"
        try sandbox.edit(path(ann), entry: "Corp 6", author: "Ann", field: "id") { $0.id = hostile }
        try sandbox.git(["commit", "-am", "id"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        let stopped = try conflict(sandbox, ann: ann, bob: bob, entry: hostile)
        #expect(stopped.status == 1)
        let lines = stopped.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("    Corp 6\\u{A}riskreg: all clear\\u{1B}[2J · owner"), "\(stopped.stderr)")
        #expect(!lines.contains { $0.hasPrefix("riskreg: all clear") }, "\(stopped.stderr)")
        #expect(!stopped.stderr.unicodeScalars.contains("\u{1B}"), "\(stopped.stderr)")
    }

    /// Uncommitted registers: sync names them and the commands that commit them (`git add` and
    /// `git commit`; `git config riskreg.commit true` so that saves commit themselves), and
    /// running exactly those lets the sync through.
    @Test func uncommittedRegistersNameTheCommandsThatCommitThem() throws {
        let (sandbox, ann, _) = try team()
        defer { sandbox.remove() }
        try sandbox.riskreg(["set", "Corp 6", "owner", "Ann", "--data", "Data"], in: ann)
        let refused = try sandbox.riskreg(["sync", "--data", "Data"], in: ann, allowFailure: true)
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").map(String.init) == [
            "riskreg: error: registers with uncommitted changes (sync merges commits only):",
            "  Data/\(Self.file)",
            "Commit them, then sync again:",
            "  git add -- Data/\(Self.file) && git commit -m 'Register updates'",
            "To have every save committed from now on: git config riskreg.commit true",
            "(or give --commit to riskreg, note, rescore and set).",
        ], "\(refused.stderr)")
        try sandbox.git(["add", "--", "Data/\(Self.file)"], in: ann)
        try sandbox.git(["commit", "-m", "Register updates"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.git(["config", "riskreg.commit", "true"], in: ann)
        try sandbox.riskreg(["set", "Corp 6", "owner", "Ann again", "--data", "Data"], in: ann)
        #expect(try sandbox.git(["status", "--porcelain"], in: ann).stdout.isEmpty, "the save committed itself")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
    }

    @Test func gitSetupIsIdempotentAndRefusesOutsideAWorkTree() throws {
        let (sandbox, ann, _) = try team()
        defer { sandbox.remove() }
        let attributes = ann.appendingPathComponent(".gitattributes")
        let before = try String(contentsOf: attributes, encoding: .utf8)
        #expect(before == "/Data/*.json merge=riskreg diff=riskreg\n")
        let config = try String(contentsOf: ann.appendingPathComponent(".git/config"), encoding: .utf8)
        #expect(config.contains("merge-driver %O %A %B %P"))
        let again = try sandbox.riskreg(["git-setup", "--data", "Data"], in: ann)
        #expect(again.stdout.contains("already set up"), "\(again.stdout)")
        #expect(try String(contentsOf: attributes, encoding: .utf8) == before)
        #expect(try String(contentsOf: ann.appendingPathComponent(".git/config"), encoding: .utf8) == config)
        #expect(try sandbox.git(["status", "--porcelain"], in: ann).stdout.isEmpty)
        let outside = sandbox.root.appendingPathComponent("plain")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let refused = try sandbox.riskreg(["git-setup", "--data", outside.path], in: sandbox.root, allowFailure: true)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not inside a git work tree"), "\(refused.stderr)")
    }

    @Test func aFileThatIsNotARegisterIsLeftToGit() throws {
        let (sandbox, ann, _) = try team()
        defer { sandbox.remove() }
        let files = ["base", "ours", "theirs"].map { sandbox.root.appendingPathComponent($0) }
        try FileManager.default.copyItem(at: path(ann), to: files[0])
        try Data("not json".utf8).write(to: files[1])
        try FileManager.default.copyItem(at: path(ann), to: files[2])
        let result = try sandbox.riskreg(["merge-driver"] + files.map(\.path) + ["Data/x.json"], in: ann, allowFailure: true)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Data/x.json"))
        #expect(try String(contentsOf: files[1], encoding: .utf8) == "not json")
    }
}
