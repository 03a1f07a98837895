import Foundation

/// Lets recovery plans from several threads run one at a time, and none after the program kept
/// its last work when stopping, so an older plan still queued can never overwrite the newest
/// edits.
public final class RecoveryGate: @unchecked Sendable {
    private let lock = NSLock()
    private var closed = false

    /// An open gate.
    public init() {}

    /// Carries a plan out, unless the gate is closed; the files that could not be written.
    public func carryOut(_ plan: RecoveryPlan) -> [(url: URL, error: SaveError)] {
        lock.withLock { closed ? [] : plan.carryOut() }
    }

    /// Carries out the program's last plan and closes the gate behind it.
    public func carryOutFinally(_ plan: RecoveryPlan) -> [(url: URL, error: SaveError)] {
        lock.withLock {
            defer { closed = true }
            return closed ? [] : plan.carryOut()
        }
    }
}
