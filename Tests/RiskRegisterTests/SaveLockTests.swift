import Foundation
import Testing
@testable import RiskRegister

/// The save lock in a directory others may write: a lock that is never released ends the save after
/// a bounded wait (or as soon as its caller gives up), and whatever stands at the lock path that is
/// not a lock file is named with its owner; in every case nothing on disk is written.
@Suite(.serialized, .timeLimit(.minutes(15))) struct SaveLockTests {
    private func directoryWithRegister() throws -> (URL, URL, LoadedRegister) {
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent("r.json")
        try Data(Fixtures.bytes(Fixtures.register())).write(to: url)
        return (directory, url, try RegisterStore.load(url).get())
    }

    private func edited(_ loaded: LoadedRegister) -> Register {
        var register = loaded.register
        register.entries[0].owner = "Not saved"
        return register
    }

    /// The names in a directory besides the register and its lock path.
    private func others(in directory: URL, lock: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0 != "r.json" && $0 != (lock as NSString).lastPathComponent }
    }

    /// Holds the lock of `url` as another save would, until the descriptor is closed.
    private func holdLock(of url: URL) throws -> Int32 {
        let descriptor = open(SaveLock.path(for: url.path), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX) == 0)
        return descriptor
    }

    /// The outcome of a save run on a thread of its own, or nil when it has not ended after 30
    /// seconds (a save stuck for ever must fail the test, not hang the run: a time limit cannot
    /// interrupt a thread blocked in a system call).
    private func saveOnItsOwnThread(_ register: Register, over loaded: LoadedRegister,
                                    lockWait: LockWait) -> Result<LoadedRegister, SaveError>? {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            outcome.set(Result { () throws(SaveError) in try RegisterStore.save(register, over: loaded, lockWait: lockWait) })
            done.signal()
        }
        return done.wait(timeout: .now() + 30) == .success ? outcome.result : nil
    }

    @Test(.timeLimit(.minutes(15)))
    func aSaveWaitingForALockThatIsNeverReleasedEndsUnsavedNamingTheLock() throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: url)
        let held = try holdLock(of: url)
        defer { close(held) }
        let lock = SaveLock.path(for: url.path)
        let outcome = try #require(saveOnItsOwnThread(edited(loaded), over: loaded, lockWait: LockWait(limit: .milliseconds(200))),
                                   "the save still waits for the lock")
        #expect(throws: SaveError.lockHeld(path: url.path, lock: lock, seconds: 0.2)) { try outcome.get() }
        #expect(SaveError.lockHeld(path: url.path, lock: lock, seconds: 10).description
                == "\(url.path): not saved: another riskreg is saving it (.r.json.lock stayed locked for 10 seconds); try again")
        #expect(try Data(contentsOf: url) == before, "the register is untouched")
        #expect(try others(in: directory, lock: lock).isEmpty, "no temporary file is left")
    }

    @Test(.timeLimit(.minutes(15)))
    func aSaveWaitingForTheLockEndsAsSoonAsItsCallerGivesUp() throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: url)
        let held = try holdLock(of: url)
        defer { close(held) }
        let asked = Counter()
        let wait = LockWait(limit: .seconds(3600)) { asked.increment() >= 3 }
        let outcome = try #require(saveOnItsOwnThread(edited(loaded), over: loaded, lockWait: wait), "the save still waits for the lock")
        #expect(throws: SaveError.lockWaitCancelled(path: url.path)) { try outcome.get() }
        #expect(asked.value == 3, "asked between polls until it gave up")
        #expect(try Data(contentsOf: url) == before)
    }

    /// What may stand at a lock path that riskreg never made, and how it is named.
    enum Plant: String, CaseIterable {
        case symbolicLink = "a symbolic link", directory = "a directory", fifo = "a FIFO (named pipe)"
    }

    @Test(arguments: Plant.allCases)
    func somethingThatIsNotALockFileAtTheLockPathIsNamedWithItsOwnerAndNothingIsWritten(plant: Plant) throws {
        let (directory, url, loaded) = try directoryWithRegister()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: url)
        let lock = SaveLock.path(for: url.path)
        switch plant {
        case .symbolicLink: try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: "/etc/passwd")
        case .directory: try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: false)
        case .fifo: #expect(mkfifo(lock, 0o600) == 0)
        }
        let owner = getpwuid(geteuid()).map { " (\(String(cString: $0.pointee.pw_name)))" } ?? ""
        do {
            try RegisterStore.save(edited(loaded), over: loaded, lockWait: LockWait(limit: .seconds(30)))
            Issue.record("saved past \(plant.rawValue) at the lock path")
        } catch {
            #expect(error.description == "\(url.path): not saved: \(lock) is \(plant.rawValue) owned by uid \(geteuid())\(owner), "
                    + "not riskreg's lock file; no save of this register can lock it until it is removed", "\(error)")
        }
        #expect(try Data(contentsOf: url) == before, "the register is untouched")
        #expect(try others(in: directory, lock: lock).isEmpty, "no temporary file is left")
        #expect(RegisterStore.removeLeftovers(in: directory).isEmpty, "what riskreg did not make is not removed")
    }
}

/// The outcome of a save on another thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<LoadedRegister, SaveError>?

    func set(_ result: Result<LoadedRegister, SaveError>) { lock.withLock { stored = result } }
    var result: Result<LoadedRegister, SaveError>? { lock.withLock { stored } }
}

/// A count shared with a closure that may run on another thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more; the count now.
    func increment() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}
