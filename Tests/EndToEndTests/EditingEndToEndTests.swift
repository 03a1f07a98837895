import Foundation
import Testing

/// Editing and saving through the real binary in tmux, over a temporary copy of Data/.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct EditingEndToEndTests {
    static let register = "lcc-2021-22-q4"

    /// The browser with a fixed author, so that stamps and history can be checked.
    private func withEditor(environment: [String: String] = [:], _ body: (TmuxSession, URL) throws -> Void) throws {
        try withBrowser(environment: ["RISKREG_AUTHOR": "e2e tester"].merging(environment) { $1 }, body)
    }

    private func file(_ data: URL) -> URL { data.appendingPathComponent("\(Self.register).json") }

    /// Adds a progress note to the selected entry (Corp 1, the first) and keeps it.
    private func addProgressNote(_ text: String, in tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Heat map · current")
        try tmux.send("3")
        try tmux.send("p")
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
        // The text shows in the editor box while typing; "[modified]" only once Enter kept it.
        try tmux.waitFor("the note kept") { $0.contains(text) && $0.contains("[modified]") }
    }

    private func entryJSON(_ id: String, data: URL) throws -> [String: Any] {
        let result = try Binary.run(["show", id, "--json", "--register", Self.register, "--data", data.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Selects Corp 2 in the list, focuses the detail pane and moves its cursor onto the line
    /// holding `text`. Each `j` is sent only after the previous one has visibly moved the cursor,
    /// so a screen drawn before a key was handled never causes one key too many.
    private func moveDetailCursor(to text: String, in tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Heat map · current")
        try tmux.send("2", "j", "3")
        // The double border says the detail pane has the focus, so "3" has been handled too.
        var screen = try tmux.waitFor(text: "╔ Detail · Corp 2")
        for _ in 0..<40 {
            let cursor = try #require(Self.detailCursor(in: screen), "no detail cursor on:\n\(screen)")
            if cursor.contains("▸• \(text)") { return }
            try tmux.send("j")
            screen = try tmux.waitFor("the detail cursor to move") { Self.detailCursor(in: $0).map { $0 != cursor } ?? false }
        }
        throw TmuxSession.Failure(description: "the detail cursor never reached \(text); screen was:\n\(screen)")
    }

    /// The screen line on which the focused detail pane draws its cursor mark (the "▸" that
    /// replaces the pane's left border), with its row number so that equal texts differ.
    private static func detailCursor(in screen: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard let top = lines.first(where: { String($0).contains("╔ Detail") }),
              let border = top.firstIndex(of: "╔") else { return nil }
        for (row, line) in lines.enumerated() where line.count > border && line[border] == "▸" {
            return "\(row): \(String(line))"
        }
        return nil
    }

    private func entries(_ data: URL) throws -> [[String: Any]] {
        let result = try Binary.run(["list", "--json", "--register", Self.register, "--data", data.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func addANoteEditAControlRescoreSaveAndOnlyThoseChangesAreMade() throws {
        try withEditor { tmux, data in
            let before = try entries(data)
            try moveDetailCursor(to: "Bid successful", in: tmux)
            try tmux.send("e")
            try tmux.send("End")
            try tmux.send(" (confirmed)", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(text: "Bid successful (confirmed)")
            try tmux.send("S")
            try tmux.waitFor(text: "Score · Corp 2")
            try tmux.send("l")
            try tmux.send("Enter")
            try tmux.send("p")
            try tmux.send("Quarterly review done", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(text: "[modified]")
            try tmux.saveAndQuit()

            let corp2 = try entryJSON("Corp 2", data: data)
            let controls = try #require(corp2["controls"] as? [[String: Any]])
            #expect(controls.first?["text"] as? String == "Bid successful (confirmed)")
            let current = try #require(corp2["current"] as? [String: Any])
            #expect(current["likelihood"] as? Int == 4 && current["impact"] as? Int == 4 && current["score"] as? Int == 16)
            #expect(current["likelihoodText"] == nil, "printed words no longer describe the new score")
            let progress = try #require(corp2["progress"] as? [[String: Any]])
            #expect(progress.first?["text"] as? String == "Quarterly review done")
            #expect(progress.first?["author"] as? String == "e2e tester")
            #expect((progress.first?["date"] as? String)?.count == 10)
            let history = try #require(corp2["history"] as? [[String: Any]])
            let fields = Set(history.compactMap { $0["field"] as? String })
            let controlID = try #require(controls.first?["id"] as? String)
            let noteID = try #require(progress.first?["id"] as? String)
            #expect(fields == ["controls[\(controlID)]", "progress[\(noteID)]", "current.likelihood", "current.score",
                               "current.likelihoodText", "current.impactText"], "items by id; the cleared printed words recorded: \(fields)")
            #expect(history.allSatisfy { $0["author"] as? String == "e2e tester" })

            let after = try entries(data)
            #expect(after.count == before.count)
            for (old, new) in zip(before, after) where old["id"] as? String != "Corp 2" {
                #expect(NSDictionary(dictionary: old).isEqual(to: new), "\(old["id"] ?? "?") must be unchanged")
            }
            let validate = try Binary.run(["fmt", "--check", "--data", data.path])
            #expect(validate.status == 0, "the saved file is canonical")
        }
    }

    @Test func aScriptedEditorChangesTheItemAndAFailingOneChangesNothingAndSaysWhy() throws {
        let scripts = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-editors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scripts) }
        let good = scripts.appendingPathComponent("good.sh")
        try Binary.writeExecutable("#!/bin/sh\n[ \"$(stat -c %a \"$1\")\" = 600 ] || exit 3\nsed -i 's/Bid successful/Bid successful, checked in EDITOR/' \"$1\"\n", to: good)
        let bad = scripts.appendingPathComponent("bad.sh")
        try Binary.writeExecutable("#!/bin/sh\necho 'ruined' > \"$1\"\nexit 1\n", to: bad)

        try withEditor(environment: ["EDITOR": good.path, "VISUAL": ""]) { tmux, data in
            try moveDetailCursor(to: "Bid successful", in: tmux)
            try tmux.send("E")
            try tmux.waitFor(text: "Bid successful, checked in EDITOR")
            try tmux.saveAndQuit()
            let controls = try #require(try entryJSON("Corp 2", data: data)["controls"] as? [[String: Any]])
            #expect(controls.first?["text"] as? String == "Bid successful, checked in EDITOR")
        }
        try withEditor(environment: ["EDITOR": bad.path, "VISUAL": ""]) { tmux, data in
            try moveDetailCursor(to: "Bid successful", in: tmux)
            try tmux.send("E")
            try tmux.waitFor(text: "Editor failed: exit status 1; nothing changed")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0, "nothing changed, so quitting asks nothing")
            let controls = try #require(try entryJSON("Corp 2", data: data)["controls"] as? [[String: Any]])
            #expect(controls.first?["text"] as? String == "Bid successful")
        }
        try withEditor(environment: ["EDITOR": "/bin/true", "VISUAL": ""]) { tmux, _ in
            try moveDetailCursor(to: "Bid successful", in: tmux)
            try tmux.send("E")
            try tmux.waitFor(text: "Editor closed without changes")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
        try withEditor(environment: ["EDITOR": "riskreg-no-such-editor", "VISUAL": ""]) { tmux, _ in
            try moveDetailCursor(to: "Bid successful", in: tmux)
            try tmux.send("E")
            try tmux.waitFor(text: "could not start riskreg-no-such-editor: No such file or directory")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func aSaveRefusedAfterAnExternalChangeKeepsTheOtherWritersBytes() throws {
        try withEditor { tmux, data in
            try addProgressNote("Conflict check note", in: tmux)
            let otherWriter = Data("{\"someone\": \"else\"}\n".utf8)
            try otherWriter.write(to: file(data))
            try tmux.send("w")
            try tmux.waitFor("the refusal and the offer to reload") { $0.contains("changed on disk") && $0.contains("Reload") }
            #expect(try Data(contentsOf: file(data)) == otherWriter)
            try tmux.send("Escape")
        }
    }

    @Test func killMinusNineInTheMiddleOfASaveLeavesTheRegisterLoadable() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-pause-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marker) }
        try withEditor(environment: ["RISKREG_FAULT_PAUSE_BEFORE_RENAME": marker.path]) { tmux, data in
            let before = try Data(contentsOf: file(data))
            try addProgressNote("Note lost to a crash", in: tmux)
            try tmux.send("w")
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: marker.path) && Date() < deadline { usleep(20_000) }
            #expect(FileManager.default.fileExists(atPath: marker.path), "the save reached the moment before its rename")
            let pid = try #require(try tmux.programPID())
            kill(pid, SIGKILL)
            #expect(try tmux.waitForExit() == 137)
            #expect(try Data(contentsOf: file(data)) == before, "the register is the old one, whole")
            let validate = try Binary.run(["validate", "--quiet", "--data", data.path])
            #expect(validate.status == 0, "\(validate.stdout)")
            #expect(validate.stdout.contains("5 files: 0 errors"))
        }
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aTerminationSignalKeepsUnsavedEditsAndTheNextStartOffersThem(signal: Int32) throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = ["RISKREG_AUTHOR": "e2e tester"]
        do {
            let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: environment)
            defer { tmux.close() }
            try addProgressNote("Kept through a signal", in: tmux)
            let pid = try #require(try tmux.programPID())
            kill(pid, signal)
            #expect(try tmux.waitForExit() == 128 + signal)
            #expect(try tmux.paneValue("#{alternate_on}", becomes: "0"), "the terminal is restored")
        }
        let recovery = data.appendingPathComponent(".\(Self.register).e2e_tester.recovery.json")
        #expect(FileManager.default.fileExists(atPath: recovery.path))
        let original = try Data(contentsOf: Binary.data.appendingPathComponent("\(Self.register).json"))
        #expect(try Data(contentsOf: file(data)) == original, "the register itself is untouched")

        let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "Restore them?")
        try tmux.send("y")
        try tmux.waitFor(text: "[modified]")
        try tmux.saveAndQuit()
        #expect(!FileManager.default.fileExists(atPath: recovery.path), "a successful save removes the recovery file")
        let corp1 = try entryJSON("Corp 1", data: data)
        let progress = try #require(corp1["progress"] as? [[String: Any]])
        #expect(progress.first?["text"] as? String == "Kept through a signal")
        #expect(progress.first?["author"] as? String == "e2e tester")
    }
}
