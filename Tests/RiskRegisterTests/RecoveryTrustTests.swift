import Foundation
import Testing
@testable import RiskRegister

/// Recovery files stand in a directory others may write, and stand for one person: only a regular
/// file that person owns, that no one else may write and that has no other name is offered back;
/// a symbolic link is never followed, neither to read nor to write.
@Suite(.timeLimit(.minutes(15))) struct RecoveryTrustTests {
    /// A register file and the recovery file `jo` would be offered, written by riskreg.
    private func registerWithRecovery() throws -> (directory: URL, url: URL, recovery: URL) {
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent("r.json")
        let baseBytes = Fixtures.bytes(Fixtures.register())
        try Data(baseBytes).write(to: url)
        var edits = Fixtures.register()
        edits.entries[0].owner = "Planted"
        try RecoveryFile.write(edits, startedFrom: baseBytes, for: url, user: "jo")
        return (directory, url, RecoveryFile.url(for: url, user: "jo"))
    }

    @Test func aRecoveryFileThatIsASymbolicLinkIsNeitherReadNorWrittenThrough() throws {
        let (directory, url, recovery) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A file only jo may read, elsewhere, and a link to it where her recovery file goes.
        let secret = directory.appendingPathComponent("private").appendingPathComponent("secret.json")
        try FileManager.default.createDirectory(at: secret.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: recovery, to: secret)
        let secretBytes = try Data(contentsOf: secret)
        try FileManager.default.createSymbolicLink(at: recovery, withDestinationURL: secret)

        #expect(RecoveryFile.read(for: url, user: "jo") == nil, "the link is not followed")
        let found = try #require(RecoveryFile.find(for: url, user: "jo"))
        guard case .failure(let ignored) = found else {
            Issue.record("the link was read")
            return
        }
        #expect(ignored.description.hasPrefix("ignored .r.jo.recovery.json: is a symbolic link owned by uid \(geteuid())"),
                "\(ignored)")

        try RecoveryFile.write(Fixtures.register(), startedFrom: Fixtures.bytes(Fixtures.register()), for: url, user: "jo")
        #expect(try Data(contentsOf: secret) == secretBytes, "the write did not go through the link")
        let written = try FileManager.default.attributesOfItem(atPath: recovery.path)
        #expect(written[.type] as? FileAttributeType == .typeRegular, "the link was replaced by riskreg's own file")
        #expect(RecoveryFile.read(for: url, user: "jo")?.edits == Fixtures.register())
    }

    @Test(.enabled(if: geteuid() == 0, "making a file another user owns needs root"))
    func aRecoveryFileAnotherUserOwnsIsNotOfferedAndTheirNameIsSaid() throws {
        let (directory, url, recovery) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(chown(recovery.path, 65534, 65534) == 0)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil, "a colleague's plant is not jo's unsaved edits")
        let found = try #require(RecoveryFile.find(for: url, user: "jo"))
        guard case .failure(let ignored) = found else {
            Issue.record("another user's file was read")
            return
        }
        let name = getpwuid(65534).map { " (\(String(cString: $0.pointee.pw_name)))" } ?? ""
        #expect(ignored.description == "ignored .r.jo.recovery.json: owned by uid 65534\(name), not you", "\(ignored)")
    }

    @Test(arguments: [0o620, 0o602, 0o666])
    func aRecoveryFileOthersMayWriteIsNotOffered(mode: Int) throws {
        let (directory, url, recovery) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(chmod(recovery.path, mode_t(mode)) == 0)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil)
        let found = try #require(RecoveryFile.find(for: url, user: "jo"))
        guard case .failure(let ignored) = found else {
            Issue.record("a file others may write was read")
            return
        }
        #expect(ignored.description == "ignored .r.jo.recovery.json: others may write it (mode 0\(String(mode, radix: 8)))",
                "\(ignored)")
    }

    @Test func aRecoveryFileWithAnotherNameIsNotOffered() throws {
        let (directory, url, recovery) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(link(recovery.path, directory.appendingPathComponent("elsewhere.json").path) == 0)
        #expect(RecoveryFile.read(for: url, user: "jo") == nil)
        let found = try #require(RecoveryFile.find(for: url, user: "jo"))
        guard case .failure(let ignored) = found else {
            Issue.record("a file with another hard link was read")
            return
        }
        #expect(ignored.description.hasPrefix("ignored .r.jo.recovery.json: it has 2 names (hard links)"), "\(ignored)")
    }

    @Test func aPersonsOwnRecoveryFileIsFoundAndNoFileIsNothing() throws {
        let (directory, url, _) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try RecoveryFile.find(for: url, user: "jo")?.get().contents(onto: Fixtures.register())?.edits.entries[0].owner == "Planted")
        #expect(RecoveryFile.find(for: url, user: "alice") == nil)
    }

    /// A recovery file can hold a register at most twice: one of gigabytes (a sparse file costs its
    /// maker nothing) is refused by its size before it is read, so the browser's first frame never
    /// waits for it and memory never holds it (the peak resident set grows by far less).
    @Test func aRecoveryFileLargerThanTwoRegistersIsRefusedWithoutReadingIt() throws {
        let (directory, url, recovery) = try registerWithRecovery()
        defer { try? FileManager.default.removeItem(at: directory) }
        let handle = try FileHandle(forWritingTo: recovery)
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        let found = RecoveryFile.find(for: url, user: "jo", maximumBytes: 1 << 20)
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        guard case .failure(let ignored)? = found else {
            Issue.record("a 3 GiB recovery file was not refused: \(String(describing: found))")
            return
        }
        #expect(ignored.reason.contains("more than the limit"), "\(ignored)")
        #expect(after.ru_maxrss - before.ru_maxrss < 512 * 1024, "peak memory grew by \(after.ru_maxrss - before.ru_maxrss) KiB")
    }
}
