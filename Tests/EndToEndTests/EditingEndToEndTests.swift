import Foundation
import Testing

/// Editing and saving through the real binary in tmux, over a temporary copy of Data/.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EditingEndToEndTests {
    static let register = "lcc-2021-22-q4"

    private func withBrowser(environment: [String: String] = [:], _ body: (TmuxSession, URL) throws -> Void) throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        var env = ["RISKREG_AUTHOR": "e2e tester"]
        env.merge(environment) { $1 }
        let session = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: env)
        defer { session.close() }
        try body(session, data)
    }

    private func file(_ data: URL) -> URL { data.appendingPathComponent("\(Self.register).json") }

    /// Adds a progress note to the selected entry (Corp 1, the first) and keeps it.
    private func addProgressNote(_ text: String, in tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Heat map · current")
        try tmux.send("3")
        try tmux.send("p")
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: text)
    }

    private func entryJSON(_ id: String, data: URL) throws -> [String: Any] {
        let result = try Binary.run(["show", id, "--json", "--register", Self.register, "--data", data.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aSaveRefusedAfterAnExternalChangeKeepsTheOtherWritersBytes() throws {
        try withBrowser { tmux, data in
            try addProgressNote("Conflict check note", in: tmux)
            let otherWriter = Data("{\"someone\": \"else\"}\n".utf8)
            try otherWriter.write(to: file(data))
            try tmux.send("w")
            let screen = try tmux.waitFor(text: "changed on disk")
            #expect(screen.contains("Reload"))
            #expect(try Data(contentsOf: file(data)) == otherWriter)
            try tmux.send("Escape")
        }
    }

    @Test func killMinusNineInTheMiddleOfASaveLeavesTheRegisterLoadable() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-pause-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marker) }
        try withBrowser(environment: ["RISKREG_FAULT_PAUSE_BEFORE_RENAME": marker.path]) { tmux, data in
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

    @Test func sigtermKeepsUnsavedEditsAndTheNextStartOffersThem() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = ["RISKREG_AUTHOR": "e2e tester"]
        do {
            let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: environment)
            defer { tmux.close() }
            try addProgressNote("Kept through SIGTERM", in: tmux)
            let pid = try #require(try tmux.programPID())
            kill(pid, SIGTERM)
            #expect(try tmux.waitForExit() == 143)
            #expect(try tmux.paneValue("#{alternate_on}", becomes: "0"), "the terminal is restored")
        }
        let recovery = data.appendingPathComponent(".\(Self.register).recovery.json")
        #expect(FileManager.default.fileExists(atPath: recovery.path))
        let original = try Data(contentsOf: Binary.data.appendingPathComponent("\(Self.register).json"))
        #expect(try Data(contentsOf: file(data)) == original, "the register itself is untouched")

        let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40, environment: environment)
        defer { tmux.close() }
        try tmux.waitFor(text: "Restore them?")
        try tmux.send("y")
        try tmux.waitFor(text: "[modified]")
        try tmux.send("w")
        try tmux.waitFor(text: "Saved")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: recovery.path), "a successful save removes the recovery file")
        let corp1 = try entryJSON("Corp 1", data: data)
        let progress = try #require(corp1["progress"] as? [[String: Any]])
        #expect(progress.first?["text"] as? String == "Kept through SIGTERM")
        #expect(progress.first?["author"] as? String == "e2e tester")
    }
}
