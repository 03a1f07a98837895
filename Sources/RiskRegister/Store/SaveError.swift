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
        }
    }
}
