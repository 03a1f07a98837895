import Foundation
import RiskRegister
import Testing

/// The browser (the release binary in tmux) follows its register file as other processes change
/// it: `riskreg set`, `note` and `rescore` in another shell show in the open browser within
/// seconds without a restart; with unsaved edits of its own, they are merged onto the new file and
/// the change is named with who made it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct FollowingFilesEndToEndTests {
    private func run(_ arguments: [String], data: URL) throws {
        let result = try Binary.run(arguments + ["--data", data.path], environment: ["RISKREG_AUTHOR": "colleague"])
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// The officer's browser on `data`, once its first register is shown.
    private func openBrowser(on data: URL) throws -> TmuxSession {
        let tmux = try TmuxSession(arguments: ["--data", data.path], width: 140, height: 44,
                                   environment: ["RISKREG_AUTHOR": "officer", "XDG_CACHE_HOME": data.appendingPathComponent(".cache").path])
        _ = try tmux.waitFor(text: "8 of 8")
        return tmux
    }

    @Test func changesByAnotherProcessShowInTheOpenBrowser() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let tmux = try openBrowser(on: data)
        defer { tmux.close() }
        try run(["set", "Corp 1", "owner", "Chief Executive (set in another shell)"], data: data)
        let screen = try tmux.waitFor(text: "changed on disk (by colleague: Corp 1 owner); showing it as it is now", timeout: 10)
        #expect(screen.contains("Owner: Chief Executive (set in another shell)"), "Corp 1's detail shows the new owner")
        try run(["rescore", "Corp 1", "--likelihood", "2", "--impact", "2"], data: data)
        _ = try tmux.waitFor("Corp 1 rescored to 4 on screen", timeout: 10) { $0.contains("Current: 4 Low") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func unsavedEditsAreMergedOntoWhatAnotherProcessSaved() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let tmux = try openBrowser(on: data)
        defer { tmux.close() }
        try tmux.send("2", "p")
        try tmux.send("my own unsaved note", literal: true)
        try tmux.send("Enter")
        _ = try tmux.waitFor(text: "[modified]")
        try run(["note", "Corp 4", "a colleague's note"], data: data)
        let screen = try tmux.waitFor(text: "changed on disk (by colleague: Corp 4 progress): reloaded", timeout: 10)
        #expect(screen.contains("my own unsaved note"))
        try tmux.send("w")
        _ = try tmux.waitFor(text: "Saved lcc-2021-22-q4.json")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let saved = try RegisterStore.load(data.appendingPathComponent("lcc-2021-22-q4.json")).get().register
        #expect(saved.entries.contains { $0.progress.contains { $0.text == "a colleague's note" } }, "theirs kept")
        #expect(saved.entries.contains { $0.progress.contains { $0.text == "my own unsaved note" } }, "mine saved on top")
    }

    /// A note saved in the browser is found at once by `/` then Tab, and by `riskreg search`.
    @Test func aNoteSavedInTheBrowserIsFoundByBothSearches() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let tmux = try openBrowser(on: data)
        defer { tmux.close() }
        try tmux.send("2", "p")
        try tmux.send("zebracrossing agreed", literal: true)
        try tmux.send("Enter", "w")
        _ = try tmux.waitFor(text: "Saved lcc-2021-22-q4.json")
        try tmux.send("/")
        try tmux.send("zebracrossing", literal: true)
        try tmux.send("Tab")
        _ = try tmux.waitFor(text: "1 entry in 1 register")
        let search = try Binary.run(["search", "zebracrossing", "--data", data.path],
                                    environment: ["XDG_CACHE_HOME": data.appendingPathComponent(".cache").path])
        #expect(search.status == 0 && search.stdout.contains("Corp 1"), "\(search.stdout) \(search.stderr)")
        try tmux.send("Escape", "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
