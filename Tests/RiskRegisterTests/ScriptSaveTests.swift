import Foundation
import Testing
@testable import RiskRegister

/// A save that is not the browser's (a command run by a script) keeps the author's recovery file:
/// the unsaved browser edits in it are not the ones saved.
@Suite(.timeLimit(.minutes(15))) struct ScriptSaveTests {
    @Test func aSaveWithoutDiscardingRecoveryKeepsTheAuthorsRecoveryFile() throws {
        try Fixtures.withLoadedFixture { _, url, loaded throws in
            var browserEdits = loaded.register
            browserEdits.entries[0].title = "Unsaved in the browser"
            try RecoveryFile.write(browserEdits, startedFrom: loaded.diskBytes, for: url, user: "alice")
            var edited = loaded
            edited.register.entries[1].owner = "Set by a script"
            let saved = try RegisterSaver(author: "alice").save(edited, since: loaded.baseline, discardingRecovery: false)
            #expect(saved.register.entries[1].history.map(\.field) == ["owner"])
            let kept = try #require(try RecoveryFile.find(for: url, user: "alice")?.get())
            #expect(kept.contents(onto: loaded.baseline)?.edits == browserEdits)
            #expect(RecoveryFile.read(for: url, user: "alice")?.edits.entries[0].title == "Unsaved in the browser",
                    "replayed onto the file as the script saved it")
        }
    }
}
