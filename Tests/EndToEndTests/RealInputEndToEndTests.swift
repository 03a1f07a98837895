import Foundation
import Testing

/// The failures a risk officer met with the release build (issue #8), each driven through the
/// binary users run, in tmux, over a temporary copy of Data/: text beyond ASCII, pastes, kills,
/// two colleagues on one register, a printed score that is not likelihood × impact, history.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(20)))
struct RealInputEndToEndTests {
    static let register = "lcc-2021-22-q4"
    static let environment = ["RISKREG_AUTHOR": "e2e tester"]

    private func file(_ data: URL) -> URL { data.appendingPathComponent("\(Self.register).json") }
    private func recovery(_ data: URL, user: String = "e2e_tester") -> URL {
        data.appendingPathComponent(".\(Self.register).\(user).recovery.json")
    }

    private func entry(_ id: String, data: URL, register: String = Self.register) throws -> [String: Any] {
        let result = try Binary.run(["show", id, "--json", "--register", register, "--data", data.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    private func progressTexts(_ id: String, data: URL) throws -> [String] {
        ((try entry(id, data: data))["progress"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    /// Polls until the recovery file holds `text` (it is written within a second of a change).
    private func waitForRecovery(containing text: String, data: URL, user: String = "e2e_tester") throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let contents = try? String(contentsOf: recovery(data, user: user), encoding: .utf8), contents.contains(text) { return }
            usleep(20_000)
        }
        Issue.record("the recovery file never held \(text)")
    }

    /// Adds a progress note to the open entry and keeps it (Enter), once the status line says so.
    private func addNote(_ text: String, in tmux: TmuxSession) throws {
        try tmux.send("p")
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "[modified]")
    }

    /// Selects the n-th entry of the list (document order, from 0) and focuses the detail pane.
    private func openEntry(_ index: Int, in tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Heat map · current")
        try tmux.send("2")
        for _ in 0..<index { try tmux.send("j") }
        try tmux.send("3")
        try tmux.waitFor(text: "╔ Detail")
    }

    @Test func emojiWithSkinTonesFlagsFamiliesAndTypedAccentsNeitherCrashNorChangeATextScalar() throws {
        let typed = "Thumbs 👍🏽 heart ❤️ flag 🇬🇧 family 👨‍👩‍👧‍👦 Mac accent cafe\u{301} שלום end"
        try withBrowser(environment: Self.environment) { tmux, data in
            try openEntry(0, in: tmux)
            try tmux.send("p")
            // One scalar at a time, as a terminal delivers keys: e and U+0301 arrive apart.
            for scalar in typed.unicodeScalars { try tmux.send(String(scalar), literal: true) }
            try tmux.waitFor(text: "end")
            try tmux.send("Enter")
            try tmux.waitFor(text: "[modified]")
            let screen = try tmux.capture()
            for line in screen.split(separator: "\n") where line.contains("║") {
                #expect(line.last == "║" || line.last == "┐" || line.last == "┘" || line.last == "╗" || line.last == "╝",
                        "every row ends at the right edge: \(line)")
            }
            try tmux.saveAndQuit()
            let note = try #require(try progressTexts("Corp 1", data: data).first)
            #expect(Array(note.unicodeScalars) == Array(typed.unicodeScalars), "saved exactly as typed")
        }
    }

    @Test func aMultiLinePasteIsTextInTheNoteNeverKeys() throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            let before = try Binary.run(["list", "--json", "--register", Self.register, "--data", data.path]).stdout
            try openEntry(0, in: tmux)
            try tmux.send("p")
            try tmux.waitFor(text: "Enter keeps")
            // Lines that start with command keys: u (undo), e (edit), q (quit).
            try tmux.paste("first line\nu would undo\ne would edit\nq would quit")
            try tmux.waitFor(text: "q would quit")
            try tmux.send("Enter")
            try tmux.waitFor(text: "[modified]")
            try tmux.saveAndQuit()
            #expect(try progressTexts("Corp 1", data: data).first == "first line\nu would undo\ne would edit\nq would quit")
            let after = try Binary.run(["list", "--json", "--register", Self.register, "--data", data.path]).stdout
            #expect(after.components(separatedBy: "\"Corp 2\"").last == before.components(separatedBy: "\"Corp 2\"").last,
                    "no other entry changed")
        }
    }

    @Test func aPasteOutsideAnEditorDoesNothingButSaySo() throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            try tmux.waitFor(text: "Heat map · current")
            try tmux.paste("q\nq\n")
            try tmux.waitFor(text: "Paste ignored")
            #expect(try tmux.programPID() != nil, "q in a paste did not quit")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
            #expect(!FileManager.default.fileExists(atPath: recovery(data).path))
        }
    }

    @Test func killMinusNineLosesAtMostASecondOfTypingEvenInAnOpenEditor() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        do {
            let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: Self.environment)
            defer { tmux.close() }
            try openEntry(0, in: tmux)
            try tmux.send("p")
            try tmux.send("Typed but never kept with Enter", literal: true)
            try waitForRecovery(containing: "Typed but never kept with Enter", data: data)
            let pid = try #require(try tmux.programPID())
            kill(pid, SIGKILL)
            #expect(try tmux.waitForExit() == 137)
        }
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: recovery(data).path)[.posixPermissions] as? Int)
        #expect(mode == 0o600, "the recovery file is private")
        let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: Self.environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "Restore them?")
        try tmux.send("y")
        try tmux.waitFor(text: "[modified]")
        try tmux.saveAndQuit()
        #expect(try progressTexts("Corp 1", data: data).first == "Typed but never kept with Enter")
    }

    @Test(arguments: [SIGQUIT, SIGUSR1, SIGALRM, SIGVTALRM, SIGPROF, SIGPWR, SIGSTKFLT])
    func otherStopSignalsKeepTheWorkAndRestoreTheTerminal(signal: Int32) throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            try openEntry(0, in: tmux)
            try addNote("Kept through signal \(signal)", in: tmux)
            let pid = try #require(try tmux.programPID())
            kill(pid, signal)
            #expect(try tmux.waitForExit() == 128 + signal)
            #expect(try tmux.paneValue("#{alternate_on}", becomes: "0"), "the terminal is restored")
            let contents = try String(contentsOf: recovery(data), encoding: .utf8)
            #expect(contents.contains("Kept through signal \(signal)"))
        }
    }

    @Test func aFatalErrorRestoresTheTerminalAndNamesTheRecoveryFilesWithoutAPrompt() throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            try openEntry(0, in: tmux)
            try tmux.send("p")
            try tmux.send("Before the crash", literal: true)
            try waitForRecovery(containing: "Before the crash", data: data)
            let pid = try #require(try tmux.programPID())
            kill(pid, SIGSEGV)
            let status = try tmux.waitForExit()
            #expect(status == 128 + SIGSEGV, "ended by the signal, not held at a backtracer prompt")
            #expect(try tmux.paneValue("#{alternate_on}", becomes: "0"), "the terminal is restored")
            #expect(try tmux.waitFor(text: "recovery files").contains(data.path))
        }
    }

    /// After a crash the terminal has the settings the shell gave it (echo, line editing), not
    /// curses' (no echo, no line editing), even where no job-control shell repairs them: the pane
    /// runs riskreg from `sh -c`, and the tty is read with `stty -F` after it died.
    @Test(arguments: [SIGSEGV, SIGABRT, SIGXCPU, SIGSYS])
    func aFatalSignalGivesBackTheShellsTerminalSettings(signal: Int32) throws {
        try withBrowser(environment: Self.environment) { tmux, _ in
            _ = try tmux.waitFor(text: "Heat map")
            let tty = try tmux.paneValue("#{pane_tty}").trimmingCharacters(in: .whitespacesAndNewlines)
            let before = try Spawn.run(["stty", "-a", "-F", tty]).output
            #expect(before.contains(" -echo ") && before.contains(" -icanon "), "curses has echo and line editing off: \(before)")
            kill(try #require(try tmux.programPID()), signal)
            #expect(try tmux.waitForExit() == 128 + signal)
            let after = try Spawn.run(["stty", "-a", "-F", tty]).output
            #expect(!after.contains(" -echo ") && after.contains(" echo "), "echo is back: \(after)")
            #expect(!after.contains(" -icanon ") && after.contains(" icanon "), "line editing is back: \(after)")
        }
    }

    @Test func ctrlZGivesTheTerminalBackToTheShellAndFgRedraws() throws {
        // Job control needs an interactive shell: the program runs as a job of bash in the pane.
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let socket = "riskreg-e2e-jobs-\(getpid())-\(UUID().uuidString.prefix(8))"
        func tmux(_ arguments: String...) throws -> String { try Spawn.run(["tmux", "-L", socket] + arguments).output }
        _ = try tmux("-f", "/dev/null", "new-session", "-d", "-s", "jobs", "-x", "120", "-y", "40",
                     "env", "-i", "PATH=/usr/bin:/bin", "TERM=tmux-256color", "LANG=C.UTF-8", "PS1=shell$ ",
                     "bash", "--norc", "--noprofile", "-i")
        defer { _ = try? tmux("kill-server") }
        func waitFor(_ text: String, times: Int = 1) throws -> Bool {
            let deadline = Date().addingTimeInterval(20)
            repeat {
                if try tmux("capture-pane", "-p", "-t", "jobs").components(separatedBy: text).count - 1 >= times { return true }
                usleep(20_000)
            } while Date() < deadline
            return false
        }
        #expect(try waitFor("shell$"))
        _ = try tmux("send-keys", "-t", "jobs", "-l", "\(try Binary.executable().path) --data \(data.path)")
        _ = try tmux("send-keys", "-t", "jobs", "Enter")
        #expect(try waitFor("Heat map · current"))
        _ = try tmux("send-keys", "-t", "jobs", "C-z")
        #expect(try waitFor("Stopped"), "the shell has the terminal back")
        #expect(try tmux("display-message", "-p", "-t", "jobs", "#{alternate_on}").hasPrefix("0"))
        _ = try tmux("send-keys", "-t", "jobs", "-l", "fg")
        _ = try tmux("send-keys", "-t", "jobs", "Enter")
        #expect(try waitFor("Heat map · current"), "fg redraws the browser")
        _ = try tmux("send-keys", "-t", "jobs", "q")
        // Typed only at the shell's next prompt: keys sent while riskreg is still quitting are its.
        #expect(try waitFor("shell$", times: 3), "the shell's prompt after the program quit")
        _ = try tmux("send-keys", "-t", "jobs", "-l", "echo status=$?")
        _ = try tmux("send-keys", "-t", "jobs", "Enter")
        #expect(try waitFor("status=0"))
    }

    @Test func restoringEditsAfterAColleagueSavedKeepsTheColleaguesNoteAndHistory() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        // B adds a note to Corp 1 and is killed before saving.
        do {
            let bob = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: ["RISKREG_AUTHOR": "bob"])
            defer { bob.close() }
            try openEntry(0, in: bob)
            try bob.send("p")
            try bob.send("Bob's note", literal: true)
            try bob.send("Enter")
            try waitForRecovery(containing: "Bob's note", data: data, user: "bob")
            kill(try #require(try bob.programPID()), SIGKILL)
            _ = try bob.waitForExit()
        }
        // A adds a note to Corp 5 and saves.
        do {
            let alice = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: ["RISKREG_AUTHOR": "alice"])
            defer { alice.close() }
            // Bob's unsaved edits are his: Alice is not asked about them.
            try openEntry(3, in: alice)
            #expect(!(try alice.capture()).contains("Restore them?"))
            try addNote("Alice's note", in: alice)
            try alice.saveAndQuit()
        }
        // B starts again, restores and saves: both notes, both histories.
        let bob = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: ["RISKREG_AUTHOR": "bob"])
        defer { bob.close() }
        try bob.waitFor(text: "Restore them?")
        try bob.send("y")
        try bob.waitFor(text: "[modified]")
        try bob.saveAndQuit()
        #expect(try progressTexts("Corp 1", data: data).first == "Bob's note")
        #expect(try progressTexts("Corp 5", data: data).first == "Alice's note")
        let corp5 = try entry("Corp 5", data: data)
        let history = try #require(corp5["history"] as? [[String: Any]])
        #expect(history.map { $0["author"] as? String } == ["alice"], "Alice's record is kept and nobody deleted her note")
        let corp1History = try #require((try entry("Corp 1", data: data))["history"] as? [[String: Any]])
        #expect(corp1History.map { $0["author"] as? String } == ["bob"])
    }

    @Test func aRefusedSaveReloadsAndMergesBothWriters() throws {
        try withBrowser(width: 120, height: 40, environment: ["RISKREG_AUTHOR": "bob"]) { bob, data in
            try openEntry(0, in: bob)
            try addNote("Bob's note", in: bob)
            let alice = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: ["RISKREG_AUTHOR": "alice"])
            defer { alice.close() }
            try openEntry(3, in: alice)
            try addNote("Alice's note", in: alice)
            try alice.saveAndQuit()
            try bob.send("w")
            try bob.waitFor(text: "changed on disk")
            try bob.send("y")
            try bob.waitFor(text: "merged your edits")
            try bob.saveAndQuit()
            #expect(try progressTexts("Corp 1", data: data).first == "Bob's note")
            #expect(try progressTexts("Corp 5", data: data).first == "Alice's note")
        }
    }

    @Test func aPrintedScoreThatIsNotLikelihoodTimesImpactIsMarkedAndKept() throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            // The whole first frame, down to the hint bar, before looking for the mark.
            let screen = try tmux.waitFor("the first frame") { $0.contains("Heat map · current") && $0.contains("? help") }
            #expect(screen.contains("≠"), "the heat map marks the cell of Corp 4's 20 at 3 × 2")
            let before = try Data(contentsOf: file(data))
            try openEntry(2, in: tmux)
            try tmux.waitFor(text: "╔ Detail · Corp 4")
            try tmux.send("S")
            try tmux.waitFor(text: "Printed")
            try tmux.send("Enter")
            try tmux.waitFor(text: "No change")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0, "nothing to save, no question")
            #expect(try Data(contentsOf: file(data)) == before)
        }
    }

    @Test func rescoringRecordsTheClearedPrintedWordsAndNotesAreNamedById() throws {
        try withBrowser(environment: Self.environment) { tmux, data in
            try tmux.send("r")
            try tmux.waitFor(text: "lcc-2021-22-q3")
            try tmux.send("j", "Enter")
            try tmux.waitFor(text: "2021/22 Q3")
            try openEntry(0, in: tmux)
            try tmux.send("S")
            try tmux.waitFor(text: "Score · Corp 1")
            try tmux.send("h")
            try tmux.send("Enter")
            try tmux.send("p")
            try tmux.send("First", literal: true)
            try tmux.send("Enter")
            try tmux.send("p")
            try tmux.send("Second", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(text: "Second")
            try tmux.saveAndQuit()
            let corp1 = try entry("Corp 1", data: data, register: "lcc-2021-22-q3")
            let history = try #require(corp1["history"] as? [[String: Any]])
            let fields = history.compactMap { $0["field"] as? String }
            #expect(fields.contains("current.likelihoodText"), "the printed words \"Major (4)\" are recorded as cleared: \(fields)")
            let notes = try #require(corp1["progress"] as? [[String: Any]])
            let ids = notes.prefix(2).compactMap { $0["id"] as? String }
            #expect(ids.count == 2 && ids[0] != ids[1])
            #expect(Set(fields.filter { $0.hasPrefix("progress[") }) == Set(ids.map { "progress[\($0)]" }),
                    "each note is named by its own id")
        }
    }
}

extension TmuxSession {
    /// Pastes text as a terminal does in bracketed paste mode (tmux `paste-buffer -p`).
    func paste(_ text: String) throws {
        let buffer = "riskreg-e2e-\(UUID().uuidString.prefix(8))"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(buffer)
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let load = try Spawn.run(["tmux", "-L", socket, "load-buffer", "-b", buffer, file.path])
        guard load.status == 0 else { throw Failure(description: "load-buffer failed: \(load.output)") }
        let paste = try Spawn.run(["tmux", "-L", socket, "paste-buffer", "-p", "-d", "-b", buffer, "-t", "riskreg:0.0"])
        guard paste.status == 0 else { throw Failure(description: "paste-buffer failed: \(paste.output)") }
    }
}
