/// A command-line failure: the executable prints the message on standard error and exits with
/// `code`.
public struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong, in plain words.
    public let message: String
    /// The exit status.
    public let code: Int32

    /// A failure saying `message`, exiting with `code` (1 unless given).
    public init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    public var description: String { message }

    /// The status of bad input (an unknown register, a bad period, an unreadable directory) for
    /// the commands whose status 1 is an answer (`review-status`, `timeline`) and those that
    /// follow them (`compare`, `new-quarter`).
    public static let badInput: Int32 = 2

    /// Runs `body`; a failure it throws leaves with status 2, bad input, whatever its own code.
    public static func asBadInput<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            throw CommandFailure(failure.message, code: badInput)
        }
    }
}
