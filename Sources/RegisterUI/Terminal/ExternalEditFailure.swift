/// Why $VISUAL or $EDITOR gave no text back: said on the status line.
public struct ExternalEditFailure: Error, Hashable, Sendable {
    /// The cause, in words that follow "Editor failed: " ("exit status 1", "killed by
    /// signal 9 (Killed)", "could not start nano: No such file or directory").
    public let reason: String

    /// A failure with its cause.
    public init(reason: String) {
        self.reason = reason
    }
}
