import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// An earlier session's recovery file, a journal of the entries it changed, offered at start and
/// restored through the real loop: onto the file it started from, and onto a file a colleague
/// saved since (merged, keeping both).
@Suite(.timeLimit(.minutes(15)))
struct RecoveryFlowTests {
    static let stem = "lcc-2021-22-q4"

    /// Writes the tester's recovery file of the register in `directory`: a progress note added to
    /// Corp 1, as the browser keeps it.
    static func plantRecovery(in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(stem + ".json")
        var loaded = try RegisterStore.load(url).get()
        loaded.register.entries[0].progress.insert(Item(id: "crash01", text: "Written before the crash", date: "2026-12-08"), at: 0)
        try RecoveryFile.write(loaded, user: "tester")
        return url
    }

    @Test func aJournalIsOfferedAndRestoredOntoTheFileItStartedFrom() throws {
        let browser = try BrowserHarness(registers: [Self.stem]) { directory in _ = try Self.plantRecovery(in: directory) }
        browser.waitForIdle()
        #expect(browser.screen.contains("Unsaved edits to \(Self.stem).json"), "offered at start")
        browser.type("y")
        #expect(browser.statusLine.contains("Restored the unsaved edits"))
        #expect(browser.statusLine.contains("[modified]"))
        browser.type("w")
        #expect(try browser.register(Self.stem).entries[0].progress.first?.text == "Written before the crash")
    }

    /// A colleague saved a change to Corp 2 after the crash: restoring merges the journal onto
    /// what she saved, so both the lost note and her change are there, and nothing is asked.
    @Test func aJournalRestoredOntoAFileSavedSinceKeepsTheColleaguesChange() throws {
        let browser = try BrowserHarness(registers: [Self.stem]) { directory in
            let url = try Self.plantRecovery(in: directory)
            let loaded = try RegisterStore.load(url).get()
            var edited = loaded
            edited.register.entries[1].owner = "Owner set by a colleague"
            _ = try RegisterSaver(author: "alice").save(edited, since: loaded.baseline)
        }
        browser.waitForIdle()
        #expect(browser.screen.contains("Unsaved edits to \(Self.stem).json"), "offered at start")
        browser.type("y")
        #expect(browser.statusLine.contains("[modified]"))
        browser.type("w")
        #expect(browser.statusLine.contains("Saved \(Self.stem).json"))
        let saved = try browser.register(Self.stem)
        #expect(saved.entries[0].progress.first?.text == "Written before the crash")
        #expect(saved.entries[1].owner == "Owner set by a colleague")
        #expect(saved.entries[0].history.map(\.author).contains("tester"), "the restored note is the tester's change")
    }
}
