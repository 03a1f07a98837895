import Foundation
import RiskRegister
import Testing

/// The browser over a data directory in a git work tree, through the real binary in tmux: the
/// status line's branch and uncommitted count, `--commit`, and a merge conflict git's merge
/// driver recorded, resolved in the browser.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct GitBrowserEndToEndTests {
    /// Adds a progress note to Corp 1 (the first entry) and saves.
    private func addNoteAndSave(_ text: String, in tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Heat map · current")
        try tmux.send("3")
        try tmux.send("p")
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("the note kept") { $0.contains(text) && $0.contains("[modified]") }
        try tmux.send("w")
    }

    @Test func theStatusLineShowsTheBranchAndARegisterSavedAsUncommitted() throws {
        try BrowserGitRepository.withBrowser { tmux, repository in
            try tmux.waitFor("the branch on the status line") { $0.contains("lcc-2021-22-q4.json · main") }
            try addNoteAndSave("Git note", in: tmux)
            try tmux.waitFor(text: "main · 1 uncommitted")
            #expect(try repository.git("status", "--porcelain").contains("data/lcc-2021-22-q4.json"))
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func commitCommitsEachSaveNamingTheEntryAndField() throws {
        try BrowserGitRepository.withBrowser(arguments: ["--commit"]) { tmux, repository in
            try addNoteAndSave("Commit note", in: tmux)
            try tmux.waitFor("the commit said") { $0.contains("Committed ") }
            try tmux.waitFor("nothing uncommitted") { $0.contains("lcc-2021-22-q4.json · main") && !$0.contains("uncommitted") }
            let subject = try repository.git("log", "-1", "--format=%s").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(subject == "riskreg: update lcc-2021-22-q4 (Corp 1: progress)")
            // No user.email in git's configuration: riskreg's author, at an address that receives no mail.
            #expect(try repository.git("log", "-1", "--format=%an <%ae>").contains("e2e tester <e2e.tester@riskreg.invalid>"))
            #expect(try repository.git("status", "--porcelain").isEmpty)
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    /// A repository someone else made (a data folder unzipped from an email) may configure git
    /// to run commands: a file-system monitor, hooks, a pager. Opening the browser, reading its git
    /// status and committing a save run none of them; the status still shows.
    @Test func aRepositorysConfiguredCommandsDoNotRunWhenTheBrowserReadsAndCommits() throws {
        let repository = try BrowserGitRepository()
        defer { repository.remove() }
        let marker = repository.root.deletingLastPathComponent().appendingPathComponent(repository.root.lastPathComponent + ".ran")
        defer { try? FileManager.default.removeItem(at: marker) }
        let script = repository.root.appendingPathComponent(".git/planted.sh")
        try Data("#!/bin/sh\necho \"$0 $*\" >> \(marker.path)\nexit 0\n".utf8).write(to: script)
        chmod(script.path, 0o755)
        for hook in ["pre-commit", "commit-msg", "post-commit", "post-index-change"] {
            let path = repository.root.appendingPathComponent(".git/hooks/\(hook)")
            try? FileManager.default.removeItem(at: path)
            try FileManager.default.copyItem(at: script, to: path)
        }
        try repository.git("config", "core.fsmonitor", script.path)
        try repository.git("config", "core.pager", script.path)
        // git itself would run them: the planted monitor is real.
        try repository.git("status", "--porcelain")
        #expect(FileManager.default.fileExists(atPath: marker.path), "git runs the planted fsmonitor")
        try FileManager.default.removeItem(at: marker)

        let tmux = try repository.browser(arguments: ["--commit"])
        defer { tmux.close() }
        try tmux.waitFor("the branch on the status line") { $0.contains("lcc-2021-22-q4.json · main") }
        try addNoteAndSave("Planted note", in: tmux)
        try tmux.waitFor("the commit said") { $0.contains("Committed ") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try repository.git("log", "-1", "--format=%s").contains("Corp 1: progress"))
        let ran = (try? String(contentsOf: marker, encoding: .utf8)) ?? ""
        #expect(ran.isEmpty, "nothing the repository configured ran: \(ran)")
    }

    @Test func aRecordedConflictIsResolvedWithTheirsAndSavedValid() throws {
        let repository = try BrowserGitRepository()
        defer { repository.remove() }
        let file = repository.data.appendingPathComponent("lcc-2021-22-q4.json")
        var register = try RegisterFile.decode(Array(try Data(contentsOf: file))).get()
        let corp4 = try #require(register.entries.firstIndex { $0.id == "Corp 4" })
        let ours = try #require(register.entries[corp4].owner)
        let theirs = "Director of Adult Services (theirs)"
        register.mergeConflicts = [MergeConflict(location: .field(entry: "Corp 4", key: "owner"),
                                                 mine: .string(ours), theirs: .string(theirs))]
        try Data(RegisterFile.encode(register)).write(to: file)
        let before = try Binary.run(["validate", "--data", repository.data.path])
        #expect(before.status != 0, "validate accepted a register with a merge conflict")

        let tmux = try repository.browser()
        defer { tmux.close() }
        try tmux.waitFor(text: "1 merge conflict: M resolves")
        try tmux.send("M")
        try tmux.waitFor("the conflict with both values") { $0.contains("Merge conflict: Corp 4 · owner") && $0.contains(theirs) }
        try tmux.send("t")
        try tmux.waitFor(text: "Every merge conflict resolved")
        try tmux.saveAndQuit()

        let after = try Binary.run(["validate", "--data", repository.data.path])
        #expect(after.status == 0, "validate after resolving: \(after.stdout)\(after.stderr)")
        let saved = try RegisterFile.decode(Array(try Data(contentsOf: file))).get()
        #expect(saved.mergeConflicts.isEmpty)
        #expect(saved.entries.first { $0.id == "Corp 4" }?.owner == theirs)
        #expect(saved.entries.first { $0.id == "Corp 4" }?.history.last?.field == "owner")
    }
}
