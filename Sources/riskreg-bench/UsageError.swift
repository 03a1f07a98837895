/// A command line `riskreg-bench` does not understand; the message says how to call it.
struct UsageError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
