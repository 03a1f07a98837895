/// Why a save did not happen. In every case the file on disk is left as it was.
public enum SaveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file changed on disk since it was loaded: someone else's bytes are kept.
    case changedOnDisk(path: String)
    /// The file was removed or renamed since it was loaded.
    case removedFromDisk(path: String)
    /// The file is read-only; saving over it needs the user's word.
    case readOnly(path: String)
    /// A system call failed.
    case io(path: String, operation: String, reason: String)
    /// Another save held the register's lock file `lock` for the whole wait (`LockWait.limit`,
    /// `seconds` long). Said with the lock file's name only: it stands beside the register.
    case lockHeld(path: String, lock: String, seconds: Double)
    /// The caller gave up (`LockWait.isCancelled`) while the save waited for the lock.
    case lockWaitCancelled(path: String)
    /// What stands at the lock path cannot serve as the register's lock: `reason` says what it
    /// is, whose it is and what to do.
    case lockUnusable(path: String, reason: String)

    public var description: String {
        switch self {
        case .changedOnDisk(let path):
            "\(path) changed on disk since it was loaded; not saved (reload it to see the other changes)"
        case .removedFromDisk(let path):
            "\(path) was removed or renamed since it was loaded; not saved"
        case .readOnly(let path):
            "\(path) is read-only; not saved"
        case .io(let path, let operation, let reason):
            "\(path): \(operation) failed: \(reason); not saved"
        case .lockHeld(let path, let lock, let seconds):
            "\(path): not saved: another riskreg is saving it (\(lock.split(separator: "/").last ?? "its lock") stayed locked for "
                + "\(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) seconds); try again"
        case .lockWaitCancelled(let path):
            "\(path): not saved: given up while waiting for another riskreg's save to finish"
        case .lockUnusable(let path, let reason):
            "\(path): not saved: \(reason)"
        }
    }
}
