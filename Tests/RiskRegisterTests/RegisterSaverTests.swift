import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct RegisterSaverTests {
    /// 2026-11-22T10:00:00Z.
    private let noon = Date(timeIntervalSince1970: 1_795_341_600)

    @Test func historyIsRecordedAgainstTheBaselineWithTheInjectedTime() throws {
        try Fixtures.withLoadedFixture { _, url, loaded throws in
            var edited = loaded
            edited.register.entries[0].owner = "Chief Executive"
            let saver = RegisterSaver(author: "alice", clock: { [noon] in noon })
            let saved = try saver.save(edited, since: loaded.baseline)
            let change = Change(at: "2026-11-22T10:00:00Z", author: "alice", field: "owner",
                                before: "Section 151 Officer", after: "Chief Executive")
            #expect(saved.register.entries[0].history == [change])
            #expect(saved.register.entries[1].history.isEmpty)
            #expect(try RegisterStore.load(url).get().register == saved.register)
            #expect(saved.baseline == saved.register, "the next save records against what was saved")
        }
    }

    @Test func aRefusedSaveWritesNothingAndKeepsTheRecoveryFile() throws {
        try Fixtures.withLoadedFixture { directory, url, loaded throws in
            var edited = loaded
            edited.register.entries[0].title = "Mine"
            try RecoveryFile.write(edited.register, startedFrom: loaded.diskBytes, for: url, user: "alice")
            let theirs = Data("{\"someone\": \"else\"}\n".utf8)
            try theirs.write(to: url)
            let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(throws: SaveError.changedOnDisk(path: url.path)) {
                try RegisterSaver(author: "alice", clock: { [noon] in noon }).save(edited, since: loaded.baseline)
            }
            #expect(try Data(contentsOf: url) == theirs)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == before)
            let kept = try #require(try RecoveryFile.find(for: url, user: "alice")?.get())
            #expect(kept.contents(onto: loaded.baseline)?.edits == edited.register)
        }
    }

    @Test func theRecoveryFileIsRemovedOnlyOnSuccess() throws {
        struct Crash: Error {}
        try Fixtures.withLoadedFixture { _, url, loaded throws in
            var edited = loaded
            edited.register.entries[1].owner = "Someone"
            try RecoveryFile.write(edited.register, startedFrom: loaded.diskBytes, for: url, user: "alice")
            try RecoveryFile.write(loaded.register, startedFrom: loaded.diskBytes, for: url, user: "bob")
            let saver = RegisterSaver(author: "alice", clock: { [noon] in noon })
            #expect(throws: SaveError.self) { try saver.save(edited, since: loaded.baseline) { throw Crash() } }
            #expect(RecoveryFile.read(for: url, user: "alice") != nil, "a failed save keeps the recovery file")
            #expect(try Data(contentsOf: url) == Data(loaded.diskBytes))
            _ = try saver.save(edited, since: loaded.baseline)
            #expect(RecoveryFile.read(for: url, user: "alice") == nil)
            #expect(RecoveryFile.read(for: url, user: "bob") != nil, "someone else's recovery file is not the saver's")
        }
    }

    @Test func timestampsAreUTCToTheSecond() {
        #expect(RegisterSaver.timestamp(noon) == "2026-11-22T10:00:00Z")
        #expect(RegisterSaver.timestamp(noon.addingTimeInterval(0.75)) == "2026-11-22T10:00:00Z")
    }

}
