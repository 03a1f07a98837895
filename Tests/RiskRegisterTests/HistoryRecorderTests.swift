import Foundation
import Testing
@testable import RiskRegister

@Suite struct HistoryRecorderTests {
    let base = Fixtures.register().entries[0]

    @Test func fieldChangesAreRecordedWithBeforeAndAfter() {
        var edited = base
        edited.owner = "Chief Executive"
        edited.current.likelihood = 5
        edited.current.score = 20
        edited.confidence.quarters[3] = .amber
        let changes = HistoryRecorder.changes(from: base, to: edited, at: "2026-11-22T10:00:00Z", author: "alice")
        #expect(changes.map(\.field) == ["owner", "current.likelihood", "current.score", "confidence.q4"])
        #expect(changes[0] == Change(at: "2026-11-22T10:00:00Z", author: "alice", field: "owner", before: "Section 151 Officer", after: "Chief Executive"))
        #expect(changes[3].before == nil && changes[3].after == "amber")
    }

    @Test func listItemsAreComparedOneByOne() {
        var edited = base
        edited.controls = [Item(text: "Weekly monitoring", heading: "Finance"), Item(text: "New control")]
        edited.progress.insert(Item(text: "Budget agreed", date: "2026-11-22", author: "alice"), at: 0)
        let changes = HistoryRecorder.changes(from: base, to: edited, at: "t", author: "a")
        #expect(changes.map(\.field) == ["controls[0]", "controls[1]", "progress[0]"])
        #expect(changes[0].before == "[Finance] Monthly monitoring" && changes[0].after == "[Finance] Weekly monitoring")
        #expect(changes[1].before == nil && changes[1].after == "New control")
        #expect(changes[2].after == "2026-11-22 (alice) Budget agreed")
    }

    @Test func deletingAnItemIsAChangeWithNoAfter() {
        var edited = base
        edited.controls.removeAll()
        let changes = HistoryRecorder.changes(from: base, to: edited, at: "t", author: "a")
        #expect(changes == [Change(at: "t", author: "a", field: "controls[0]", before: "[Finance] Monthly monitoring", after: nil)])
    }

    @Test func anUnchangedEntryHasNoChangesAndHistoryIsExtendedOnlyWhereSomethingChanged() {
        #expect(HistoryRecorder.changes(from: base, to: base, at: "t", author: "a").isEmpty)
        let old = Fixtures.register()
        var new = old
        new.entries[1].targetDate = "March 2027"
        let recorded = HistoryRecorder.recording(new, since: old, at: "t", author: "a")
        #expect(recorded.entries[0].history.isEmpty)
        #expect(recorded.entries[1].history == [Change(at: "t", author: "a", field: "targetDate", before: nil, after: "March 2027")])
    }
}

@Suite struct RecoveryFileTests {
    @Test func recoveryFileIsHiddenRoundTripsAndIsNeverScannedAsARegister() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("r.json")
        try Data(Fixtures.bytes(Fixtures.register())).write(to: url)
        var unsaved = Fixtures.register()
        unsaved.entries[0].progress.insert(Item(text: "Unsaved note"), at: 0)
        try RecoveryFile.write(unsaved, for: url)
        #expect(RecoveryFile.url(for: url).lastPathComponent == ".r.recovery.json")
        #expect(RecoveryFile.read(for: url) == unsaved)
        #expect(try RegisterStore.scan(directory).registers.count == 1)
        try RecoveryFile.write(Fixtures.register(), for: url)
        #expect(RecoveryFile.read(for: url) == Fixtures.register(), "a later recovery file replaces the earlier one")
        RecoveryFile.discard(for: url)
        #expect(RecoveryFile.read(for: url) == nil)
    }
}
