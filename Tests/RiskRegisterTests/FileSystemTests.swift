import Foundation
import Testing
@testable import RiskRegister

/// The store against odd files and racing writers: only regular files are read, links are saved
/// through, mode and owner are kept, read-only files are not overwritten unasked, a lock covers
/// the whole check-and-replace, and what dead saves leave behind is cleaned up.
@Suite(.serialized, .timeLimit(.minutes(15))) struct FileSystemTests {
    private func directoryWithRegister(_ name: String = "r.json") throws -> (URL, URL, LoadedRegister) {
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent(name)
        try Data(Fixtures.bytes(Fixtures.register())).write(to: url)
        return (directory, url, try RegisterStore.load(url).get())
    }

    private func edited(_ loaded: LoadedRegister, owner: String) -> Register {
        var register = loaded.register
        register.entries[0].owner = owner
        return register
    }

    @Test func aFIFOOrADeviceNamedLikeARegisterIsRefusedAtOnce() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("pipe.json").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("zero.json").path,
                                                   withDestinationPath: "/dev/zero")
        let scan = try RegisterStore.scan(directory)
        let messages = scan.failures.flatMap(\.messages)
        #expect(messages.contains { $0.contains("pipe.json: error: is a FIFO (named pipe), not a register file") })
        #expect(messages.contains { $0.contains("zero.json: error: is a device, not a register file") })
    }

    @Test func aFileLargerThanTheLimitIsRefusedWithItsSize() throws {
        let (directory, url, _) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        guard case .failure(let failure) = RegisterStore.load(url, maximumBytes: 100) else {
            Issue.record("a file over the limit loaded")
            return
        }
        #expect(failure.messages.first?.contains("more than the limit of 100 (raise it with --max-file-size)") == true)
    }

    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = Array(directory.path.utf8) + Array("/bad-\u{FF}".utf8).prefix(5) + [0xFF] + Array(".json".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let scan = try RegisterStore.scan(directory)
        let messages = scan.failures.flatMap(\.messages)
        #expect(messages.contains { $0.contains("bad-\\xFF.json: error: the file name is not valid UTF-8") }, "\(messages)")
    }

    @Test func aRegisterThatIsASymbolicLinkIsSavedThroughToItsTarget() throws {
        let (directory, target, _) = try directoryWithRegister("target.json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.json")
        let loaded = try RegisterStore.load(link).get()
        try RegisterStore.save(edited(loaded, owner: "Through the link"), over: loaded)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.json", "the link stays")
        #expect(try RegisterStore.load(target).get().register.entries[0].owner == "Through the link")
    }

    @Test func aReadOnlyFileIsNotOverwrittenUnlessTheUserSaysSo() throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(chmod(url.path, 0o444) == 0)
        #expect(throws: SaveError.readOnly(path: url.path)) {
            try RegisterStore.save(edited(loaded, owner: "Unasked"), over: loaded)
        }
        #expect(try Data(contentsOf: url) == Data(loaded.diskBytes))
        try RegisterStore.save(edited(loaded, owner: "Asked"), over: loaded, overReadOnly: true)
        #expect(try RegisterStore.load(url).get().register.entries[0].owner == "Asked")
        #expect(FileIO.permissions(of: url.path) == 0o444, "the mode is kept")
    }

    @Test func modeAndOwnerAreKept() throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(chmod(url.path, 0o640) == 0)
        let otherOwner = getuid() == 0 ? chown(url.path, 4321, 4321) == 0 : false
        let saved = try RegisterStore.save(edited(loaded, owner: "Kept"), over: loaded)
        #expect(FileIO.permissions(of: url.path) == 0o640)
        if otherOwner {
            let owner = try #require(FileIO.owner(of: url.path))
            #expect(owner.uid == 4321 && owner.gid == 4321, "a save by root keeps the file's owner")
            #expect(saved.saveNotes.isEmpty)
        }
    }

    @Test func aSaveHeldUnderTheLockMakesTheOtherWaitThenBeRefused() async throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        let firstInside = DispatchSemaphore(value: 0)
        let letFirstGo = DispatchSemaphore(value: 0)
        let secondDone = DispatchSemaphore(value: 0)
        let firstDone = DispatchSemaphore(value: 0)
        let results = Results()
        Thread.detachNewThread {
            results.set(first: Result { () throws(SaveError) in
                try RegisterStore.save(self.edited(loaded, owner: "First"), over: loaded) {
                    firstInside.signal()
                    letFirstGo.wait()
                }
            })
            firstDone.signal()
        }
        firstInside.wait()
        Thread.detachNewThread {
            results.set(second: Result { () throws(SaveError) in try RegisterStore.save(self.edited(loaded, owner: "Second"), over: loaded) })
            secondDone.signal()
        }
        // The second save is waiting for the lock while the first is between its check and its rename.
        #expect(secondDone.wait(timeout: .now() + 0.3) == .timedOut, "the second save waits for the lock")
        letFirstGo.signal()
        // The second can finish as soon as the first releases the lock, before the first has
        // recorded its result: wait for both.
        secondDone.wait()
        firstDone.wait()
        #expect(results.first.map { (try? $0.get()) != nil } == true, "the first save lands")
        #expect(results.second.map { if case .failure(.changedOnDisk) = $0 { true } else { false } } == true,
                "the second is refused: the file changed under it")
        #expect(try RegisterStore.load(url).get().register.entries[0].owner == "First")
        #expect(!FileManager.default.fileExists(atPath: SaveLock.path(for: url.path)), "no lock file is left")
    }

    @Test func leftoversOfDeadSavesAreRemovedAndLiveOnesKept() throws {
        let (directory, url, _) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dead = directory.appendingPathComponent(".r.json.riskreg-999999-12.tmp")
        let live = directory.appendingPathComponent(".r.json.riskreg-\(getpid())-13.tmp")
        let stale = URL(fileURLWithPath: SaveLock.path(for: url.path))
        for file in [dead, live, stale] { try Data("x".utf8).write(to: file) }
        #expect(RegisterStore.removeLeftovers(in: directory) == [stale.lastPathComponent, dead.lastPathComponent].sorted())
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: url.path))
    }
}

/// The outcomes of two saves on other threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var firstResult: Result<LoadedRegister, SaveError>?
    private var secondResult: Result<LoadedRegister, SaveError>?

    func set(first: Result<LoadedRegister, SaveError>) { lock.withLock { firstResult = first } }
    func set(second: Result<LoadedRegister, SaveError>) { lock.withLock { secondResult = second } }
    var first: Result<LoadedRegister, SaveError>? { lock.withLock { firstResult } }
    var second: Result<LoadedRegister, SaveError>? { lock.withLock { secondResult } }
}
