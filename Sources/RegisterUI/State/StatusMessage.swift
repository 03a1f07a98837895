/// A one-line message on the status line, until the next key.
struct StatusMessage: Hashable, Sendable {
    /// The text.
    let text: String
    /// True for a problem the user should notice.
    let isWarning: Bool
}
