import Foundation

/// What `riskreg validate` says of one file.
public struct ValidatedFile: Equatable {
    /// The file.
    public let url: URL
    /// Its lines: the messages of a file that does not load, else a `path: diagnostic` line for
    /// each error, warning and note shown.
    public let lines: [String]
    /// How many errors were found.
    public let errors: Int
    /// How many warnings were found.
    public let warnings: Int
}
