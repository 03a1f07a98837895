import ArgumentParser
import Foundation
import RiskRegister

/// Writing lines to the standard error stream.
enum StandardError {
    /// Writes one line, made safe for a terminal (see `SafeText`): a line break in a value is
    /// escaped too, so it can never forge a line of its own.
    static func print(_ line: String) {
        print(lines: [line])
    }

    /// Writes several lines riskreg composed: the breaks between them are real, and each line is
    /// made safe on its own (`SafeText`), so a line break or escape sequence inside a value (an
    /// entry id, a file name) is still shown escaped and can never forge a line.
    static func print(lines: [String]) {
        let text = lines.map { SafeText.visible($0) + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A failure told in several lines (what happened, then what to do), which a `CommandFailure`
    /// cannot carry: its one message is printed as one line, any line break in it escaped.
    struct Report: Error {
        /// The lines, the first printed after "riskreg: error: ".
        let lines: [String]
        /// The exit status.
        var code: Int32 = 1
    }

    /// Runs `body`; a `Report` it throws is printed (`print(lines:)`) and the process then ends
    /// with its status (thrown as `ExitCode`, which prints nothing more).
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let report as Report {
            var lines = report.lines
            if let first = lines.first { lines[0] = "riskreg: error: " + first }
            print(lines: lines)
            throw ExitCode(report.code)
        }
    }
}
