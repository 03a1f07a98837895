import Foundation
import Testing
@testable import RegisterUI
@testable import RiskRegister

/// Merge conflicts recorded in a register file (git's merge driver), resolved in the browser one
/// at a time: m keeps mine (ours), t theirs, e edits; each an undo step, saved with w.
@Suite(.timeLimit(.minutes(15))) struct ConflictResolutionTests {
    private func state() throws -> AppState {
        try Fixtures.state(source: .conflicted, width: 120, height: 40)
    }

    private func statusLine(_ state: AppState) -> String {
        guard let y = state.layout?.status.y else { return "" }
        return view(state).row(y).map(\.character).joined()
    }

    @Test func theStatusLineWarnsAndMAsksTheFirstConflictWithBothValues() throws {
        var state = try state()
        #expect(statusLine(state).contains("3 merge conflicts: M resolves"))
        state.run(.press("M"))
        #expect(state.overlay == .conflict)
        #expect(state.selectedEntry?.id == "Corp 4")
        let text = view(state).text()
        #expect(text.contains("Merge conflict: Corp 4 · owner"), "named by the printed id, though recorded by identity")
        #expect(text.contains(ConflictedRegister.ownerMine) && text.contains(ConflictedRegister.ownerTheirs))
        #expect(text.contains("Base (before either):"))
        #expect(text.contains("Adult Social Care in conjunction with CMT and"), "the base value, wrapped")
        #expect(text.contains("Merge conflict Corp 4 · owner (3 left): m keep mine · t keep theirs · e edit · Esc stop"))
    }

    @Test func aConflictRecordedByPrintedIdSelectsItsEntryAndSaysItHasNoBase() throws {
        var state = try state()
        state.run(.press("M"), .press("m"), .press("t"))
        #expect(state.recordedConflicts.first?.location == .field(entry: "Corp 7", key: "current"))
        #expect(state.selectedEntry?.id == "Corp 7")
        let text = view(state).text()
        #expect(text.contains("Merge conflict: Corp 7 · current"))
        #expect(text.contains("(none: added on both sides)"))
    }

    @Test func mineTheirsAndEditResolveInTurnAndSaveRecordsTheFields() throws {
        var state = try state()
        let before = try #require(state.loaded)
        state.run(.press("M"), .press("m"))
        #expect(state.register?.entries.first { $0.id == "Corp 4" }?.owner == ConflictedRegister.ownerMine)
        #expect(state.recordedConflicts.count == 2)
        #expect(state.overlay == .conflict)
        // e on the progress note: the editor starts from mine.
        state.run(.press("e"))
        guard case .editor(let editor) = state.overlay else {
            Issue.record("e opened no editor")
            return
        }
        #expect(editor.text == ConflictedRegister.noteMine)
        state.run(.type(" and ours"), .enter)
        let corp4 = try #require(state.register?.entries.first { $0.id == "Corp 4" })
        #expect(corp4.progress[0].text == ConflictedRegister.noteMine + " and ours")
        #expect(state.overlay == .conflict)
        // A rating is not text: e says so, t keeps theirs.
        state.run(.press("e"))
        #expect(state.message?.text.contains("not text") == true)
        #expect(state.overlay == .conflict)
        state.run(.press("t"))
        #expect(state.recordedConflicts.isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Every merge conflict resolved: w saves")
        #expect(!statusLine(state).contains("M resolves"))
        let effects = state.run(.press("w"))
        guard case .save(let request)? = effects.first else {
            Issue.record("w did not save")
            return
        }
        #expect(request.edited.register.mergeConflicts.isEmpty)
        let recorded = HistoryRecorder.recording(request.edited.register, since: request.baseline, at: "t", author: "ann")
        let fields = recorded.entries.first { $0.id == "Corp 4" }?.history.suffix(2).map(\.field) ?? []
        #expect(fields.contains("owner"))
        #expect(fields.contains { $0.hasPrefix("progress") })
        #expect(before.register.mergeConflicts.count == 3)
    }

    @Test func eachResolutionIsOneUndoStepAndEscStops() throws {
        var state = try state()
        let original = try #require(state.register)
        state.run(.press("M"), .press("t"), .escape)
        #expect(state.overlay == nil)
        #expect(state.recordedConflicts.count == 2)
        #expect(state.message?.text == "2 merge conflicts left, recorded in the file")
        state.run(.press("u"))
        #expect(state.register == original)
        #expect(state.message?.text.hasPrefix("Undone: resolving Corp 4 · owner (theirs)") == true)
        state.run(.key(.control("r")))
        #expect(state.recordedConflicts.count == 2)
    }

    @Test func aRegisterWithoutConflictsSaysSo() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("M"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == "No merge conflicts recorded in this register")
    }
}
