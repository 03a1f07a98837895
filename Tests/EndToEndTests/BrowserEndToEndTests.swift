import Foundation
import Testing

/// The real binary in tmux on a private socket, over a temporary copy of Data/.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
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
