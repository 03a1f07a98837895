import Foundation

/// Runs a program to its end, the one way riskreg starts a process: standard input from
/// /dev/null, in a working directory with an environment of the caller's, and standard output and
/// error either both captured or both passed through to riskreg's own.
///
/// Captured streams are read at once (`PipeDrain`, one `poll` over both pipes), so a program that
/// fills either pipe while riskreg waits on the other never blocks: reading one stream to its end
/// before the other would wait for ever on a program that writes more than a pipe holds (64 KiB)
/// to the other first.
public struct ProcessRunner: Sendable {
    /// The program's file (`/usr/bin/env` to find a command on PATH).
    public let executable: URL
    /// The environment it runs with, whole: nothing of riskreg's own is added.
    public var environment: [String: String]
    /// The directory it runs in; nil for riskreg's own.
    public var directory: URL?

    /// A runner of `executable`, with `environment`, in `directory` (nil: riskreg's).
    public init(executable: URL, environment: [String: String] = ProcessInfo.processInfo.environment, directory: URL? = nil) {
        self.executable = executable
        self.environment = environment
        self.directory = directory
    }

    /// Runs the program with `arguments` and waits for it to end. With `passThrough` it writes to
    /// riskreg's own standard output and error (what a person should see as it happens) and the
    /// result's streams are empty; otherwise both are captured whole.
    /// - Throws: the reason the program could not be started (no such file, no pipe).
    public func run(_ arguments: [String], passThrough: Bool = false) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        guard !passThrough else {
            // Named, not left nil: Foundation gives a child whose streams are nil /dev/null.
            process.standardOutput = FileHandle.standardOutput
            process.standardError = FileHandle.standardError
            try process.run()
            process.waitUntilExit()
            return ProcessResult(status: process.terminationStatus, output: Data(), errors: Data())
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        // Foundation closes riskreg's copies of the pipes' write ends once the child has them, so
        // each read ends when the child (and any process it left holding the stream) is done.
        try process.run()
        let (outputData, errorData) = PipeDrain.readToEnd(output.fileHandleForReading, errors.fileHandleForReading)
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: outputData, errors: errorData)
    }
}
