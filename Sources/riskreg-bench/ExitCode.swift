/// Ends `riskreg-bench` with this status once the message has been printed.
struct ExitCode: Error {
    let status: Int32

    init(_ status: Int32) {
        self.status = status
    }
}
