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
}
