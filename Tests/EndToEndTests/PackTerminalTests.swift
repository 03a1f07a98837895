import Foundation
import Testing

/// The pack's commands on a real terminal (a tmux pane): the heat map is coloured only there and
/// only without NO_COLOR; `list` cuts long owners only there.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct PackTerminalTests {
    @Test func heatmapIsColouredOnATerminalUnlessNoColorIsSet() throws {
        let arguments = ["heatmap", "--register", "lcc-2021-22-q4", "--data", Binary.data.path]
        let coloured = try TmuxSession(arguments: arguments, width: 100, height: 30)
        defer { coloured.close() }
        #expect(try coloured.waitForExit() == 0)
        let screen = try coloured.capture(escapes: true)
        #expect(screen.contains("\u{1B}["), "band colours on a terminal: \(screen)")
        let plain = try TmuxSession(arguments: arguments, width: 100, height: 30, environment: ["NO_COLOR": "1"])
        defer { plain.close() }
        #expect(try plain.waitForExit() == 0)
        let text = try plain.capture(escapes: true)
        #expect(text.contains("4 Major"))
        #expect(!text.contains("\u{1B}["), "NO_COLOR: \(text)")
    }

    @Test func listCutsLongOwnersOnlyOnATerminal() throws {
        let session = try TmuxSession(arguments: ["list", "--register", "lcc-2021-22-q4", "--data", Binary.data.path], width: 250, height: 20)
        defer { session.close() }
        #expect(try session.waitForExit() == 0)
        let screen = try session.capture()
        #expect(screen.contains("Corporate Services leadersh…  Covid-19"), "\(screen)")
    }
}
