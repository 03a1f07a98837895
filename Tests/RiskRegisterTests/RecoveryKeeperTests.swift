import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RecoveryKeeperTests {
    /// Unsaved work on the register file at `url`, which holds `base` (a recovery file's journal
    /// is read against it).
    private func work(_ register: Register, at url: URL, base: Register) -> LoadedRegister {
        if !FileManager.default.fileExists(atPath: url.path) {
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(Fixtures.bytes(base)))
        }
        var loaded = LoadedRegister(url: url, register: base, diskBytes: Fixtures.bytes(base))
        loaded.register = register
        return loaded
    }

    @Test func aChangeIsWrittenWithinTheDelayAndOnlyOncePerInterval() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let base = Fixtures.register()
        var edited = base
        edited.entries[0].owner = "Typing…"
        var keeper = RecoveryKeeper(user: "jo", delay: 0.5)
        keeper.note([work(edited, at: url, base: base)], now: 10)
        #expect(abs((keeper.secondsUntilDue(now: 10.2) ?? 0) - 0.3) < 1e-9)
        #expect(keeper.writeIfDue(now: 10.4).isEmpty)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil, "not before the delay")
        edited.entries[0].owner = "Typing more"
        keeper.note([work(edited, at: url, base: base)], now: 10.45)
        #expect(keeper.due == 10.5, "a change while waiting does not postpone the write")
        _ = keeper.writeIfDue(now: 10.5)
        #expect(RecoveryFile.read(for: url, user: "jo")?.edits.entries[0].owner == "Typing more")
        #expect(keeper.due == nil)
        keeper.note([work(edited, at: url, base: base)], now: 11)
        #expect(keeper.due == nil, "nothing new, nothing to write")
    }

    /// A keeper of `delay` that wrote the unsaved edits of r.json (owner "X") at time 0 while
    /// h.json holds an earlier session's recovery file of the same edits, then saw r.json clean
    /// (saved or undone) at time 1.
    private func keeperAfterEditsWereSaved(in directory: URL, delay: Double) throws
        -> (keeper: RecoveryKeeper, url: URL, held: URL, edited: Register) {
        let url = directory.appendingPathComponent("r.json")
        let held = directory.appendingPathComponent("h.json")
        let base = Fixtures.register()
        var edited = base
        edited.entries[0].owner = "X"
        try RecoveryFile.write(edited, startedFrom: Fixtures.bytes(base), for: held, user: "jo")
        var keeper = RecoveryKeeper(user: "jo", delay: delay)
        keeper.note([work(edited, at: url, base: base), work(base, at: held, base: base)], holding: [held], now: 0)
        keeper.writeNow()
        #expect(RecoveryFile.read(for: url, user: "jo") != nil)
        keeper.note([], holding: [held], now: 1)
        return (keeper, url, held, edited)
    }

    @Test func editsUndoneOrSavedRemoveTheFileItWroteButNeverAHeldOne() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = try keeperAfterEditsWereSaved(in: directory, delay: 0)
        var keeper = saved.keeper
        keeper.writeNow()
        #expect(RecoveryFile.read(for: saved.url, user: "jo") == nil, "clean again: the file it wrote is gone")
        #expect(RecoveryFile.read(for: saved.held, user: "jo")?.edits == saved.edited, "an earlier session's file is left alone")
    }

    @Test func aPlanIsCountedAsWrittenAndAFailedWriteIsTriedAgain() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let base = Fixtures.register()
        var edited = base
        edited.entries[0].owner = "Planned"
        var keeper = RecoveryKeeper(user: "jo", delay: 0.5)
        keeper.note([work(edited, at: url, base: base)], now: 1)
        let early = keeper.plan(now: 1.2)
        #expect(early == nil, "not due yet")
        let planned = keeper.plan(now: 1.5)
        let plan = try #require(planned)
        #expect(plan.writes.map(\.url) == [url] && plan.discards.isEmpty)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil, "a plan writes nothing until carried out")
        keeper.note([work(edited, at: url, base: base)], now: 2)
        #expect(keeper.due == nil, "the planned write counts as done")
        keeper.failed(url)
        keeper.note([work(edited, at: url, base: base)], now: 3)
        #expect(keeper.due == 3.5, "a failed write is planned again")
        let again = keeper.plan(now: 3.5)
        #expect(again?.writes.count == 1)
    }

    @Test func noPlanWritesAfterTheLastWorkWasKeptOnStopping() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let base = Fixtures.register()
        var older = base
        older.entries[0].owner = "Older edit, still queued"
        var newest = base
        newest.entries[0].owner = "Newest edit"
        let gate = RecoveryGate()
        let queued = RecoveryPlan(user: "jo", writes: [work(older, at: url, base: base)])
        var keeper = RecoveryKeeper(user: "jo")
        keeper.note([work(newest, at: url, base: base)], now: 0)
        #expect(gate.carryOutFinally(keeper.finalPlan()).isEmpty)
        #expect(gate.carryOut(queued).isEmpty)
        #expect(RecoveryFile.read(for: url, user: "jo")?.edits.entries[0].owner == "Newest edit")
    }

    /// Saved just before quitting: the keeper's write, planned while the edits were unsaved, landed
    /// after the save removed the file, and the plan removing it again was not due yet when the
    /// program stopped. The last plan removes it (the end-to-end signal test caught it left).
    @Test func theLastPlanRemovesWhatThisKeeperWroteOfARegisterCleanSince() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (keeper, url, held, _) = try keeperAfterEditsWereSaved(in: directory, delay: 0.25)
        #expect(keeper.due == 1.25, "removing it waits for the delay")
        let last = keeper.finalPlan()
        #expect(last.discards == [url] && last.writes.isEmpty)
        #expect(RecoveryGate().carryOutFinally(last).isEmpty)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil)
        #expect(RecoveryFile.read(for: held, user: "jo") != nil, "an earlier session's file is never removed")
    }
}
