/// How long a save waits for its register's lock while another save holds it, and whether its
/// caller has given up meanwhile. A save holds the lock for milliseconds, so a lock held for
/// longer than `limit` belongs to a save that is stuck (or to a program that is not riskreg): the
/// waiting save then ends unsaved, saying so, instead of hanging.
public struct LockWait: Sendable {
    /// The longest a save waits for the lock.
    public var limit: Duration
    /// Asked between attempts to take the lock: true once the caller no longer wants the save
    /// (the user quit, say), which then ends unsaved at once.
    public var isCancelled: @Sendable () -> Bool
    /// Told once, with the lock file's path, when the lock is found held and the wait begins (the
    /// browser says so on its status line).
    public var onWait: @Sendable (String) -> Void

    /// Ten seconds: far longer than any save holds the lock, short enough to be waited out.
    public static let standardLimit: Duration = .seconds(10)

    /// A wait of at most `limit`, given up as soon as `isCancelled` says so; `onWait` is told
    /// when it begins.
    public init(limit: Duration = LockWait.standardLimit, isCancelled: @escaping @Sendable () -> Bool = { false },
                onWait: @escaping @Sendable (String) -> Void = { _ in }) {
        self.limit = limit
        self.isCancelled = isCancelled
        self.onWait = onWait
    }
}
