import Foundation
import RiskRegister
import Testing

/// A data directory others may write: a recovery file planted for someone is not offered to her,
/// a save waiting on a lock nobody releases ends saying so, and lock files other users left are
/// taken when they can be opened and named with their owner when they cannot. Nothing on disk is
/// written by a save that fails.
@Suite(.serialized, .timeLimit(.minutes(20))) struct SharedDirectoryEndToEndTests {
    private static let register = "lcc-2021-22-q4"
    private static let author = "e2e tester"
    /// True when the tests can act as another user: root, with setpriv to drop to `nobody`.
    static let canActAsAnotherUser = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    private func file(_ data: URL) -> URL { data.appendingPathComponent("\(Self.register).json") }

    /// Runs `riskreg note Corp 4 TEXT` on `data` as the user `nobody` (uid 65534), with a copy of
    /// the binary under test that `nobody` can reach (a clean clone lives in a 0700 folder).
    private func noteAsNobody(_ text: String, data: URL) throws -> (status: Int32, output: String) {
        try Spawn.run(["env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8", "RISKREG_AUTHOR=Nobody",
                       "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                       try Self.binaryForNobody.get().path, "note", "Corp 4", text, "--data", data.path])
    }

    /// The binary under test (the override, else the release build, never the launcher script,
    /// which names paths inside the clone) copied to a folder of its own that others may read.
    private static let binaryForNobody = Result { () throws -> URL in
        let executable = try Binary.executable()
        let isProgram = (try? FileHandle(forReadingFrom: executable).read(upToCount: 4)) == Data([0x7F, 0x45, 0x4C, 0x46])
        let source = isProgram ? executable : try Binary.releaseBuild()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("riskreg-nobody-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let copy = folder.appendingPathComponent("riskreg")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: source, to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy
    }

    /// A copy of Data/ that `nobody` may save in (the directory and the register writable by all).
    private func dataNobodyMaySaveIn() throws -> URL {
        let data = try Binary.temporaryData()
        #expect(chmod(data.path, 0o777) == 0 && chmod(file(data).path, 0o666) == 0)
        return data
    }

    @Test(.enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"),
          .enabled(if: canActAsAnotherUser, "planting another user's file needs root"))
    func aRecoveryFileAnotherUserPlantedIsNotOfferedAndIsNamed() throws {
        let data = try Binary.temporaryData()
        defer { try? FileManager.default.removeItem(at: data) }
        // Edits a colleague wants landed under the author's name, in the author's recovery file.
        let loaded = try RegisterStore.load(file(data)).get()
        var planted = loaded.register
        planted.entries[0].owner = "Planted by a colleague"
        try RecoveryFile.write(planted, startedFrom: loaded.diskBytes, for: file(data), user: Self.author)
        let recovery = RecoveryFile.url(for: file(data), user: Self.author)
        #expect(chown(recovery.path, 65534, 65534) == 0)

        let cache = data.appendingPathComponent(".cache")
        let tmux = try TmuxSession(arguments: ["--data", data.path], width: 120, height: 40,
                                   environment: ["RISKREG_AUTHOR": Self.author, "XDG_CACHE_HOME": cache.path])
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: "8 of 8")
        #expect(!screen.contains("Restore them?"), "another user's file is not offered as the author's edits")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let after = try tmux.capture()
        #expect(after.contains("riskreg: ignored \(recovery.lastPathComponent): owned by uid 65534 (nobody), not you"), "\(after)")
        #expect(FileManager.default.fileExists(atPath: recovery.path), "someone else's file is left alone")
    }

    @Test(.enabled(if: TmuxSession.isAvailableOrRequired, "tmux is not installed"), .timeLimit(.minutes(15)))
    func aSaveWaitingOnALockNobodyReleasesFailsNamingItAndQuitting() throws {
        try withBrowser(width: 240, environment: ["RISKREG_AUTHOR": Self.author]) { tmux, data in
            let before = try Data(contentsOf: file(data))
            // Once the browser has cleaned the directory at its start, another riskreg (here the
            // test) takes the register's lock and never lets go.
            try tmux.waitFor(text: "Heat map · current")
            let lock = open(data.appendingPathComponent(".\(Self.register).json.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
            defer { close(lock) }
            try tmux.send("3")
            try tmux.send("p")
            try tmux.send("Note that cannot be saved", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(text: "[modified]")
            try tmux.send("w")
            try tmux.waitFor("the save ending after the lock wait", timeout: 30) {
                $0.contains("not saved: another riskreg is saving it (.\(Self.register).json.lock stayed locked for 10 seconds)")
            }
            try tmux.send("q")
            try tmux.waitFor(text: "Save changes to \(Self.register).json?")
            try tmux.send("d")
            #expect(try tmux.waitForExit() == 0)
            #expect(try Data(contentsOf: file(data)) == before, "nothing was written")
        }
    }

    @Test(.enabled(if: canActAsAnotherUser, "acting as another user needs root"))
    func aLockFileAnotherUserLeftIsTakenWhenItCanBeOpened() throws {
        let data = try dataNobodyMaySaveIn()
        defer { try? FileManager.default.removeItem(at: data) }
        // The lock file of a save of root's that died: readable by all, writable by root only.
        let lock = data.appendingPathComponent(".\(Self.register).json.lock")
        try Data().write(to: lock)
        #expect(chmod(lock.path, 0o644) == 0)
        let result = try noteAsNobody("Saved past a leftover lock file", data: data)
        #expect(result.status == 0, "\(result.output)")
        #expect(try String(contentsOf: file(data), encoding: .utf8).contains("Saved past a leftover lock file"))
        #expect(!FileManager.default.fileExists(atPath: lock.path), "the leftover is gone with the save's own lock")
    }

    @Test(.enabled(if: canActAsAnotherUser, "acting as another user needs root"))
    func aLockFileAnotherUserLeftThatCannotBeOpenedIsNamedWithItsOwner() throws {
        let data = try dataNobodyMaySaveIn()
        defer { try? FileManager.default.removeItem(at: data) }
        let before = try Data(contentsOf: file(data))
        let lock = data.appendingPathComponent(".\(Self.register).json.lock")
        try Data().write(to: lock)
        #expect(chmod(lock.path, 0o600) == 0)
        let result = try noteAsNobody("Not saved", data: data)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("\(file(data).path): not saved: its lock file \(lock.path) belongs to uid 0 (root) and "
                                       + "you may not open it (Permission denied); if no riskreg of theirs is saving this register, "
                                       + "it is a leftover: ask them, or whoever may write the data directory, to remove it"),
                "\(result.output)")
        #expect(try Data(contentsOf: file(data)) == before, "nothing was written")
        #expect(FileManager.default.fileExists(atPath: lock.path))
    }
}
