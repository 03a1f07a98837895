import Foundation

/// One commit that touched a register file, as `riskreg log` interleaves it with the history.
public struct RegisterCommit: Equatable, Sendable {
    /// The full hash.
    public let hash: String
    /// When it was authored.
    public let date: Date
    /// Its author's name.
    public let author: String
    /// The first line of its message.
    public let subject: String

    /// A commit.
    public init(hash: String, date: Date, author: String, subject: String) {
        self.hash = hash
        self.date = date
        self.author = author
        self.subject = subject
    }
}
