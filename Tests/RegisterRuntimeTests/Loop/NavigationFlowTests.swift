import Foundation
import RegisterUI
import RiskRegister
import Testing
@testable import RegisterRuntime

/// Moving about the browser through the real loop on 2021/22 Q4 (eight entries: Corp 1, 2, 4–7,
/// CO1, CO2): the heat map's cursor and its cell filter, Tab between the panes, the list's sort
/// and kind, and the help overlay.
@Suite(.timeLimit(.minutes(15)))
struct NavigationFlowTests {
    /// The heat map's cursor starts on the selected entry's cell (Likely × Major: Corp 1, 5 and 7);
    /// the arrows move it and Enter lists that cell's entries alone, focusing the list; Esc in
    /// the list clears the filter.
    @Test func theHeatMapCursorMovesAndEnterFiltersTheListToItsCell() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        #expect(browser.screen.contains("╔ Heat map · current · all"), "the heat map has the focus at the start")
        #expect(browser.screen.contains("Entries · 8 of 8"))

        browser.press(.enter)
        #expect(browser.screen.contains("Entries · 3 of 8"))
        #expect(browser.statusLine.contains("cell: Likely × Major (current)"))
        #expect(navigationListRows(browser).map(navigationRowID) == ["Corp 1", "Corp 5", "Corp 7"])
        #expect(browser.screen.contains("╔ Entries"), "Enter focuses the list")

        // Esc in the list clears the cell filter; 1 goes back to the heat map, whose cursor stayed.
        browser.press(.escape)
        #expect(browser.screen.contains("Entries · 8 of 8"))
        #expect(!browser.statusLine.contains("cell:"))
        browser.type("1")
        browser.press(.right)
        browser.press(.enter)
        #expect(browser.screen.contains("Entries · 1 of 8"))
        #expect(browser.statusLine.contains("cell: Certain × Major (current)"))
        #expect(navigationListRows(browser).map(navigationRowID) == ["Corp 6"])
        #expect(browser.screen.contains("Detail · Corp 6"), "the detail follows the list's only entry")

        // Left twice and down once from Certain × Major: Possible × Moderate holds nothing.
        browser.type("1")
        browser.press(.left, .left, .down)
        browser.press(.enter)
        #expect(browser.screen.contains("Entries · 0 of 8"))
        #expect(browser.statusLine.contains("cell: Possible × Moderate (current)"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// Tab focuses heat map, list, detail and the heat map again; Shift-Tab goes back; the focused
    /// pane has the double border.
    @Test func tabAndShiftTabMoveTheFocusRoundThePanes() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        #expect(navigationFocusedPane(browser) == "Heat map")
        browser.press(.tab)
        #expect(navigationFocusedPane(browser) == "Entries")
        browser.press(.tab)
        #expect(navigationFocusedPane(browser) == "Detail")
        browser.press(.tab)
        #expect(navigationFocusedPane(browser) == "Heat map")
        browser.press(.backTab)
        #expect(navigationFocusedPane(browser) == "Detail")
        browser.press(.backTab)
        #expect(navigationFocusedPane(browser) == "Entries")
        // In the list, j moves the selection and the detail follows.
        browser.type("j")
        #expect(browser.screen.contains("Detail · Corp 2"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// s sorts by score (high to low), then by owner, then in document order again; each order
    /// is named in the list's title.
    @Test func sortCyclesTheListsOrder() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        let document = ["Corp 1", "Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7", "CO1", "CO2"]
        #expect(navigationListRows(browser).map(navigationRowID) == document)

        browser.type("s")
        #expect(browser.screen.contains("Entries · 8 of 8 · by score"))
        // Current scores: Corp 4 and 6 20, Corp 1, 5 and 7 16, CO1 15, Corp 2 12, CO2 6.
        let byScore = navigationListRows(browser).map(navigationRowID)
        #expect(Set(byScore.prefix(2)) == ["Corp 4", "Corp 6"])
        #expect(Set(byScore[2..<5]) == ["Corp 1", "Corp 5", "Corp 7"])
        #expect(Array(byScore.suffix(3)) == ["CO1", "Corp 2", "CO2"])

