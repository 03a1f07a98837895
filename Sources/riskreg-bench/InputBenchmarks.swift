import Foundation
import RiskRegister

/// Input without lag, on a real pseudo-terminal (issue #8): a 5,000-character bracketed paste
/// into a progress note, 200 queued `j` in the detail pane of the longest shipped entry, and key
/// to frame for single `j` there. Each is timed from writing the input to the last byte of the
/// frame that shows its result.
enum InputBenchmarks {
    static func run(executable: String, data: String, scan: DirectoryScan) throws {
        guard let (loaded, index) = longestEntry(scan) else { return }
        let entry = loaded.register.entries[index]
        print("longest shipped entry: \(entry.id) of \(loaded.fileName) (\(RegisterFile.encode(loaded.register).count / 1024) KiB register)")
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "RISKREG_AUTHOR": "bench"]
        let terminal = try PseudoTerminal(executable: executable, arguments: ["--data", data, "--register", loaded.stem],
                                          width: 120, height: 40, environment: environment)
        defer { terminal.close() }
        terminal.read(until: "help")
        terminal.drain()
        // The list in document order, down to the entry, then the detail pane.
        terminal.type("2" + String(repeating: "j", count: index) + "3")
        terminal.drain(quietMilliseconds: 200)
        let clock = ContinuousClock()

        var singles: [Duration] = []
        for step in 0..<300 {
            let start = clock.now
            terminal.type(step % 60 < 30 ? "j" : "k")
            guard terminal.waitForOutput() else { continue }
            singles.append(clock.now - start)
            terminal.drain()
        }
        print(Measurement(name: "key to frame, j/k in the detail pane", samples: singles).line)

        var bursts: [Duration] = []
        for round in 0..<10 {
            let start = clock.now
            terminal.type(String(repeating: round % 2 == 0 ? "j" : "k", count: 200))
            if let elapsed = terminal.lastOutput(after: start) { bursts.append(elapsed) }
        }
        print(Measurement(name: "200 queued j (or k) handled and drawn", samples: bursts).line)

        let text = String(String(repeating: "Progress on the programme, é and 👍🏽. ", count: 200).prefix(5000))
        var pastes: [Duration] = []
        for _ in 0..<10 {
            terminal.type("p")
            terminal.drain(quietMilliseconds: 100)
            let start = clock.now
            terminal.type("\u{1B}[200~" + text + "\u{1B}[201~")
            if let elapsed = terminal.lastOutput(after: start, quietMilliseconds: 300) { pastes.append(elapsed) }
            terminal.type("\u{1B}")
            terminal.drain(quietMilliseconds: 100)
            terminal.type("y")
            terminal.drain(quietMilliseconds: 100)
        }
        print(Measurement(name: "5,000-character paste applied and drawn", samples: pastes).line)
    }

    /// The shipped entry with the most text, and its register.
    private static func longestEntry(_ scan: DirectoryScan) -> (LoadedRegister, Int)? {
        var best: (LoadedRegister, Int, Int)?
        for loaded in scan.registers {
            for (index, entry) in loaded.register.entries.enumerated() {
                let size = CanonicalJSONWriter.bytes(of: RegisterEncoder.encode(entry)).count
                if size > best?.2 ?? -1 { best = (loaded, index, size) }
            }
        }
        return best.map { ($0.0, $0.1) }
    }
}
