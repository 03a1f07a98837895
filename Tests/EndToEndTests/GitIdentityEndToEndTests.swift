import Foundation
import RiskRegister
import Testing

/// One risk, one identity across two clones (issue 18): real repositories in temporary
/// directories, a bare remote and two clones set up with `riskreg git-setup`, the release binary
/// as git's merge driver.
@Suite(.timeLimit(.minutes(20))) struct GitIdentityEndToEndTests {
    private static let file = "lcc-2021-22-q4.json"

    private func path(_ clone: URL) -> URL {
        clone.appendingPathComponent("Data").appendingPathComponent(Self.file)
    }

    private func team() throws -> (GitSandbox, ann: URL, bob: URL) {
        let sandbox = try GitSandbox(first: "ann", register: Self.file)
        let bob = try sandbox.clone("bob")
        return (sandbox, sandbox.root.appendingPathComponent("ann"), bob)
    }

    /// Appends an entry to the register file as a person would by hand: JSON typed in, no uid.
    private func addByHand(_ file: URL, id: String, title: String) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        let entry = """
            {
              "id": "\(id)",
              "kind": "risk",
              "title": "\(title)",
              "type": null,
              "description": [],
              "consequences": [],
              "controls": [],
              "controlOwner": null,
              "actions": [],
              "actionOwner": null,
              "progress": [],
              "owner": "Director of Resources",
              "current": {"likelihood": 3, "impact": 4, "score": 12},
              "target": {"likelihood": 2, "impact": 4, "score": 8},
              "residual": {"likelihood": null, "impact": null, "score": null},
              "targetDate": null,
              "direction": {"trend": "unknown", "text": null},
              "confidence": {"q1": null, "q2": null, "q3": null, "q4": null},
              "notes": [],
              "history": []
            }
        """
        guard let end = text.range(of: "\n  ]\n}\n", options: .backwards) else { throw GitSandbox.Failure(description: "no end of entries") }
        text.replaceSubrange(end, with: ",\n" + entry + "\n  ]\n}\n")
        try Data(text.utf8).write(to: file)
    }

    @Test func aRenumberingInOneCloneAndAnEditInTheOtherMergeIntoOneEntry() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        let before = try sandbox.register(path(ann))
        let uid = try #require(before.entries.first { $0.id == "Corp 4" }).uid
        try sandbox.riskreg(["set", "Corp 4", "id", "Corp 9", "--commit", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["set", "Corp 4", "owner", "Director of Strategy", "--commit", "--data", "Data"], in: bob)
        let sync = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(sync.status == 0, "the merge driver exits 0: \(sync.stdout)\(sync.stderr)")
        let merged = try sandbox.register(path(bob))
        #expect(merged.entries.count == before.entries.count, "the same risk once, not Corp 4 and Corp 9")
        #expect(!merged.entries.contains { $0.id == "Corp 4" })
        let corp9 = try #require(merged.entries.first { $0.id == "Corp 9" })
        #expect(corp9.uid == uid && corp9.owner == "Director of Strategy")
        #expect(corp9.history.contains { $0.field == "id" } && corp9.history.contains { $0.field == "owner" }, "both changes in its history")
        #expect(merged.mergeConflicts.isEmpty)
        let validate = try sandbox.riskreg(["validate", "--quiet", "--data", "Data"], in: bob, allowFailure: true)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func twoRisksAddedByHandUnderOneIdInTwoClonesAreBothKept() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        try addByHand(path(ann), id: "Corp 8", title: "Cyber attack on schools")
        try sandbox.git(["commit", "-am", "Corp 8 added"], in: ann, as: "Ann")
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try addByHand(path(bob), id: "Corp 8", title: "Flooding of county roads")
        try sandbox.git(["commit", "-am", "Corp 8 added"], in: bob, as: "Bob")
        let sync = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(sync.status == 0, "\(sync.stdout)\(sync.stderr)")
        #expect(sync.stderr.contains("two entries show the id \"Corp 8\""), "the merge driver says so: \(sync.stderr)")
        let merged = try sandbox.register(path(bob))
        let added = merged.entries.filter { $0.id == "Corp 8" }
        #expect(Set(added.map(\.title)) == ["Cyber attack on schools", "Flooding of county roads"], "neither risk is lost")
        #expect(Set(added.map(\.uid)).count == 2)
        #expect(merged.mergeConflicts.isEmpty)
        let validate = try sandbox.riskreg(["validate", "--quiet", "--data", "Data"], in: bob, allowFailure: true)
        let warning = validate.stdout.split(separator: "\n").first { $0.contains("two entries show the id \"Corp 8\"") } ?? ""
        #expect(warning.contains("\"Cyber attack on schools\"") && warning.contains("\"Flooding of county roads\""), "\(validate.stdout)")
        // Ann pulls the merge: the same two risks, the same identities.
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        #expect(Set(try sandbox.register(path(ann)).entries.filter { $0.id == "Corp 8" }.map(\.uid)) == Set(added.map(\.uid)))
    }

    @Test func aConflictRecordsTheBaseValueBesideBothSides() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        let original = try #require(try sandbox.register(path(ann)).entries.first { $0.id == "Corp 7" })
        try sandbox.riskreg(["set", "Corp 7", "owner", "Ann's owner", "--commit", "--data", "Data"], in: ann)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        try sandbox.riskreg(["set", "Corp 7", "owner", "Bob's owner", "--commit", "--data", "Data"], in: bob)
        let sync = try sandbox.riskreg(["sync", "--data", "Data"], in: bob, allowFailure: true)
        #expect(sync.status == 1)
        let register = try sandbox.register(path(bob))
        #expect(register.mergeConflicts == [MergeConflict(location: .field(entry: original.uid, key: "owner"), entryID: "Corp 7",
                                                          base: original.owner.map(JSONValue.string),
                                                          mine: .string("Bob's owner"), theirs: .string("Ann's owner"))])
        let text = try String(contentsOf: path(bob), encoding: .utf8)
        #expect(text.contains("\"base\": \"\(original.owner ?? "")\""), "the file records the base value")
        let validate = try sandbox.riskreg(["validate", "--data", "Data"], in: bob, allowFailure: true)
        #expect(validate.stdout.contains("entry Corp 7, field owner: unresolved merge conflict: base"), "\(validate.stdout)")
    }

    @Test func aMergeThatIsNotAValidRegisterIsReportedWithTheReason() throws {
        let (sandbox, ann, bob) = try team()
        defer { sandbox.remove() }
        // Ann gives Corp 2 a score outside what the format takes; git's textual merge would take
        // it, the merge driver reports it and leaves the file for git to mark.
        var text = try String(contentsOf: path(ann), encoding: .utf8)
        guard let range = text.range(of: "\"likelihood\": 3,\n        \"impact\": 4,\n        \"score\": 12") else {
            Issue.record("the fixture's rating was not found")
            return
        }
        text.replaceSubrange(range, with: "\"likelihood\": 3,\n        \"impact\": 4,\n        \"score\": \"twelve\"")
        try Data(text.utf8).write(to: path(ann))
        try sandbox.git(["commit", "-am", "bad score"], in: ann, as: "Ann")
        try sandbox.git(["push"], in: ann)
        try sandbox.riskreg(["set", "Corp 7", "owner", "Bob's owner", "--commit", "--data", "Data"], in: bob)
        let pull = try sandbox.git(["pull", "--no-rebase", "--no-edit"], in: bob, allowFailure: true)
        #expect(pull.status != 0)
        let said = pull.stdout + pull.stderr
        #expect(said.contains("riskreg merge-driver: Data/\(Self.file)") && said.contains("theirs is not a register"), "\(said)")
        #expect(said.contains("score"), "the reason names the field: \(said)")
    }
}