        browser.type("s")
        #expect(browser.screen.contains("Entries · 8 of 8 · by owner"))
        let byOwner = navigationListRows(browser).map(navigationRowID)
        // Owners: Adult Social Care…, ASC leadership (Corp 7, CO1), Corporate…, Director of…, HoS P&IT.
        #expect(Set(byOwner.prefix(3)) == ["Corp 4", "Corp 7", "CO1"])
        #expect(Array(byOwner[3...]) == ["Corp 1", "Corp 6", "Corp 2", "Corp 5", "CO2"])

        browser.type("s")
        #expect(browser.screen.contains("Entries · 8 of 8 · document order"))
        #expect(navigationListRows(browser).map(navigationRowID) == document)
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// o shows risks only, then opportunities only, then every entry: the list, the heat map's
    /// title and the status line follow.
    @Test func kindCyclesRisksOpportunitiesAndAll() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("o")
        #expect(browser.screen.contains("Heat map · current · risks"))
        #expect(browser.screen.contains("Entries · 6 of 8"))
        #expect(browser.statusLine.contains("risks only"))
        #expect(navigationListRows(browser).map(navigationRowID) == ["Corp 1", "Corp 2", "Corp 4", "Corp 5", "Corp 6", "Corp 7"])

        browser.type("o")
        #expect(browser.screen.contains("Heat map · current · opportunities"))
        #expect(browser.screen.contains("Entries · 2 of 8"))
        #expect(browser.statusLine.contains("opportunities only"))
        #expect(navigationListRows(browser).map(navigationRowID) == ["CO1", "CO2"])

        browser.type("o")
        #expect(browser.screen.contains("Heat map · current · all"))
        #expect(browser.screen.contains("Entries · 8 of 8"))
        #expect(!browser.statusLine.contains(" only"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }

    /// ? opens the help over the panes, listing every key; its q closes it rather than quitting,
    /// and so does Esc.
    @Test func helpOpensAndEscCloses() throws {
        let browser = try BrowserHarness(registers: ["lcc-2021-22-q4"])
        browser.waitForIdle()
        browser.type("?")
        #expect(browser.screen.contains("Help · Esc closes"))
        #expect(browser.screen.contains("Quit riskreg; with unsaved changes, ask first"))
        #expect(browser.hintLine.contains("Esc close"))
        browser.press(.escape)
        #expect(!browser.screen.contains("Help · Esc closes"))
        #expect(browser.screen.contains("Entries · 8 of 8"))

        browser.press(.function(1))
        #expect(browser.screen.contains("Help · Esc closes"), "F1 opens the help too")
        browser.type("q")
        #expect(!browser.screen.contains("Help · Esc closes"), "q closes the help, and does not quit")
        #expect(browser.screen.contains("Heat map · current · all"))
        browser.type("q")
        #expect(try browser.exitStatus() == 0)
    }
}

/// The entry list's rows, from its frame's title down to its bottom border, without the header:
/// each as drawn inside the frame ("▸Corp 1 Reshaping…", " CO2    Environmental…").
private func navigationListRows(_ browser: BrowserHarness) -> [String] {
    let rows = browser.rows
    guard let top = rows.firstIndex(where: { $0.contains("┌ Entries") || $0.contains("╔ Entries") }) else { return [] }
    var listed: [String] = []
    for row in rows[(top + 2)...] {
        let characters = Array(row)
        guard let first = characters.first, first == "│" || first == "║",
              let close = characters.dropFirst().firstIndex(where: { $0 == "│" || $0 == "║" }) else { break }
        let inside = String(characters[1..<close])
        if inside.trimmingCharacters(in: .whitespaces).isEmpty { break }
        listed.append(inside)
    }
    return listed
}

/// The id at the start of a list row ("Corp 1", "CO2").
private func navigationRowID(_ row: String) -> String {
    let text = row.dropFirst()
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard let first = words.first else { return "" }
    if first == "Corp", words.count > 1 { return "Corp \(words[1])" }
    return String(first)
}

/// The title of the pane drawn with the double border ("Heat map", "Entries", "Detail").
private func navigationFocusedPane(_ browser: BrowserHarness) -> String? {
    let top = browser.screen.split(separator: "\n").prefix(20).joined(separator: "\n")
    for name in ["Heat map", "Entries", "Detail"] where top.contains("╔ \(name)") {
        return name
    }
    return nil
}
