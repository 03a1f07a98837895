import Foundation

/// One run of the `git` command in a directory, as lazygit and tig call it: its exit status,
/// standard output and standard error. Never prompts (no terminal is lent to it).
struct GitInvocation {
    /// The exit status.
    let status: Int32
    /// Standard output.
    let output: String
    /// Standard error.
    let error: String

    /// True when git exited 0.
    var succeeded: Bool { status == 0 }

    /// git's message for a failure: the first line of standard error, else of standard output.
    var message: String {
        let text = error.isEmpty ? output : error
        let line = text.split(separator: "\n").first.map(String.init) ?? "git exited with status \(status)"
        return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
    }

    /// Runs `git -C directory arguments…`; nil when git cannot be run (not installed).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String]) -> GitInvocation? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        var environment = environment
        // A status read in the background must not take the index lock from the user's own git.
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Standard error, read on the side, can never fill its pipe while output is read.
        let errorData = ErrorReader(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env says 127 when it finds no git.
        if process.terminationStatus == 127 { return nil }
        return GitInvocation(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                             error: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
