import Foundation
import RiskRegister
import Testing

/// Ann has riskreg open (the release binary in tmux) while `riskreg sync` in her shell brings
/// Bob's changes: a clean merge shows at once, and a sync that stops on a conflict shows its
/// recorded conflict, which `M` resolves without a restart.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(20)))
struct SyncUnderTheBrowserEndToEndTests {
    private static let file = "lcc-2021-22-q4.json"

    private func path(_ clone: URL) -> URL {
        clone.appendingPathComponent("Data").appendingPathComponent(Self.file)
    }

    @Test func syncedChangesAndASyncedConflictShowInTheOpenBrowser() throws {
        let sandbox = try GitSandbox(first: "ann", register: Self.file)
        defer { sandbox.remove() }
        let ann = sandbox.root.appendingPathComponent("ann")
        let bob = try sandbox.clone("bob")
        let tmux = try TmuxSession(arguments: ["--data", ann.appendingPathComponent("Data").path], width: 150, height: 44,
                                   environment: ["RISKREG_AUTHOR": "Ann", "XDG_CACHE_HOME": sandbox.root.appendingPathComponent(".cache").path])
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "8 of 8")

        // A clean merge: Bob retitles Corp 1 and syncs; Ann's sync brings it into the open browser.
        try sandbox.edit(path(bob), entry: "Corp 1", author: "Bob", field: "title") { $0.title = "Our Improvement Journey (Bob's title)" }
        try sandbox.git(["commit", "-am", "Corp 1 title"], in: bob, as: "Bob")
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        try sandbox.riskreg(["sync", "--data", "Data"], in: ann)
        var screen = try tmux.waitFor(text: "changed on disk (by Bob: Corp 1 title); showing it as it is now", timeout: 10)
        #expect(screen.contains("Our Improvement Journey (Bob's title)"))

        // A conflict: both change Corp 6's owner; Ann's sync stops and records it in the file.
        try sandbox.edit(path(bob), entry: "Corp 6", author: "Bob", field: "owner") { $0.owner = "Bob's owner" }
        try sandbox.git(["commit", "-am", "Corp 6 owner"], in: bob, as: "Bob")
        try sandbox.riskreg(["sync", "--data", "Data"], in: bob)
        try sandbox.edit(path(ann), entry: "Corp 6", author: "Ann", field: "owner") { $0.owner = "Ann's owner" }
        try sandbox.git(["commit", "-am", "Corp 6 owner"], in: ann, as: "Ann")
        _ = try tmux.waitFor(text: "changed on disk (by Ann: Corp 6 owner)", timeout: 10)
        let stopped = try sandbox.riskreg(["sync", "--data", "Data"], in: ann, allowFailure: true)
        try #require(stopped.status == 1, "\(stopped.stderr)")
        screen = try tmux.waitFor(text: "1 merge conflict", timeout: 10)
        try tmux.send("M")
        _ = try tmux.waitFor(text: "Bob's owner")
        try tmux.send("m")
        _ = try tmux.waitFor(text: "[modified]")
        try tmux.send("w")
        _ = try tmux.waitFor(text: "Saved \(Self.file)")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let resolved = try sandbox.register(path(ann))
        #expect(resolved.mergeConflicts.isEmpty)
        #expect(resolved.entries.first { $0.id == "Corp 6" }?.owner == "Ann's owner", "m kept Ann's")
        #expect(resolved.entries.first { $0.id == "Corp 1" }?.title == "Our Improvement Journey (Bob's title)")
    }
}
