import Testing
@testable import RegisterUI
@testable import RiskRegister

/// Copies of the browser's state share one cache of derived views; two copies that changed the
/// open register differently must each see their own (issue 24: both used to take the same
/// revision number, so the second read the first one's list).
@Suite(.timeLimit(.minutes(15))) struct DivergingCopiesTests {
    @Test func twoCopiesChangedDifferentlyEachShowTheirOwnList() throws {
        let state = try Fixtures.state()
        let id = try #require(state.openID)
        let register = try #require(state.register)
        #expect(register.entries.count > 2)
        var fewer = state
        var shorter = register
        shorter.entries.removeFirst(2)
        fewer.workspace.setRegister(id, shorter)
        var more = state
        var longer = register
        longer.entries.append(Entry(id: "X1", kind: .risk, title: String(repeating: "A much longer title ", count: 12)))
        more.workspace.setRegister(id, longer)
        #expect(fewer.visibleEntries.count == shorter.entries.count)
        #expect(more.visibleEntries.count == longer.entries.count, "not the other copy's list")
        #expect(more.listSummary.longestTitle == 240, "not the other copy's columns")
        #expect(fewer.listSummary.longestTitle < 240)
        #expect(state.visibleEntries.count == register.entries.count, "the original is untouched")
    }

    @Test func workspacesHoldingTheSameRegistersAreEqualWhateverTheirRevisions() throws {
        let state = try Fixtures.state()
        let id = try #require(state.openID)
        let register = try #require(state.register)
        var changed = state.workspace
        changed.setRegister(id, register)
        #expect(changed.revision != state.workspace.revision)
        #expect(changed == state.workspace)
    }
}
