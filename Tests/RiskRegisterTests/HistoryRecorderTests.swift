import Foundation
import Testing
@testable import RiskRegister

@Suite(.timeLimit(.minutes(15))) struct HistoryRecorderTests {
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

    @Test func listItemsAreNamedByTheirIdNotTheirPosition() {
        var edited = base
        edited.controls = [Item(id: "c1", text: "Weekly monitoring", heading: "Finance"), Item(id: "c2", text: "New control")]
        edited.progress.insert(Item(id: "p1", text: "Budget agreed", date: "2026-11-22", author: "alice"), at: 0)
        let changes = HistoryRecorder.changes(from: base, to: edited, at: "t", author: "a")
        #expect(changes.map(\.field) == ["controls[c1]", "controls[c2]", "progress[p1]"])
        #expect(changes[0].before == "[Finance] Monthly monitoring" && changes[0].after == "[Finance] Weekly monitoring")
        #expect(changes[1].before == nil && changes[1].after == "New control")
        #expect(changes[2].after == "2026-11-22 (alice) Budget agreed")
        // A second note added above the first: the first keeps its name.
        var later = edited
        later.progress.insert(Item(id: "p2", text: "Second note"), at: 0)
        let next = HistoryRecorder.changes(from: edited, to: later, at: "t", author: "a")
        #expect(next.map(\.field) == ["progress[p2]"])
    }

    @Test func aNewOrderOfTheSameItemsIsOneChangeListingTheIds() {
        var entry = base
        entry.controls.append(Item(id: "c2", text: "Second"))
        var moved = entry
        moved.controls.swapAt(0, 1)
        let changes = HistoryRecorder.changes(from: entry, to: moved, at: "t", author: "a")
        #expect(changes == [Change(at: "t", author: "a", field: "controls order", before: "c1 c2", after: "c2 c1")])
    }

    @Test func clearingThePrintedWordsOfARatingIsRecorded() {
        var printed = base
        printed.current.likelihoodText = "Major (4)"
        var rescored = printed
        rescored.current.likelihoodText = nil
        rescored.current.likelihood = 3
        let changes = HistoryRecorder.changes(from: printed, to: rescored, at: "t", author: "a")
        #expect(changes.map(\.field) == ["current.likelihood", "current.likelihoodText"])
        #expect(changes[1].before == "Major (4)" && changes[1].after == nil)
    }

    @Test func deletingAnItemIsAChangeWithNoAfter() {
        var edited = base
        edited.controls.removeAll()
        let changes = HistoryRecorder.changes(from: base, to: edited, at: "t", author: "a")
        #expect(changes == [Change(at: "t", author: "a", field: "controls[c1]", before: "[Finance] Monthly monitoring", after: nil)])
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
