import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Searching through the real loop: `/` filters the open register's list as you type, Enter keeps
/// the search, Esc clears it; Tab searches every register of the data directory through the index
/// the loop builds in the background, and Enter opens a hit in its register.
@Suite(.timeLimit(.minutes(15)))
struct SearchFlowTests {
    /// "Family" is in Corp 2, 6 and 7 of 2021/22 Q4 (not in its title for 6 and 7): the list
    /// narrows as it is typed, Enter keeps it and focuses the list, Esc there clears it.
    @Test func typingFiltersTheListEnterKeepsAndEscClears() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("/")
        #expect(browser.statusLine.hasPrefix(" Search: "))
        browser.type("Family")
        #expect(browser.statusLine.hasPrefix(" Search: Family"))
        #expect(browser.screen.contains("Entries · 3 of 8"))
        #expect(searchListIDs(browser) == ["Corp 2", "Corp 6", "Corp 7"])

        browser.press(.enter)
        #expect(browser.screen.contains("╔ Entries"), "Enter keeps the search and focuses the list")
        #expect(browser.statusLine.contains("search: \"Family\""))
        #expect(browser.screen.contains("Entries · 3 of 8"))
        #expect(browser.screen.contains("Heat map · current · all · \"Family\""))

        browser.press(.escape)
        #expect(browser.screen.contains("Entries · 8 of 8"))
        #expect(!browser.statusLine.contains("search:"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Esc while typing clears the search at once; Backspace deletes the last character, widening
    /// the list again; a search matching nothing lists nothing.
    @Test func escWhileTypingClearsAndBackspaceWidens() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("/ICT Provisionx")
        #expect(browser.screen.contains("Entries · 0 of 8"))
        browser.press(.backspace)
        #expect(browser.statusLine.hasPrefix(" Search: ICT Provision"))
        #expect(searchListIDs(browser) == ["Corp 5"])
        browser.press(.escape)
        #expect(browser.screen.contains("Entries · 8 of 8"))
        #expect(!browser.statusLine.contains("Search:"))
        #expect(!browser.statusLine.contains("search:"))
        // The q typed next quits: the prompt is closed.
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// "museum" is in none of 2021/22 Q4's entries, but in CR26 of both 2016/17 registers: Tab
    /// from the search lists those two hits from registers not even loaded, once the background
    /// index is built (waiting for idle waits for it).
    @Test func tabSearchesEveryRegisterAndListsHitsFromOthers() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("/museum")
        #expect(browser.screen.contains("Entries · 0 of 8"))
        browser.press(.tab)
        #expect(browser.screen.contains("Search all registers · Enter opens · Tab this register · Esc closes"))
        #expect(browser.screen.contains("/ museum"))
        #expect(browser.screen.contains("2 entries in 2 registers"))
        #expect(!browser.screen.contains("indexed "), "the index is complete once the loop is idle")
        let hits = searchHitRows(browser)
        #expect(hits.count == 2)
        #expect(hits.contains { $0.contains("2016/17 Q3") && $0.contains("lcc-2016-17-q3") && $0.contains("CR26") && $0.contains("Proposed museum closures") })
        #expect(hits.contains { $0.contains("2016/17 Q4") && $0.contains("lcc-2016-17-q4") && $0.contains("CR26") })

        // Every letter is typed into the search there, q too; Backspace deletes it again.
        browser.type("q")
        #expect(browser.screen.contains("/ museumq"))
        #expect(browser.screen.contains("0 entries in 0 registers"))
        browser.press(.backspace)
        #expect(browser.screen.contains("2 entries in 2 registers"))

        // Tab again: back to the open register's search, with the same text.
        browser.press(.tab)
        #expect(!browser.screen.contains("Search all registers"))
        #expect(browser.statusLine.hasPrefix(" Search: museum"))
        browser.press(.escape)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Enter on a hit opens its register (loaded in the background) on that entry; the newest
    /// register's hits come first, so the first is 2016/17 Q4's CR26.
    @Test func enterOnAHitOpensItsRegisterOnTheEntry() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("/museum")
        browser.press(.tab)
        #expect(searchHitRows(browser).first?.contains("lcc-2016-17-q4") == true)
        browser.press(.down)
        browser.press(.enter)
        #expect(!browser.screen.contains("Search all registers"))
        #expect(browser.statusLine.contains("2016/17 Q3 · lcc-2016-17-q3.json"))
        #expect(browser.screen.contains("Detail · CR26"))
        #expect(browser.screen.contains("Proposed museum closures"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Esc closes the search of every register, leaving the open register's list as it was.
    @Test func escClosesTheSearchOfEveryRegister() throws {
        let browser = try BrowserHarness()
        browser.waitForIdle()
        browser.type("/covid")
        browser.press(.tab)
        #expect(browser.screen.contains("Search all registers"))
        browser.press(.escape)
        #expect(!browser.screen.contains("Search all registers"))
        #expect(browser.statusLine.contains("2021/22 Q4 · lcc-2021-22-q4.json"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}

/// The ids of the entry list's rows ("Corp 2", "CO1"), read inside its frame below the header.
private func searchListIDs(_ browser: BrowserHarness) -> [String] {
    let rows = browser.rows
    guard let top = rows.firstIndex(where: { $0.contains("┌ Entries") || $0.contains("╔ Entries") }) else { return [] }
    var ids: [String] = []
    for row in rows[(top + 2)...] {
        let characters = Array(row)
        guard let first = characters.first, first == "│" || first == "║",
              let close = characters.dropFirst().firstIndex(where: { $0 == "│" || $0 == "║" }) else { break }
        let words = String(characters[2..<close]).split(separator: " ")
        guard let word = words.first else { break }
        ids.append(word == "Corp" && words.count > 1 ? "Corp \(words[1])" : String(word))
    }
    return ids
}

/// The rows of the search-all box's results: those holding a register's file stem.
private func searchHitRows(_ browser: BrowserHarness) -> [String] {
    browser.rows.filter { $0.contains("lcc-20") && !$0.contains(".json") }
}
