import Foundation
import Testing
@testable import RiskRegister

@Suite struct RecoveryKeeperTests {
    private func work(_ register: Register, at url: URL, base: Register) -> LoadedRegister {
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

    @Test func editsUndoneOrSavedRemoveTheFileItWroteButNeverAHeldOne() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        let held = directory.appendingPathComponent("h.json")
        let base = Fixtures.register()
        var edited = base
        edited.entries[0].owner = "X"
        try RecoveryFile.write(edited, startedFrom: Fixtures.bytes(base), for: held, user: "jo")
        var keeper = RecoveryKeeper(user: "jo", delay: 0)
        keeper.note([work(edited, at: url, base: base), work(base, at: held, base: base)], holding: [held], now: 0)
        keeper.writeNow()
        #expect(RecoveryFile.read(for: url, user: "jo") != nil)
        keeper.note([], holding: [held], now: 1)
        keeper.writeNow()
        #expect(RecoveryFile.read(for: url, user: "jo") == nil, "clean again: the file it wrote is gone")
        #expect(RecoveryFile.read(for: held, user: "jo")?.edits == edited, "an earlier session's file is left alone")
    }
}
