import Foundation
import Testing
@testable import RegisterUI
@testable import RiskRegister

/// Registers are known by their file: one added, loaded, reloaded, saved or removed while the
/// browser runs never disturbs the edits, undo steps, questions or selection of another.
@Suite(.timeLimit(.minutes(15))) struct RegisterIdentityTests {
    /// A state over Data/ with the newest register edited (a progress note), so it has undo steps.
    private func editedState() throws -> (AppState, edited: RegisterID) {
        var state = try Fixtures.state(width: 120, height: 40)
        state.run(.press("p"), .type("A note kept through everything"), .enter)
        let edited = try #require(state.openID)
        try #require(state.hasUnsavedChanges && !state.undoStack.isEmpty)
        return (state, edited)
    }

    /// A copy of a shipped register under another file name, as if a colleague had just added it.
    private func newRegister(named name: String, period: String) throws -> LoadedRegister {
        let original = try #require(try Fixtures.scan().registers.first)
        var register = original.register
        register.period = period
        return LoadedRegister(url: URL(fileURLWithPath: "/data/\(name).json"), register: register,
                              diskBytes: RegisterFile.encode(register))
    }

    @Test func aRegisterAddedWhileAnotherHasEditsKeepsThoseEditsAndTheirUndo() throws {
        var (state, edited) = try editedState()
        let before = state.register
        let added = try newRegister(named: "added", period: "2030/31 Q1")
        _ = update(&state, .listed(state.workspace.slots + [RegisterSlot(id: RegisterID(added.url), period: "2030/31 Q1")]))
        _ = update(&state, .loaded(RegisterID(added.url), .success(added)))
        #expect(state.openID == edited, "the open register stays open")
        #expect(state.register == before && state.hasUnsavedChanges)
        #expect(state.workspace.slots.last?.id == RegisterID(added.url), "ordered by period: the newest last")
        state.run(.press("u"))
        #expect(state.openID == edited && !state.hasUnsavedChanges, "undo still undoes the note in its own register")
        #expect(state.workspace.files[RegisterID(added.url)]?.register == added.register)
    }

    @Test func undoAfterOpeningAnotherRegisterGoesBackToTheEditedOne() throws {
        var (state, edited) = try editedState()
        let other = try #require(state.workspace.slots.first?.id)
        state.openRegister(other)
        state.run(.press("u"))
        let undone = state.workspace.isDirty(edited)
        #expect(state.openID == edited && !undone)
        state.run(.key(.control("r")))
        let redone = state.workspace.isDirty(edited)
        #expect(redone, "redo puts the note back")
    }

    @Test func reloadingOneRegisterLeavesTheEditsOfAnotherAlone() throws {
        var (state, edited) = try editedState()
        let other = try #require(state.registers.first)
        var changed = other.register
        changed.entries[0].owner = "Changed by a colleague"
        let reloaded = LoadedRegister(url: other.url, register: changed, diskBytes: RegisterFile.encode(changed))
        _ = update(&state, .reloaded(.success(reloaded)))
        #expect(state.workspace.register(RegisterID(other.url)) == changed)
        let stillEdited = state.workspace.isDirty(edited)
        #expect(stillEdited && state.openID == edited)
        #expect(state.undoStack.allSatisfy { $0.registerID == edited })
    }

    @Test func aQuestionAboutOneRegisterStaysAboutItWhenAnotherIsAdded() throws {
        var (state, edited) = try editedState()
        state.run(.press("q"))
        #expect(state.overlay?.prompt == .quit(register: edited))
        let added = try newRegister(named: "aaa-first", period: "2001/02 Q1")
        _ = update(&state, .loaded(RegisterID(added.url), .success(added)))
        #expect(state.overlay?.prompt == .quit(register: edited), "the question still names the edited file")
        let effects = state.run(.press("s"))
        #expect(effects.first?.savedRegister?.url == state.workspace.files[edited]?.url)
    }

    @Test func editsMadeWhileASaveRunsStayUnsavedOnTopOfWhatWasSaved() throws {
        var (state, edited) = try editedState()
        let request = try #require(state.run(.press("w")).first?.savedRegister)
        state.run(.press("p"), .type("Typed while saving"), .enter)
        var onDisk = request.register
        let index = try #require(state.selection)
        onDisk.entries[index].history.append(Change(at: "2026-11-27T10:00:00Z", author: "riskreg", field: "progress",
                                                    before: nil, after: "A note kept through everything"))
        let saved = LoadedRegister(url: request.url, register: onDisk, diskBytes: RegisterFile.encode(onDisk))
        _ = update(&state, .saved(edited, .success(saved)))
        #expect(state.workspace.baselines[edited] == onDisk, "the baseline is what was saved")
        #expect(state.hasUnsavedChanges, "the note typed during the save is still to save")
        let progress = state.selectedEntry?.progress.map(\.text) ?? []
        #expect(progress.contains("Typed while saving") && progress.contains("A note kept through everything"))
        #expect(state.selectedEntry?.history == onDisk.entries[index].history, "the saved history is kept under the new edits")
    }

    @Test func aSecondSaveWaitsForTheFirst() throws {
        var (state, edited) = try editedState()
        #expect(state.run(.press("w")).count == 1)
        #expect(state.run(.press("w")).isEmpty)
        #expect(state.message?.text == "Still saving \(edited.fileName)")
    }

    @Test func aRemovedRegisterLeavesUnlessItHoldsEdits() throws {
        var (state, edited) = try editedState()
        let others = state.workspace.slots.filter { $0.id != edited }
        let removed = try #require(others.first)
        // The edited register and the first other one vanish from the directory.
        _ = update(&state, .listed(Array(others.dropFirst())))
        #expect(state.workspace.slot(removed.id) == nil && state.workspace.files[removed.id] == nil)
        #expect(state.workspace.slot(edited) != nil, "a register with unsaved edits stays")
        #expect(state.openID == edited && state.hasUnsavedChanges)
        #expect(state.message?.text == "\(edited.fileName) was deleted or renamed on disk; your unsaved edits to it stay, "
                + "kept in its recovery file", "and the status line says so")
    }

    @Test func theOpenRegisterRemovedCleanOpensTheNewest() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        let open = try #require(state.openID)
        let rest = state.workspace.slots.filter { $0.id != open }
        _ = update(&state, .listed(rest))
        #expect(state.openID == rest.last?.id)
        #expect(state.message?.text == "\(open.fileName) is no longer in the data directory")
    }

    @Test func aListedRegisterLoadsWhenOpenedAndShowsLoadingMeanwhile() throws {
        let scan = try Fixtures.scan()
        var state = try Fixtures.listedState()
        let newest = try #require(scan.registers.last)
        #expect(state.pendingLoads() == [.load(RegisterID(newest.url))], "only the register shown is read")
        #expect(state.pendingLoads().isEmpty, "asked once")
        #expect(view(state).text().contains("Loading \(newest.fileName)"))
        _ = update(&state, .loaded(RegisterID(newest.url), .success(newest)))
        #expect(state.register == newest.register && state.selection == 0)
        // Opening an older one from the picker asks for it (the one before the newest is asked for
        // already, as its predecessor).
        state.run(.press("r"), .press("j"), .press("j"))
        let effects = state.run(.enter)
        #expect(effects == [.load(RegisterID(scan.registers[scan.registers.count - 3].url))])
    }

    @Test func aRegisterThatFailsToLoadIsListedAmongTheFailures() throws {
        var workspace = Workspace()
        let id = RegisterID(URL(fileURLWithPath: "/data/broken.json"))
        workspace.list(RegisterSlot(id: id))
        var state = AppState(workspace: workspace, size: Size(width: 120, height: 40), capabilities: .full)
        #expect(state.pendingLoads() == [.load(id)])
        _ = update(&state, .loaded(id, .failure(Fixtures.failure)))
        #expect(state.failures == [Fixtures.failure] && state.workspace.slots.isEmpty)
        #expect(view(state).text().contains("/data/broken.json:3:14: error: expected a value"))
    }

    @Test func whenTheRegisterShownDoesNotLoadTheNewestOfTheOthersIsShown() throws {
        let scan = try Fixtures.scan()
        var state = try Fixtures.listedState()
        let newest = try #require(scan.registers.last)
        let next = scan.registers[scan.registers.count - 2]
        #expect(state.pendingLoads() == [.load(RegisterID(newest.url))])
        let broken = LoadFailure(url: newest.url, messages: ["\(newest.url.path):169:4: error: unexpected '}'"])
        let effects = update(&state, .loaded(RegisterID(newest.url), .failure(broken)))
        #expect(effects == [.load(RegisterID(next.url))], "the next newest is loaded")
        #expect(state.openID == RegisterID(next.url))
        #expect(state.message?.text == "\(newest.fileName) did not load; showing \(next.register.period) (r lists the registers)")
        _ = update(&state, .loaded(RegisterID(next.url), .success(next)))
        #expect(state.register == next.register)
        #expect(!view(state).text().contains("No register could be loaded"))
    }
}
