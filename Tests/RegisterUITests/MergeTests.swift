import Foundation
import Testing
@testable import RegisterUI
@testable import RiskRegister

/// Restoring recovery edits onto a file saved since, and reloading after a refused save: a
/// three-way merge that keeps what the other person saved.
@Suite(.timeLimit(.minutes(15))) struct MergeTests {
    private func contents(edits: Register, base loaded: LoadedRegister) -> RecoveryFile.Contents {
        RecoveryFile.Contents(edits: edits, base: loaded.register, baseDigest: Digest.sha256(loaded.diskBytes))
    }

    /// The browser started with Bob's recovery file of the newest register, which Alice saved
    /// since: `mine` and `theirs` each change the register as it was.
    private func restoring(mine change: (inout Register) -> Void, theirs theirChange: (inout Register) -> Void) throws
        -> (state: AppState, original: LoadedRegister, theirs: Register) {
        let scan = try Fixtures.scan()
        let original = try #require(scan.registers.last)
        var mine = original.register
        change(&mine)
        var theirsRegister = original.register
        theirChange(&theirsRegister)
        var registers = scan.registers
        registers[registers.count - 1] = LoadedRegister(url: original.url, register: theirsRegister,
                                                        diskBytes: RegisterFile.encode(theirsRegister))
        let state = AppState(scan: DirectoryScan(registers: registers, failures: []), size: Size(width: 120, height: 40),
                             capabilities: .full, recovered: [original.url: contents(edits: mine, base: original)])
        return (state, original, theirsRegister)
    }

    /// The shipped newest register as a colleague saved it since: a note added to one entry.
    private func savedSince(_ loaded: LoadedRegister, entry: Int, note: String) -> LoadedRegister {
        var register = loaded.register
        register.entries[entry].progress.insert(Item(id: "alice01", text: note, author: "alice"), at: 0)
        register.entries[entry].history.append(Change(at: "t", author: "alice", field: "progress[alice01]", before: nil, after: note))
        return LoadedRegister(url: loaded.url, register: register, diskBytes: RegisterFile.encode(register))
    }

    @Test func restoringOntoAFileSavedSinceKeepsTheirNoteAndHistory() throws {
        let scan = try Fixtures.scan()
        let original = try #require(scan.registers.last)
        var mine = original.register
        mine.entries[0].progress.insert(Item(id: "bob01", text: "Bob's note"), at: 0)
        let theirs = savedSince(original, entry: 4, note: "Alice's note")
        var registers = scan.registers
        registers[registers.count - 1] = theirs
        var state = AppState(scan: DirectoryScan(registers: registers, failures: []), size: Size(width: 120, height: 40),
                             capabilities: .full, recovered: [original.url: contents(edits: mine, base: original)])
        #expect(state.run(.press("y")) == [.discardRecovery(original.url)])
        let register = try #require(state.register)
        #expect(register.entries[0].progress.first?.text == "Bob's note")
        #expect(register.entries[4].progress.first?.text == "Alice's note")
        #expect(register.entries[4].history.last?.author == "alice")
        #expect(state.hasUnsavedChanges)
        // What a save would record: only Bob's change, against the file as Alice saved it.
        let recorded = HistoryRecorder.recording(register, since: theirs.register, at: "t2", author: "bob")
        #expect(recorded.entries.flatMap(\.history).filter { $0.author == "bob" }.map(\.field) == ["progress[bob01]"])
    }

    @Test func bothChangingOneFieldIsAskedShowingBothValues() throws {
        var (state, original, _) = try restoring(mine: {
            $0.entries[0].owner = "Bob's owner"
            $0.entries[1].owner = "Bob's other owner"
        }, theirs: {
            $0.entries[0].owner = "Alice's owner"
            $0.entries[1].owner = "Alice's other owner"
        })
        #expect(state.run(.press("y")).isEmpty)
        #expect(state.mergeSession != nil)
        let screen = view(state).text()
        #expect(screen.contains("Bob's owner") && screen.contains("Alice's owner"))
        #expect(screen.contains("(1 of 2)"))
        #expect(state.run(.press("x")).isEmpty && state.mergeSession != nil, "other keys do not answer")
        #expect(state.run(.press("m")).isEmpty)
        #expect(state.run(.press("t")) == [.discardRecovery(original.url)])
        #expect(state.overlay == nil)
        #expect(state.register?.entries[0].owner == "Bob's owner")
        #expect(state.register?.entries[1].owner == "Alice's other owner")
    }

    @Test func escStopsARestoreAndKeepsTheRecoveryFile() throws {
        var (state, original, theirsRegister) = try restoring(mine: { $0.entries[0].owner = "Bob" },
                                                              theirs: { $0.entries[0].owner = "Alice" })
        state.run(.press("y"))
        #expect(state.run(.escape).isEmpty, "no discardRecovery")
        #expect(state.register == theirsRegister && !state.hasUnsavedChanges)
        #expect(state.heldRecoveryFiles == [original.url])
    }

    @Test func reloadAfterARefusedSaveMergesInsteadOfDroppingEitherSide() throws {
        var state = AppState(scan: try Fixtures.scan(), size: Size(width: 120, height: 40), capabilities: .full,
                             author: "bob", today: "2026-11-27")
        state.run(.press("p"), .type("Bob's note"), .enter)
        let edited = try #require(state.run(.press("w")).first?.savedRegister, "w asks for a save")
        _ = update(&state, .saved(RegisterID(edited.url), .failure(.changedOnDisk(path: edited.url.path))))
        #expect(state.run(.press("y")) == [.reload(edited)])
        let original = LoadedRegister(url: edited.url, register: state.workspace.baselines[state.openID!]!, diskBytes: edited.diskBytes)
        let theirs = savedSince(original, entry: 3, note: "Alice's note")
        _ = update(&state, .reloaded(.success(theirs)))
        #expect(state.overlay == nil)
        #expect(state.register?.entries[0].progress.first?.text == "Bob's note")
        #expect(state.register?.entries[3].progress.first?.text == "Alice's note")
        #expect(state.loaded?.diskBytes == theirs.diskBytes, "a save now checks against the file as Alice saved it")
    }
}
