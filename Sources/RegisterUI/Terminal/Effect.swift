/// Something `update` asks the backend to do that a state change cannot express.
public enum Effect: Hashable, Sendable {
    /// Restore the terminal and exit with status 0.
    case quit
}
