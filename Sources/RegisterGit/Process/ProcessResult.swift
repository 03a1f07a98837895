import Foundation

/// How a program run by `ProcessRunner` ended, and what it wrote.
public struct ProcessResult: Sendable, Equatable {
    /// Its exit status (128 + the signal's number when a signal ended it).
    public let status: Int32
    /// What it wrote to standard output (empty when passed through).
    public let output: Data
    /// What it wrote to standard error (empty when passed through).
    public let errors: Data

    /// A result.
    public init(status: Int32, output: Data, errors: Data) {
        self.status = status
        self.output = output
        self.errors = errors
    }
}
