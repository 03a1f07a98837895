import ArgumentParser
import Foundation
import RegisterCommands

/// `riskreg summary`: the summary risk profile of a register (`SummaryReport`), with how each entry
/// moved since the previous register when there is one in the data directory.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a register's summary risk profile (Appendix B): id, description, scores, target date, confidence, direction.",
        discussion: """
        A register whose entries carry a printed profile row (lcc-2021-22-q4) shows the rows as \
        printed; a row whose printed scores no longer match its entry (after a rescore) is marked. \
        Other registers get rows computed from the entries. A register that states its appetite gets \
        an APPETITE column flagging the risks outside it (by their current score). The direction column gives the printed \
        words and, when the register has a predecessor in the data directory, the computed movement. \
        Exit 0, or 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Option(name: .long, help: "Output format: text, csv, md or json.")
    var format: SummaryFormat = .text

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let report = SummaryReport(loaded, predecessor: data.predecessor(of: loaded))
        switch format {
        case .text: report.lines.forEach(Output.line)
        case .csv: Output.write(try OutputTarget(path: nil, terminal: isatty(STDOUT_FILENO) == 1).write(report.csv()))
        case .md: Output.print(report.markdown)
        case .json: Output.printJSON(report.json)
        }
    }
}
