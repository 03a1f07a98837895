import ArgumentParser
import Foundation
import RegisterGit
import RegisterInterchange

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

    /// Runs the command, turning `CommandFailure` into a message on stderr and its exit code, an
    /// `InterchangeError` into its message and status 2 for a refused input, 1 for a failed write,
    /// and a `GitError` into its message and status 2 for bad input (no such directory, not in a
    /// git work tree), 1 when git failed.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            StandardError.print("riskreg: error: \(failure.message)")
            Foundation.exit(failure.code)
        } catch let failure as InterchangeError {
            StandardError.print("riskreg: error: \(failure.message)")
            Foundation.exit(failure.isBadInput ? CommandFailure.badInput : 1)
        } catch let failure as GitError {
            StandardError.print("riskreg: error: \(failure.message)")
            Foundation.exit(failure.isBadInput ? CommandFailure.badInput : 1)
        } catch {
            exit(withError: error)
        }
    }
}
