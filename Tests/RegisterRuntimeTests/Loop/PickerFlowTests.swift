import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// The register picker through the real loop, over Data/'s five registers (newest first:
/// 2021/22 Q4, Q3, 2019/20 Q1, 2016/17 Q4, Q3): r opens it on the open register, Enter opens the
/// highlighted one (loading it in the background), Esc or q closes it.
@Suite(.timeLimit(.minutes(15)))
struct PickerFlowTests {
    /// r lists every register with its period and file, the open one marked; four down and Enter
    /// opens 2016/17 Q3 (19 entries, scored without factors: the score-only strip).
    @Test func choosingAnotherRegisterOpensIt() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("r")
        #expect(browser.screen.contains("Registers · Enter opens · Esc closes"))
        let rows = pickerRegisterRows(browser)
        #expect(rows.count == 5)
        let periods = ["2021/22 Q4", "2021/22 Q3", "2019/20 Q1", "2016/17 Q4", "2016/17 Q3"]
        for (row, period) in zip(rows, periods) {
            #expect(row.contains(period), "\(row) should be \(period)")
            #expect(row.contains("lcc-" + period.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: " Q", with: "-q").lowercased() + ".json"))
        }
        #expect(rows.first?.contains("▸● 2021/22 Q4") == true, "the open register is marked and highlighted")

        browser.type("jjjj")
        #expect(pickerRegisterRows(browser).last?.contains("▸  2016/17 Q3") == true)
        browser.press(.enter)
        #expect(!browser.screen.contains("Registers · Enter opens"))
        #expect(browser.statusLine.contains("2016/17 Q3 · lcc-2016-17-q3.json"))
        #expect(browser.screen.contains("Entries · 19 of 19"))
        #expect(browser.screen.contains("Score only:[25"), "its entries have scores only: the strip counts them")
        #expect(browser.screen.contains("Detail · CR1"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// k moves up, Enter on 2021/22 Q3 opens it; r again marks it as the one open.
    @Test func thePickerMarksTheRegisterNowOpen() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("r")
        browser.press(.down)
        browser.press(.enter)
        #expect(browser.statusLine.contains("2021/22 Q3 · lcc-2021-22-q3.json"))
        #expect(browser.screen.contains("Entries · 9 of 9"))
        #expect(browser.screen.contains("Corp 3 SEND Partnership"))
        browser.type("r")
        let rows = pickerRegisterRows(browser)
        #expect(rows.count == 5)
        #expect(rows.dropFirst().first?.contains("▸● 2021/22 Q3") == true, "\(rows)")
        #expect(rows.first?.contains(" ● ") == false)
        browser.type("k")
        browser.press(.enter)
        #expect(browser.statusLine.contains("2021/22 Q4 · lcc-2021-22-q4.json"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Esc closes the picker, and so does q (without quitting): the register shown stays.
    @Test func escAndQCloseThePickerWithoutSwitching() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("r")
        browser.press(.down)
        browser.press(.escape)
        #expect(!browser.screen.contains("Registers · Enter opens"))
        #expect(browser.statusLine.contains("2021/22 Q4 · lcc-2021-22-q4.json"))
        browser.type("rjq")
        #expect(!browser.screen.contains("Registers · Enter opens"), "q closes the picker")
        #expect(browser.statusLine.contains("2021/22 Q4 · lcc-2021-22-q4.json"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Unsaved edits to one register stay while another is open: quitting from 2021/22 Q3 asks
    /// about 2021/22 Q4's note, and s saves it there; Q3's file is untouched.
    @Test func unsavedEditsSurviveSwitchingAndQuittingAsksAboutThem() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        let q3 = try Data(contentsOf: browser.directory.appendingPathComponent("lcc-2021-22-q3.json"))
        browser.type("2p")
        browser.type("kept across the switch")
        browser.press(.enter)
        #expect(browser.statusLine.contains("[modified]"))
        browser.type("r")
        browser.press(.down)
        browser.press(.enter)
        #expect(browser.statusLine.contains("2021/22 Q3 · lcc-2021-22-q3.json"))
        #expect(!browser.statusLine.contains("[modified]"), "Q3 has no edits")
        browser.type("q")
        #expect(browser.statusLine.contains("Save changes to lcc-2021-22-q4.json?"))
        browser.type("s")
        #expect(try browser.exitStatus() == 0)
        let corp1 = try #require(try browser.register("lcc-2021-22-q4").entries.first)
        #expect(corp1.progress.first?.text == "kept across the switch")
        #expect(try Data(contentsOf: browser.directory.appendingPathComponent("lcc-2021-22-q3.json")) == q3)
    }
}

/// The picker's rows (those naming a register file), as drawn inside its box.
private func pickerRegisterRows(_ browser: BrowserHarness) -> [String] {
    let rows = browser.rows
    return rows.dropLast(2).filter { $0.contains(".json") }
}
