import Foundation
import Testing

/// The release binary answers keys while a register is still loading, and the register appears
/// when its load completes (loads are held by the RISKREG_FAULT_HOLD_LOADS hook, so nothing here
/// depends on timing).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct BackgroundLoadingEndToEndTests {
    @Test func keysAreAnsweredWhileTheRegisterLoadsAndItShowsWhenLoaded() throws {
        let hold = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-hold-\(UUID().uuidString)")
        try Data().write(to: hold)
        defer { try? FileManager.default.removeItem(at: hold) }
        try withBrowser(environment: ["RISKREG_FAULT_HOLD_LOADS": hold.path]) { tmux, _ in
            try tmux.waitFor("the first frame, the register still loading") {
                $0.contains("Loading lcc-2021-22-q4.json") && $0.contains("? help")
            }
            try tmux.send("?")
            try tmux.waitFor("the help, while the register loads") { $0.contains("Help · Esc closes") }
            try tmux.send("Escape")
            try tmux.send("r")
            try tmux.waitFor("the picker listing every register by period from the files' headers") { screen in
                ["2021/22 Q4", "2021/22 Q3", "2019/20 Q1", "2016/17 Q4", "2016/17 Q3"].allSatisfy(screen.contains)
                    && screen.contains("Registers · Enter opens")
            }
            try tmux.send("Escape")
            try tmux.waitFor("the picker closed, still loading") { !$0.contains("Registers · Enter opens") && $0.contains("Loading") }
            try FileManager.default.removeItem(at: hold)
            try tmux.waitFor("the register, once loaded") { $0.contains("8 of 8") && $0.contains("Corp 1") && !$0.contains("Loading") }
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func searchingAllRegistersFindsEntriesOfRegistersNeverOpened() throws {
        try withBrowser { tmux, _ in
            try tmux.waitFor(text: "8 of 8")
            try tmux.send("/")
            try tmux.send("Tab")
            try tmux.send("SEND Partnership", literal: true)
            // Corp 3 "SEND Partnership Improvement" is in 2021/22 Q3 only, which has not been opened.
            try tmux.waitFor("the entry found in 2021/22 Q3, beside its register") { screen in
                screen.contains("/ SEND Partnership") && screen.contains("lcc-2021-22-q3") && screen.contains("Corp 3")
            }
            try tmux.send("Enter")
            try tmux.waitFor("2021/22 Q3 open on Corp 3") { screen in
                screen.contains("lcc-2021-22-q3.json") && screen.contains("Detail · Corp 3") && !screen.contains("Search all registers")
            }
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }
}
