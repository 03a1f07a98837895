import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// The open browser follows the files as other programs change them (`riskreg sync`, `riskreg
/// note`, git, a colleague's save): shown at once without unsaved edits, merged under them.
@Suite(.timeLimit(.minutes(15)))
struct FollowingTheFilesTests {
    /// Changes the register file `stem` as another program would: read, changed, written whole
    /// and renamed into place.
    private func changeOnDisk(_ browser: BrowserHarness, _ stem: String, _ body: (inout Register) -> Void) throws {
        let url = browser.directory.appendingPathComponent(stem + ".json")
        let loaded = try RegisterStore.load(url).get()
        var register = loaded.register
        body(&register)
        try RegisterStore.save(register, over: loaded)
    }

    @Test func aRegisterChangedByAnotherProgramIsShownAsItIsNow() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("2")
        #expect(browser.screen.contains("Reshaping the County Council"))
        try changeOnDisk(browser, "lcc-2021-22-q4") { $0.entries[0].title = "Retitled by a colleague" }
        browser.waitForScreen(containing: "lcc-2021-22-q4.json changed on disk; showing it as it is now")
        #expect(browser.screen.contains("Retitled by a colleague"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    @Test func unsavedEditsAreMergedOntoTheFileAsItIsNow() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("2p")
        browser.type("my unsaved note")
        browser.press(.enter)
        try changeOnDisk(browser, "lcc-2021-22-q4") { $0.entries[1].owner = "A colleague" }
        browser.waitForScreen(containing: "changed on disk: reloaded lcc-2021-22-q4.json and merged your edits")
        browser.waitForIdle()
        #expect(browser.screen.contains("my unsaved note"))
        browser.type("w")
        #expect(browser.screen.contains("Saved lcc-2021-22-q4.json"))
        let saved = try browser.register("lcc-2021-22-q4")
        #expect(saved.entries[1].owner == "A colleague", "theirs kept")
        #expect(saved.entries.contains { $0.progress.contains { $0.text == "my unsaved note" } }, "mine saved on top")
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    @Test func aRegisterFileThatAppearsIsListedInThePicker() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        try FileManager.default.copyItem(at: BrowserHarness.shippedData.appendingPathComponent("lcc-2021-22-q3.json"),
                                         to: browser.directory.appendingPathComponent("lcc-2021-22-q3.json"))
        browser.type("r")
        browser.waitForScreen(containing: "2021/22 Q3")
        browser.press(.escape)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}
