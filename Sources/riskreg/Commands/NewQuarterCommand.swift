import ArgumentParser
import Foundation
import RegisterCommands
import RiskRegister

/// `riskreg new-quarter`: starts next quarter's register from one of the data directory
/// (`NewQuarterFile`), written beside it under a new name and never over an existing file.
struct NewQuarterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-quarter",
        abstract: "Start the next quarter's register from a register of the data directory.",
        discussion: """
        Carries every open entry (texts, owners, ratings, confidence) into a new file named for the \
        new period (lcc-2021-22-q4 gives lcc-2022-23-q1.json), whose `previous` names the register it \
        came from and whose `started` is now. Closed entries, reviews, history and the printed \
        direction of travel stay behind. An existing file is never overwritten. Exit 0 when written, \
        2 when nothing was (an unknown register, a period that cannot be read or is not later, an \
        existing file).
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "The register to start from: file stem (lcc-2021-22-q4), file name or period; default the newest.")
    var from: String?

    @Option(name: .long, help: "The new period (\"2022/23 Q1\"); default the quarter after the register's.")
    var period: String?

    @Flag(name: .long, help: "Print a JSON object: file, stem, period, previous, entries.")
    var json = false

    func run() throws {
        let newPeriod = try period.map(PeriodOption.parse)
        let source = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: from).pick() }
        let made = try NewQuarterFile(from: source, period: newPeriod, directory: data.directory, now: RegisterSaver.timestamp(Date()))
        if json {
            Output.printJSON(made.json)
        } else {
            Output.line(made.file.path)
        }
        if let warning = made.passedTargetDatesWarning { StandardError.print(warning) }
    }
}
