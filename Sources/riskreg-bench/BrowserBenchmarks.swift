import Foundation
import RegisterUI
import RiskRegister

/// Timings of the browser: in process (update and view, no terminal) and on a real pseudo-terminal.
enum BrowserBenchmarks {
    /// The keys a session walks through, over and over.
    static let keys: [Key] = [.down, .down, .right, .enter, .down, .down, .escape, .tab, .pageDown, .pageUp,
                              .character("v"), .character("o"), .character("s"), .tab, .up, .left]

    static func inProcess(scan: DirectoryScan) {
        let size = Size(width: 120, height: 40)
        print(Measurement("first frame in process (state + view, 120×40)", iterations: 100) {
            _ = view(AppState(scan: scan, size: size, capabilities: .full))
        }.line)
        var state = AppState(scan: scan, size: size, capabilities: .full)
        var index = 0
        print(Measurement("key to frame in process (update + view)", iterations: 2000) {
            _ = update(&state, .key(keys[index % keys.count]))
            _ = view(state)
            index += 1
        }.line)
    }

    /// Launch to first complete frame, and key to first output, through a pseudo-terminal.
    static func onTerminal(executable: String, data: String) throws {
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        var launches: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<20 {
            let start = clock.now
            let terminal = try PseudoTerminal(executable: executable, arguments: ["--data", data], width: 120, height: 40,
                                              environment: environment)
            terminal.read(until: "help")
            launches.append(clock.now - start)
            terminal.close()
        }
        print(Measurement(name: "launch to first frame on a terminal (Data/, 120×40)", samples: launches).line)

        let terminal = try PseudoTerminal(executable: executable, arguments: ["--data", data], width: 120, height: 40,
                                          environment: environment)
        defer { terminal.close() }
        terminal.read(until: "help")
        terminal.drain()
        // Keys that always change the screen: view, sort, kind, focus.
        let typed = ["v", "s", "o", "\t", "j", "v", "s", "\t", "o", "k", "\t"]
        var keys: [Duration] = []
        for index in 0..<300 {
            let start = clock.now
            terminal.type(typed[index % typed.count])
            guard terminal.waitForOutput() else { continue } // a key that changes nothing draws nothing
            keys.append(clock.now - start)
            terminal.drain()
        }
        print(Measurement(name: "key to frame on a terminal (first output byte)", samples: keys).line)
    }
}
