import Foundation

/// How a git command ended, and what it wrote.
public struct GitResult: Sendable, Equatable {
    /// Its exit status.
    public let status: Int32
    /// What it wrote to standard output (empty when passed through).
    public let output: String
    /// What it wrote to standard error (empty when passed through).
    public let errors: String

    /// A result.
    public init(status: Int32, output: String, errors: String) {
        self.status = status
        self.output = output
        self.errors = errors
    }

    /// The result of a run of the git process, its streams read as UTF-8.
    init(_ result: ProcessResult) {
        self.init(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                  errors: String(decoding: result.errors, as: UTF8.self))
    }

    /// True when git exited 0.
    public var succeeded: Bool { status == 0 }

    /// git's message for a failure: the first line of standard error, else of standard output.
    public var message: String {
        let text = errors.isEmpty ? output : errors
        let line = text.split(separator: "\n").first.map(String.init) ?? "git exited with status \(status)"
        return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
    }
}
