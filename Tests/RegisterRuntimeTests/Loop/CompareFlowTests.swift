import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Compare mode through the real loop: c opens the register picker on the open register's
/// predecessor, Enter compares with it (loading it in the background), and c again, or Esc from
/// the heat map, stops. 2021/22 Q4 against Q3: Corp 3 was removed, Corp 4 rose from 6 to a
/// printed 20.
@Suite(.timeLimit(.minutes(15)))
struct CompareFlowTests {
    /// c, Enter: the status line says "Comparing with 2021/22 Q3", the list counts the removed
    /// entry and lists it last, each entry's movement beside it; c stops comparing.
    @Test func cComparesWithThePredecessorAndCAgainStops() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("c")
        #expect(browser.screen.contains("Compare 2021/22 Q4 with…"))
        #expect(browser.screen.contains("▸  2021/22 Q3"), "the picker opens on the predecessor")
        browser.press(.enter)
        #expect(!browser.screen.contains("Compare 2021/22 Q4 with…"))
        #expect(browser.statusLine.contains("Comparing with 2021/22 Q3 · c/Esc ends"))
        #expect(!browser.statusLine.contains("(loading)"), "Q3 is loaded once the loop is idle")
        #expect(browser.statusLine.contains("2021/22 Q4 · lcc-2021-22-q4.json"), "the open register stays Q4")
        #expect(browser.screen.contains("Entries · 8 of 8 · 1 removed"))
        #expect(browser.screen.contains("Corp 3 removed: SEND Partnership"))
        #expect(browser.screen.contains("○ before"), "the heat map's legend marks the earlier cell")
        let corp4 = try #require(browser.rows.first { $0.contains("Corp 4 Integration") })
        #expect(compareListPart(corp4).trimmingCharacters(in: .whitespaces).hasSuffix("↑"), "Corp 4 rose: \(corp4)")

        browser.type("c")
        #expect(!browser.statusLine.contains("Comparing with"))
        #expect(browser.screen.contains("Entries · 8 of 8 · document order"))
        #expect(!browser.screen.contains("Corp 3 removed"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// In compare mode the detail says what changed since the other register: Corp 4's current
    /// rating, before and after.
    @Test func theDetailShowsWhatChangedSinceTheOtherRegister() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("c")
        browser.press(.enter)
        browser.type("2")
        browser.press(.down, .down)
        #expect(browser.screen.contains("Detail · Corp 4"))
        #expect(browser.screen.contains("Since 2021/22 Q3:"))
        #expect(browser.screen.contains("• Current: 6 (3 × 2) → 20 (3 × 2)"))
        // The removed entry, selected at the list's end, is read only.
        browser.type("G")
        #expect(browser.screen.contains("Detail · Corp 3"))
        #expect(browser.screen.contains("Removed since 2021/22 Q3"))
        browser.type("p")
        #expect(browser.statusLine.contains("removed entry: read only"))
        #expect(!browser.statusLine.contains("[modified]"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Esc from the heat map stops comparing too (when no cell filter is left to clear).
    @Test func escFromTheHeatMapStopsComparing() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("c")
        browser.press(.enter)
        #expect(browser.statusLine.contains("Comparing with 2021/22 Q3"))
        browser.type("1")
        browser.press(.escape)
        #expect(!browser.statusLine.contains("Comparing with"))
        #expect(!browser.screen.contains("1 removed"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// The open register cannot be compared with itself: the picker says so and stays open; Esc
    /// closes it without comparing. Another choice, 2019/20 Q1, compares with that.
    @Test func theOpenRegisterIsRefusedAndAnotherCanBeChosen() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("c")
        browser.press(.up)
        browser.press(.enter)
        #expect(browser.statusLine.contains("That is the register shown; choose another to compare with"))
        #expect(browser.screen.contains("Compare 2021/22 Q4 with…"), "the picker stays open")
        browser.press(.escape)
        #expect(!browser.screen.contains("Compare 2021/22 Q4 with…"))
        #expect(!browser.statusLine.contains("Comparing with"))

        browser.type("c")
        browser.press(.down)
        browser.press(.enter)
        #expect(browser.statusLine.contains("Comparing with 2019/20 Q1"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}

/// The part of a screen row inside the entry list's frame (the left pane), without its borders.
private func compareListPart(_ row: String) -> String {
    let characters = Array(row)
    guard let close = characters.dropFirst().firstIndex(where: { $0 == "│" || $0 == "║" }) else { return row }
    return String(characters[1..<close])
}
