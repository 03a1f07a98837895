import Foundation

/// Recovery files to write and remove, decided by a `RecoveryKeeper` at one moment and carried
/// out on any thread (the browser's background worker, through a `RecoveryGate`), so a long
/// register never stalls a key while its recovery file is written.
public struct RecoveryPlan: Sendable {
    /// Whose recovery files these are.
    public let user: String
    /// Registers whose edits to keep.
    public var writes: [LoadedRegister]
    /// Register files whose recovery file (written by this session) to remove.
    public var discards: [URL]

    /// A plan.
    public init(user: String, writes: [LoadedRegister] = [], discards: [URL] = []) {
        self.user = user
        self.writes = writes
        self.discards = discards
    }

    /// True when there is nothing to do.
    public var isEmpty: Bool { writes.isEmpty && discards.isEmpty }

    /// Carries the plan out. Returns the register files whose recovery file could not be
    /// written, with why.
    public func carryOut() -> [(url: URL, error: SaveError)] {
        var failures: [(url: URL, error: SaveError)] = []
        for loaded in writes {
            do {
                try RecoveryFile.write(loaded, user: user)
            } catch {
                failures.append((loaded.url, error))
            }
        }
        for url in discards { RecoveryFile.discard(for: url, user: user) }
        return failures
    }
}
