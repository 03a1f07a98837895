import ArgumentParser
import Foundation
import RegisterCommands
import RiskRegister

/// `riskreg heatmap`: the 5×5 grid of a register's open entries for one rating, as text
/// (`HeatmapReport`). Cells are coloured by band only on a terminal, and never when NO_COLOR is set.
struct HeatmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Print a register's heat map: entries counted by likelihood and impact.",
        discussion: """
        Closed entries are not counted. An entry printed with a score only is never placed on the \
        grid by guessing its factors: it is listed under it by score. Opportunities' colours read \
        the other way (a high score is good). Exit 0, or 2 when the register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Option(name: .long, help: "The rating: current, target or residual.")
    var view: RatingKind = .current

    @Option(name: .long, help: "The entries: risk, opportunity or all.")
    var kind: HeatmapKind = .all

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        // Made safe by the report, which adds colour codes of its own.
        HeatmapReport(loaded, view: view, kind: kind).lines(colour: colour).forEach { print($0) }
    }
}
