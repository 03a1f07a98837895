import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// The real browser loop driven in-process: keys in, frames out, files on disk, waiting for the
/// loop to be idle instead of polling a terminal.
@Suite(.timeLimit(.minutes(15)))
struct BrowserLoopTests {
    @Test func itOpensTheNewestRegisterAndQuitsWithStatusZero() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        #expect(browser.screen.contains("2021/22 Q4"))
        #expect(browser.screen.contains("Corp 1"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    @Test func theListMovesTheSelectionAndTheDetailFollows() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("2")
        browser.press(.down)
        let first = browser.screen
        browser.press(.down)
        #expect(browser.screen != first)
        browser.press(.up)
        #expect(browser.screen == first)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// A progress note added, typed and saved lands in the file, dated by the clock at the time it
    /// was written, not at launch (a browser left open overnight).
    @Test func aProgressNoteIsSavedDatedByTheClockWhenWritten() throws {
        let clock = TestClock("2027-01-04T16:00:00Z")
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"], clock: clock)
        browser.waitForIdle()
        clock.set("2027-01-05T09:30:00Z")
        browser.type("2p")
        browser.type("zebracrossing agreed")
        browser.press(.enter)
        browser.type("w")
        #expect(browser.screen.contains("Saved lcc-2021-22-q4.json"))
        let saved = try browser.register("lcc-2021-22-q4")
        let note = try #require(saved.entries.lazy.flatMap(\.progress).first { $0.text == "zebracrossing agreed" })
        #expect(note.date == "2027-01-05")
        #expect(note.author == "tester")
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// A search typed while the register still loads stays a search: its `q` does not quit.
    @Test func keysTypedWhileTheRegisterLoadsAreTheSearchsLetters() throws {
        let hold = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-hold-\(UUID().uuidString)")
        try Data().write(to: hold)
        defer { try? FileManager.default.removeItem(at: hold) }
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"], environment: ["RISKREG_FAULT_HOLD_LOADS": hold.path])
        browser.waitForScreen(containing: "Loading")
        browser.pressWithoutWaiting(.character("/"), .character("q"), .character("u"), .character("a"))
        try FileManager.default.removeItem(at: hold)
        browser.waitForIdle()
        #expect(browser.screen.contains("\"qua\""))
        browser.press(.escape)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// A save that finds another save's lock held says so on the status line, and quitting gives
    /// the wait up: nothing is written, the program ends.
    @Test func aSaveWaitingForAnotherSavesLockSaysSoAndQuittingGivesUp() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        let file = browser.directory.appendingPathComponent("lcc-2021-22-q4.json")
        let before = try Data(contentsOf: file)
        let lock = open(browser.directory.appendingPathComponent(".lcc-2021-22-q4.json.lock").path, O_RDWR | O_CREAT, 0o600)
        try #require(lock >= 0)
        defer { close(lock) }
        try #require(flock(lock, LOCK_EX) == 0)
        browser.type("2p")
        browser.type("not saved")
        browser.press(.enter)
        browser.pressWithoutWaiting(.character("w"))
        browser.waitForScreen(containing: "Waiting for another riskreg's save of lcc-2021-22-q4.json")
        browser.pressWithoutWaiting(.character("q"), .character("d"))
        #expect(try browser.exitStatus() == 0)
        #expect(try Data(contentsOf: file) == before)
    }
}

/// A save reaches the index of every register: what was just written is found by `/` then Tab.
@Suite(.timeLimit(.minutes(15)))
struct SaveReachesTheIndexTests {
    @Test func aNoteSavedIsFoundBySearchingEveryRegister() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("2p")
        browser.type("zebracrossing")
        browser.press(.enter)
        browser.type("w")
        #expect(browser.screen.contains("Saved lcc-2021-22-q4.json"))
        browser.type("/zebracrossing")
        browser.press(.tab)
        #expect(browser.screen.contains("1 entry in 1 register"))
        #expect(browser.screen.contains("lcc-2021-22-q4       Corp 1"))
        browser.press(.escape)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}
