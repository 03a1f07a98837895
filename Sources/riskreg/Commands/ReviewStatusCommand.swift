import ArgumentParser
import RegisterCommands

/// `riskreg review-status`: which open entries of a register have been reviewed this quarter
/// (`ReviewStatusReport`).
struct ReviewStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review-status",
        abstract: "Show which open entries of a register are reviewed this quarter and which are not.",
        discussion: """
        An entry is reviewed once it has a review at or after the register's `started` (any review, \
        for a register without it). Closed entries are left out. Exit 0 when every open entry is \
        reviewed, 1 while any is not, 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print a JSON object: register, period, started, reviewed (with the latest review), notReviewed.")
    var json = false

    func run() throws {
        let report = ReviewStatusReport(try CommandFailure.asBadInput { try registerOption.pick(in: data) })
        if json {
            Output.printJSON(report.json)
        } else {
            report.lines.forEach(Output.line)
        }
        if !report.isComplete { throw ExitCode(1) }
    }
}
