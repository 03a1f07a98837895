import ArgumentParser

/// A command-line failure: the message goes to stderr and the process exits with `code`.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    var description: String { message }

    /// The status of bad input (an unknown register, a bad period, an unreadable directory) for
    /// the commands whose status 1 is an answer (`review-status`, `timeline`) and those that
    /// follow them (`compare`, `new-quarter`).
    static let badInput: Int32 = 2

    /// Runs `body`; a failure it throws leaves with status 2, bad input, whatever its own code.
    static func asBadInput<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            throw CommandFailure(failure.message, code: badInput)
        }
    }
}
