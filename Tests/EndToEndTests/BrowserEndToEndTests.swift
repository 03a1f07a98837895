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
            var screen = try tmux.waitFor("the list filtered to a cell") { $0.contains(" of 8") && !$0.contains("8 of 8") }
            #expect(screen.contains("Corp 1"))
            try tmux.send("Escape")
            try tmux.waitFor(text: "8 of 8")

            // Search, then open the entry and see its controls.
            try tmux.send("/")
            try tmux.send("Family", literal: true)
            screen = try tmux.waitFor(text: "Search: Family")
            screen = try tmux.waitFor(text: "3 of 8")
            #expect(screen.contains("Corp 2") && screen.contains("Corp 6") && screen.contains("Corp 7"))
            #expect(!screen.contains("Corp 4"))
            try tmux.send("Enter")
            try tmux.send("3")
            screen = try tmux.waitFor(text: "Bid successful")
            #expect(screen.contains("Controls"))

            try tmux.send("?")
            screen = try tmux.waitFor(text: "Help · Esc closes")
            #expect(screen.contains("Quit riskreg"))
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
            let screen = try tmux.waitFor(text: "19 of 19")
            #expect(screen.contains("25×6") && screen.contains("16×8"), "score-only entries grouped by score with counts")
            #expect(screen.contains("25"), "the score-only strip groups entries by score")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func monochromeTerminalsStayReadable() throws {
        for environment in [["TERM": "vt100"], ["NO_COLOR": "1"]] {
            try withBrowser(width: 80, height: 24, environment: environment) { tmux, _ in
                let screen = try tmux.waitFor(text: "Heat map")
                #expect(screen.contains("16H"), "bands are readable from letters, not colour alone")
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
