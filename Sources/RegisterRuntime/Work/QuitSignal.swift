import Foundation

/// Set once the user has quit: work still waiting (a save waiting for another save's lock) reads
/// it and gives up instead of keeping the program from ending.
final class QuitSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var quitting = false

    /// Marks the program as quitting.
    func set() {
        lock.withLock { quitting = true }
    }

    /// True once `set` was called.
    var isSet: Bool {
        lock.withLock { quitting }
    }
}
