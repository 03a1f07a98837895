import Foundation

/// The measures of issue 10 taken on the `riskreg` binary: launches, list moves and search on a
/// pseudo-terminal, saves, the `list` command, process start, and cross-register search. Written
/// against what a user sees (the screen), so it measures the runtime of today and a rewritten one.
struct RiskregProbe {
    /// Launches of one data directory.
    struct Launches {
        /// Spawn to the first complete frame (the "? help" hint drawn).
        var firstFrame: [Duration] = []
        /// Spawn to the id of the opened register's first entry on the screen.
        var entriesVisible: [Duration] = []
        /// Peak resident memory of each run, in bytes.
        var peakMemory: [Int] = []
        /// What went wrong (timeouts), for the output.
        var problems: [String] = []
    }

    /// List moves and search typing in one register.
    struct Keys {
        var moveFirstByte: [Duration] = []
        var moveEndOfFrame: [Duration] = []
        /// Bytes written and cells changed, summed over the moves whose frame ended.
        var moveBytes = 0
        var moveChangedCells = 0
        var movesCounted = 0
        var searchFirstByte: [Duration] = []
        var searchEndOfFrame: [Duration] = []
        var problems: [String] = []
    }

    let executable: String
    let environment: [String: String]

    /// What a key-driven run waits for at most before it calls a timeout, in seconds.
    static let launchTimeout = 120.0

    /// Starts the browser on `dataset` `count` times: first frame, entries visible, peak memory.
    func launches(_ dataset: ScaleDataset, count: Int) -> Launches {
        var result = Launches()
        for _ in 0..<count {
            guard let session = try? TerminalSession(executable: executable, arguments: ["--data", dataset.directory.path],
                                                     environment: environment) else {
                result.problems.append("could not start \(executable)")
                return result
            }
            guard let frame = session.wait(for: "? help", timeout: Self.launchTimeout) else {
                result.problems.append("no first frame within \(Int(Self.launchTimeout)) s")
                _ = session.quit(keys: "q", timeout: 1)
                return result
            }
            result.firstFrame.append(frame)
            if let visible = session.wait(timeout: Self.launchTimeout, until: { ScaleDataset.shows(dataset.firstEntryID, on: $0) }) {
                result.entriesVisible.append(visible)
            } else {
                result.problems.append("\(dataset.firstEntryID) not on the screen within \(Int(Self.launchTimeout)) s")
            }
            session.settle(quietMilliseconds: 50)
            if let peak = session.quit(keys: "q") {
                result.peakMemory.append(peak)
            } else {
                result.problems.append("did not exit after q within 30 s (killed; no peak memory)")
            }
        }
        return result
    }

    /// In the entry list of `dataset`'s opened register: `moves` × `j` (after ten untimed), then
    /// `/` and the letters of `words` one at a time (Ctrl-U between words).
    func keys(_ dataset: ScaleDataset, moves: Int, words: [String]) -> Keys {
        var result = Keys()
        guard let session = start(dataset, problems: &result.problems) else { return result }
        session.type("2")
        session.settle()
        for _ in 0..<10 { _ = session.press("j") }
        for _ in 0..<moves {
            let frame = session.press("j")
            guard let first = frame.firstByte else {
                result.problems.append("j drew nothing within 5 s")
                continue
            }
            result.moveFirstByte.append(first)
            guard let end = frame.endOfFrame else {
                result.problems.append("j: the terminal never went quiet, end of frame and bytes not counted")
                continue
            }
            result.moveEndOfFrame.append(end)
            result.moveBytes += frame.bytes
            result.moveChangedCells += frame.changedCells
            result.movesCounted += 1
        }
        session.type("/")
        session.settle()
        for word in words {
            for letter in word {
                let frame = session.press(String(letter), timeout: 30_000)
                guard let first = frame.firstByte else {
                    result.problems.append("search letter drew nothing within 30 s")
                    continue
                }
                result.searchFirstByte.append(first)
                if let end = frame.endOfFrame {
                    result.searchEndOfFrame.append(end)
                } else {
                    result.problems.append("search letter: the terminal never went quiet, end of frame not measured")
                }
            }
            session.type("\u{15}") // Ctrl-U: clear the search text
            session.settle(quietMilliseconds: 200)
        }
        session.type("\u{1B}")
        session.settle()
        _ = session.quit(keys: "q")
        return result
    }

