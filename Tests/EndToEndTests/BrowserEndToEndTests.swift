import Foundation
import Testing

/// The real binary in tmux on a private socket, over a temporary copy of Data/.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"))
struct BrowserEndToEndTests {
    @Test func walkTheHeatMapFilterOpenSearchHelpResizeAndQuit() throws {
        try withBrowser { tmux, _ in
            try tmux.waitFor(text: "Heat map · current")
            try tmux.waitFor(text: "8 of 8")
            // The cursor starts on a cell; move to Likely × Major, which holds three entries.
            try tmux.send("Home")
            try tmux.send("Enter")
            // A frame can be captured half drawn, so each wait names the whole state it needs.
            try tmux.waitFor("the list filtered to the cell holding Corp 1") {
                $0.contains(" of 8") && !$0.contains("8 of 8") && $0.contains("Corp 1")
            }
            try tmux.send("Escape")
            try tmux.waitFor(text: "8 of 8")

            // Search, then open the entry and see its controls.
            try tmux.send("/")
            try tmux.send("Family", literal: true)
            try tmux.waitFor("the search to list Corp 2, 6 and 7 only") { screen in
                screen.contains("Search: Family") && screen.contains("3 of 8")
                    && ["Corp 2", "Corp 6", "Corp 7"].allSatisfy(screen.contains) && !screen.contains("Corp 4")
            }
            try tmux.send("Enter")
            try tmux.send("3")
            try tmux.waitFor("Corp 2's controls") { $0.contains("Controls") && $0.contains("Bid successful") }

            try tmux.send("?")
            try tmux.waitFor("the help overlay") { $0.contains("Help · Esc closes") && $0.contains("Quit riskreg") }
            try tmux.send("Escape")

            try tmux.resize(width: 60, height: 20)
            try tmux.waitFor("the 60×20 layout") { screen in
                screen.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 60 }
                    && (screen.contains("too small") || screen.contains("Heat map"))
            }
            try tmux.resize(width: 120, height: 40)
            try tmux.waitFor(text: "Heat map · current")

            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
            #expect(try tmux.paneValue("#{alternate_on}", becomes: "0"), "the alternate screen is left")
            #expect(try tmux.paneValue("#{cursor_flag}", becomes: "1"), "the cursor is visible again")
        }
    }

    @Test func aClickSelectsARowOrAHeatMapCellAndTheWheelScrollsTheDetail() throws {
        try withBrowser { tmux, _ in
            let screen = try tmux.waitFor(text: "8 of 8")
            let corp5 = try #require(Self.position(of: " Corp 5 ICT Provision", in: screen))
            try tmux.click(x: corp5.x + 2, y: corp5.y)
            try tmux.waitFor("the click to select Corp 5 and focus the list") {
                $0.contains("Detail · Corp 5") && $0.contains("▸Corp 5") && $0.contains("╔ Entries")
            }

            // The wheel over the detail pane scrolls it three lines.
            try tmux.mouse(button: 65, x: 80, y: 10)
            try tmux.waitFor("the detail pane scrolled by the wheel") { $0.contains(" 4–") && $0.contains("Detail · Corp 5") }

            // A click on the heat map's Certain × Moderate cell (CO1, 5 × 3 = 15) focuses the map with
            // its cursor there; Enter lists that cell's entry alone.
            let certain = try #require(Self.position(of: "Certain", in: screen))
            let moderate = try #require(Self.position(of: "Moderate ", in: screen))
            try tmux.click(x: certain.x + 3, y: moderate.y)
            try tmux.waitFor(text: "╔ Heat map")
            try tmux.send("Enter")
            try tmux.waitFor("the list filtered to the clicked cell") { $0.contains("1 of 8") && $0.contains("CO1 ") }
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    /// The column and row (from 0) where `text` first stands on the screen, counting one column a
    /// character (the screens searched hold no wide characters before it).
    private static func position(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (row, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), row) }
        }
        return nil
    }

    @Test func viewAndKindKeysChangeTheHeatMap() throws {
        try withBrowser { tmux, _ in
            try tmux.waitFor(text: "Heat map · current · all")
            try tmux.send("v")
            try tmux.waitFor(text: "Heat map · target")
            try tmux.send("o")
            try tmux.waitFor(text: "risks")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func scoreOnlyRegistersShowTheScoreOnlyStrip() throws {
        try withBrowser { tmux, _ in
            try tmux.waitFor(text: "Heat map")
            try tmux.send("r")
            try tmux.waitFor(text: "2016/17 Q3")
            try tmux.send("Down", "Down", "Down", "Down", "Enter")
            try tmux.waitFor("the score-only strip grouping 2016/17 Q3 by score with counts") {
                $0.contains("19 of 19") && $0.contains("Score only:") && $0.contains("25×6") && $0.contains("16×8")
            }
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func monochromeTerminalsStayReadable() throws {
        for environment in [["TERM": "vt100"], ["NO_COLOR": "1"]] {
            try withBrowser(width: 80, height: 24, environment: environment) { tmux, _ in
                // Bands are readable from letters, not colour alone.
                try tmux.waitFor("band letters in the list") { $0.contains("Heat map") && $0.contains("16H") && $0.contains("8 of 8") }
                let coloured = try tmux.capture(escapes: true)
                #expect(!coloured.contains("\u{1B}[41m") && !coloured.contains("\u{1B}[48;5;160m"), "no red background without colour")
                try tmux.send("q")
                #expect(try tmux.waitForExit() == 0)
            }
        }
    }

    @Test func anUnknownTerminalIsAOneLineErrorWithStatusTwo() throws {
        try withBrowser(environment: ["TERM": "no-such-terminal"]) { tmux, _ in
            #expect(try tmux.waitForExit() == 2)
            let screen = try tmux.waitFor(text: "riskreg: error: unknown terminal type \"no-such-terminal\"")
            #expect(!screen.contains("Heat map"), "curses never took the terminal")
        }
    }
}
