import ArgumentParser
import Foundation
import RegisterCommands

/// The riskreg command: the browser by default, subcommands for scripts.
@main
struct Riskreg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "riskreg",
        abstract: "Browse and edit corporate risk & opportunity registers kept as JSON files.",
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, ValidateCommand.self, FmtCommand.self,
                      NewQuarterCommand.self, CompareCommand.self, TimelineCommand.self, ReviewStatusCommand.self,
                      SummaryCommand.self, HeatmapCommand.self, ExportCommand.self, ImportCommand.self,
                      NoteCommand.self, RescoreCommand.self, SetCommand.self, LinkCommand.self, LogCommand.self, RollupCommand.self,
                      DiffCommand.self, GitSetupCommand.self, SyncCommand.self, MergeDriverCommand.self,
                      GitDiffCommand.self, GitTextconvCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command; a failure it throws that stands for a `CommandFailure` (one, an
    /// `InterchangeError` or a `GitError`) prints its message on stderr and exits with its code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let failure = CommandFailure(error) else { exit(withError: error) }
            StandardError.print("riskreg: error: \(failure.message)")
            Foundation.exit(failure.code)
        }
    }
}
