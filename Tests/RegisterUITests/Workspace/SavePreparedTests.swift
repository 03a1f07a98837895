import Testing
@testable import RegisterUI
@testable import RiskRegister

/// A register prepared for saving in the background joins the workspace without losing edits.
@Suite(.timeLimit(.minutes(15))) struct SavePreparedTests {
    @Test func aPreparedRegisterKeepsTheEditsMadeMeanwhileAndIsIgnoredOnceSaved() throws {
        var state = try Fixtures.state(width: 120, height: 40)
        let id = try #require(state.openID)
        let loaded = try #require(state.workspace.files[id])
        state.run(.press("p"), .type("Typed while preparing"), .enter)
        let edited = state.register
        _ = update(&state, .savePrepared(id, loaded.preparingSave()))
        #expect(state.workspace.files[id]?.isPreparedForSaving == true)
        #expect(state.register == edited && state.hasUnsavedChanges)
        // After a save the file is another: a preparation of the old one is dropped.
        let request = try #require(state.run(.press("w")).first?.savedRegister)
        let saved = LoadedRegister(url: request.url, register: request.register, diskBytes: RegisterFile.encode(request.register))
        _ = update(&state, .saved(id, .success(saved)))
        _ = update(&state, .savePrepared(id, loaded.preparingSave()))
        #expect(state.workspace.files[id]?.diskBytes == saved.diskBytes)
        #expect(state.workspace.files[id]?.isPreparedForSaving == false)
    }
}
