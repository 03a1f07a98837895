import Testing
@testable import RegisterUI
@testable import RiskRegister

/// A save refused because the file is read-only asks before saving over it.
@Suite(.timeLimit(.minutes(15))) struct ReadOnlySaveTests {
    @Test func aReadOnlyFileIsSavedOverOnlyWhenTheUserSaysYes() throws {
        var state = AppState(scan: try Fixtures.scan(), size: Size(width: 120, height: 40), capabilities: .full,
                             author: "jo", today: "2026-11-27")
        state.run(.press("p"), .type("A note"), .enter)
        let edited = try #require(state.run(.press("w")).first?.savedRegister)
        _ = update(&state, .saved(RegisterID(edited.url), .failure(.readOnly(path: edited.url.path))))
        #expect(view(state).text().contains("is read-only (its permissions forbid writing). Save over it anyway? y/N"))
        #expect(state.run(.press("n")).isEmpty && state.overlay == nil && state.hasUnsavedChanges)
        _ = update(&state, .saved(RegisterID(edited.url), .failure(.readOnly(path: edited.url.path))))
        #expect(state.run(.press("y")).first?.savedOverReadOnly == edited)
    }

    @Test func whatASaveCouldNotKeepIsSaid() throws {
        var state = AppState(scan: try Fixtures.scan(), size: Size(width: 120, height: 40), capabilities: .full)
        state.run(.press("p"), .type("A note"), .enter)
        var saved = try #require(state.run(.press("w")).first?.savedRegister)
        saved.saveNotes = ["r.json now belongs to you: its owner (uid 7, gid 7) could not be kept"]
        _ = update(&state, .saved(RegisterID(saved.url), .success(saved)))
        #expect(view(state).text().contains("its owner (uid 7, gid 7) could not be kept"))
    }
}
