import Foundation

/// A file in the data directory that could not be loaded, and why, as printable lines.
public struct LoadFailure: Error, Sendable, Equatable {
    /// The file.
    public let url: URL
    /// One line per problem, each starting with the file's path.
    public let messages: [String]

    /// Creates a failure.
    public init(url: URL, messages: [String]) {
        self.url = url
        self.messages = messages
    }

    /// The failure to read a file at all: `path: error: is a FIFO…`, `path: error: cannot open: …`.
    init(url: URL, reading error: FileIO.Failure) {
        let message = error.operation == "check" ? error.reason : "cannot \(error.operation): \(error.reason)"
        self.init(url: url, messages: ["\(SafeText.visible(url.path)): error: \(message)"])
    }
}
