import Foundation

/// The browser's save policy: the edited register's change history is recorded against the
/// register as it was loaded (or last saved), each change stamped with the time from an injected
/// clock and with the author; the register is saved through `RegisterStore.save`, and the author's
/// recovery file is discarded once the save succeeded (a refused or failed save keeps it).
public struct RegisterSaver: Sendable {
    /// Who makes the changes, for the history records and the recovery file's name.
    public let author: String
    private let clock: @Sendable () -> Date

    /// A saver for `author`, stamping history records with `clock`'s time (the present by default).
    public init(author: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.author = author
        self.clock = clock
    }

    /// Saves `edited.register` over `edited`'s file with every change since `baseline` (the
    /// register the edits started from: `edited.baseline`, or the browser's copy of it) recorded in
    /// the history of the entry it belongs to.
    ///
    /// - Parameters:
    ///   - overReadOnly: save over a read-only file (the user said yes to it).
    ///   - lockWait: how long to wait for another save's lock, when to give up, whom to tell.
    ///   - beforeRename: passed on to `RegisterStore.save` (tests use it to simulate a crash).
    ///   - discardingRecovery: false for a save that is not the browser's (a command run by a
    ///     script), which must leave the author's unsaved browser edits in their recovery file.
    /// - Returns: the register as now on disk.
    /// - Throws: `SaveError` when nothing was saved; the file and the recovery file are left as they were.
    public func save(_ edited: LoadedRegister, since baseline: Register, overReadOnly: Bool = false, lockWait: LockWait = LockWait(),
                     beforeRename: () throws -> Void = {}, discardingRecovery: Bool = true) throws(SaveError) -> LoadedRegister {
        let register = HistoryRecorder.recording(edited.register, since: baseline, at: Self.timestamp(clock()), author: author)
        let saved = try RegisterStore.save(register, over: edited, overReadOnly: overReadOnly, lockWait: lockWait,
                                            beforeRename: beforeRename)
        if discardingRecovery { RecoveryFile.discard(for: edited.url, user: author) }
        return saved
    }

    /// A moment as a history record writes it: UTC, ISO 8601 to the second ("2026-11-22T10:00:00Z").
    public static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
