/// Why a git command failed: its message, as git said it (first line) or why it could not run.
public struct GitFailure: Error, Equatable, Sendable {
    /// The message.
    public let message: String

    /// A failure with a message.
    public init(_ message: String) {
        self.message = message
    }
}
