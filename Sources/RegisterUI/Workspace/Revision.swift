import Foundation

/// Revisions of workspaces, unique in the process: every change to any copy of any workspace
/// takes the next one, so two copies of a state that changed differently never share a revision,
/// and views derived for one (kept in the `DerivedCache` every copy shares) are never read by
/// the other.
enum Revision {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var last = 0

    /// A revision no change has had before.
    static func next() -> Int {
        lock.withLock {
            last += 1
            return last
        }
    }
}
