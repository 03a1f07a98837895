import ArgumentParser
import Foundation
import RegisterCommands

/// `riskreg validate`: syntax, format and domain checks of register files (`ValidationRun`).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check register files: JSON syntax, the format, and the scoring rules.",
        discussion: """
        Errors name file:line:column (syntax) or entry and field (format). Warnings: a printed score \
        that is not likelihood × impact, a target or residual above current for a risk (below for an \
        opportunity), a missing owner, a duplicate id; for the data directory (no FILE given), also a \
        printed direction of travel that contradicts the current scores since the register's \
        predecessor. A likelihood or impact outside 1–5, a score outside 1–25 and every other limit \
        of the format are errors. Notes (oddities recorded in the entries) are shown, not counted. \
        Exit 0 without errors, 1 otherwise.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Do not print the entries' notes.")
    var quiet = false

    @Argument(help: "Files to check (default: every *.json in the data directory).")
    var files: [String] = []

    func run() throws {
        let urls = files.isEmpty ? try data.registerFiles() : files.map { URL(fileURLWithPath: $0) }
        let run = ValidationRun(urls, maximumBytes: data.maximumBytes, acrossRegisters: files.isEmpty, quiet: quiet)
        for file in run.files {
            file.lines.forEach(Output.line)
            fflush(nil)
        }
        Output.print(run.summary)
        if run.errors > 0 || (strict && run.warnings > 0) { throw ExitCode.failure }
    }
}
