import Foundation
import RegisterGit
import RegisterUI
import RiskRegister
import Testing

/// A save committed by `SaveCommitter`: the register file alone, with the message naming what the
/// save changed, by git's user when there is one and by riskreg's author otherwise.
@Suite(.timeLimit(.minutes(15)))
struct SaveCommitterTests {
    /// Saves `file` with its first entry's title changed, as a command for scripts does.
    private func saveEdit(_ file: URL, author: String) throws -> (saved: LoadedRegister, before: Register) {
        let loaded = try RegisterStore.load(file).get()
        var edited = loaded
        edited.register.entries[0].title += " (revised)"
        let saved = try RegisterSaver(author: author).save(edited, since: loaded.register, discardingRecovery: false)
        return (saved, loaded.register)
    }

    @Test func onlyTheRegisterFileIsCommittedWithTheSavesMessage() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("committing")
            let data = repository.appendingPathComponent("Data")
            try FileManager.default.copyItem(at: Sandbox.shippedData.appendingPathComponent("lcc-2021-22-q4.json"),
                                             to: data.appendingPathComponent("lcc-2021-22-q4.json"))
            try sandbox.write("draft\n", to: repository.appendingPathComponent("draft.txt"))
            try sandbox.git(["add", "draft.txt"], in: repository)
            let (saved, before) = try saveEdit(data.appendingPathComponent("lcc-2021-22-q3.json"), author: "Ann Smith")

            let hash = try SaveCommitter(author: "Ann Smith", environment: sandbox.environment).commit(saved, before: before).get()
            #expect(try sandbox.git(["rev-parse", "--short", "HEAD"], in: repository) == hash + "\n")
            #expect(try sandbox.git(["show", "--name-only", "--format=", "HEAD"], in: repository) == "Data/lcc-2021-22-q3.json\n")
            let message = try sandbox.git(["log", "-1", "--format=%B"], in: repository)
            let expected = SaveCommitMessage.text(name: "lcc-2021-22-q3", before: before, saved: saved.register)
            #expect(message.trimmingCharacters(in: .newlines) == expected)
            #expect(message.hasPrefix("riskreg: update lcc-2021-22-q3 (Corp 1: title)"), "\(message)")
            #expect(try sandbox.git(["log", "-1", "--format=%an <%ae>"], in: repository) == "Test Person <test@example.org>\n")
            // The staged draft and the untracked register are left as they were.
            let status = try sandbox.git(["status", "--porcelain"], in: repository)
            #expect(status == "A  draft.txt\n?? Data/lcc-2021-22-q4.json\n", "\(status)")
        }
    }

    @Test func withoutAGitIdentityTheAuthorCommitsAtAnAddressThatReceivesNoMail() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("anonymous", identity: false)
            let (saved, before) = try saveEdit(repository.appendingPathComponent("Data/lcc-2021-22-q3.json"), author: "Ann Smith")
            #expect(throws: Never.self) { try SaveCommitter(author: "Ann Smith", environment: sandbox.environment).commit(saved, before: before).get() }
            #expect(try sandbox.git(["log", "-1", "--format=%an <%ae>|%cn <%ce>"], in: repository)
                    == "Ann Smith <Ann.Smith@riskreg.invalid>|Ann Smith <Ann.Smith@riskreg.invalid>\n")
        }
    }

    /// A commit git refuses (another git holds the index lock) is a failure with git's own
    /// message, its "fatal: " dropped; the saved file stays as it is, not committed.
    @Test func aRefusedCommitIsGitsReason() throws {
        try Sandbox.with { sandbox in
            let repository = try sandbox.repositoryWithRegister("locked")
            let (saved, before) = try saveEdit(repository.appendingPathComponent("Data/lcc-2021-22-q3.json"), author: "Ann")
            try sandbox.write("", to: repository.appendingPathComponent(".git/index.lock"))
            let result = SaveCommitter(author: "Ann", environment: sandbox.environment).commit(saved, before: before)
            guard case .failure(let failure) = result else {
                Issue.record("committed with the index locked: \(result)")
                return
            }
            #expect(failure.message.hasPrefix("Unable to create"), "\(failure.message)")
            #expect(failure.message.contains("index.lock"), "\(failure.message)")
            #expect(try sandbox.git(["log", "--format=%s"], in: repository) == "The register\n")
        }
    }

    @Test func addressesAreSafe() {
        #expect(SaveCommitter.address(for: "Ann Smith") == "Ann.Smith@riskreg.invalid")
        #expect(SaveCommitter.address(for: "o'neil <x@y>") == "o.neil..x.y.@riskreg.invalid")
        #expect(SaveCommitter.address(for: "") == "riskreg@riskreg.invalid")
    }
}