    /// In one run on `dataset` (a copy: this saves), three times: `p`, a note, Enter, then `w`,
    /// timed from `w` to "Saved" on the status line; nil for a save that did not say so in 60 s.
    func saves(_ dataset: ScaleDataset, problems: inout [String]) -> [Duration?] {
        guard let session = start(dataset, problems: &problems) else { return [] }
        session.type("2")
        session.settle()
        var results: [Duration?] = []
        for round in 1...3 {
            session.type("p")
            session.settle()
            session.type("Scale benchmark note \(round), £ and é\r")
            session.settle(quietMilliseconds: 200)
            if session.screen.text.contains("Saved") {
                problems.append("save \(round): \"Saved\" still on the screen before w; timed from w to the next frame showing it")
            }
            let start = ContinuousClock.now
            session.type("w")
            let saved = session.wait(timeout: 60, from: start) { $0.text.contains("Saved ") }
            if saved == nil { problems.append("save \(round): no \"Saved\" within 60 s") }
            results.append(saved)
            session.settle(quietMilliseconds: 200)
        }
        _ = session.quit(keys: "q")
        return results
    }

    /// From spawn until the search token is found from the browser's search: `/`, Tab (all
    /// registers, in a runtime that offers it), the token, then the screen polled for the id of
    /// the entry holding it; nil when it is not found within 30 s of typing the token. Also the
    /// peak memory at that point, when every register has been read (a runtime that loads in
    /// the background may still be loading when the launches above quit).
    func allSearchable(_ dataset: ScaleDataset, problems: inout [String]) -> (found: Duration?, peakMemory: Int?) {
        guard let id = dataset.tokenEntryID, let session = start(dataset, problems: &problems) else { return (nil, nil) }
        session.type("/\t" + RegisterPlan.token)
        let found = session.wait(timeout: 30) { ScaleDataset.shows(id, on: $0) }
        session.type("\u{1B}")
        session.settle()
        return (found, session.quit(keys: "q"))
    }

    /// Runs `riskreg list --register STEM --data DIR` `count` times: wall times and the highest peak memory.
    func list(_ dataset: ScaleDataset, count: Int) -> (times: [Duration], peakMemory: Int, failed: Bool) {
        let stem = dataset.lastFile.deletingPathExtension().lastPathComponent
        let runs = (0..<count).map { _ in
            ChildRun(executable, ["list", "--register", stem, "--data", dataset.directory.path], environment: environment)
        }
        return (runs.map(\.wallTime), runs.map(\.peakMemory).max() ?? 0, runs.contains { $0.status != 0 })
    }

    /// `riskreg --help` `count` times (after three untimed): wall times.
    func processStart(count: Int) -> [Duration] {
        for _ in 0..<3 { _ = ChildRun(executable, ["--help"], environment: environment) }
        return (0..<count).map { _ in ChildRun(executable, ["--help"], environment: environment).wallTime }
    }

    /// How many shared libraries `ldd` lists for the binary (the vDSO is not a file, so not counted).
    func sharedLibraries() -> Int? {
        let run = ChildRun("ldd", [executable], environment: environment, keepOutput: true)
        guard run.status == 0 else { return nil }
        return run.output.split(separator: "\n").filter { $0.contains("/") && !$0.contains("vdso") }.count
    }

    /// A browser on `dataset` with its first frame drawn, or nil (and a problem noted).
    private func start(_ dataset: ScaleDataset, problems: inout [String]) -> TerminalSession? {
        guard let session = try? TerminalSession(executable: executable, arguments: ["--data", dataset.directory.path],
                                                 environment: environment) else {
            problems.append("could not start \(executable)")
            return nil
        }
        guard session.wait(for: "? help", timeout: Self.launchTimeout) != nil,
              session.wait(timeout: Self.launchTimeout, until: { ScaleDataset.shows(dataset.firstEntryID, on: $0) }) != nil else {
            problems.append("no first frame with entries within \(Int(Self.launchTimeout)) s")
            return nil
        }
        session.settle()
        return session
    }
}
