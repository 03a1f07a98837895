import ArgumentParser
import RegisterCommands

/// `riskreg timeline ID`: an entry's ratings in every register of the data directory it runs
/// through, oldest first, following the registers' succession and the entries' links
/// (`EntryTimeline`).
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show an entry's ratings in every register it appears in, oldest first.",
        discussion: """
        Follows the entry from the newest register with that id back through each register's \
        predecessor and forward through its successor, by identity (uid) or by previousIds links, \
        so a renumbered entry is followed under its old id and a reused printed id is not taken for \
        the same risk. A title that changed completely between two points is said below the \
        table. Files that do not \
        load are reported on stderr. Exit 0, 1 when no register has an entry of that id, 2 when the \
        data directory cannot be read.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print a JSON array: register, period, id, status, current, target, residual.")
    var json = false

    @Argument(help: "The entry id as printed (\"Corp 4\"); case and spaces are ignored.")
    var id: String

    func run() throws {
        let scan = try CommandFailure.asBadInput { try data.load() }
        for failure in scan.failures {
            failure.messages.forEach(StandardError.print)
        }
        let points = try TimelineReport.points(for: id, in: scan.registers, of: data.directory)
        if json {
            Output.printJSON(TimelineReport.json(points))
        } else {
            TimelineReport.lines(points).forEach(Output.line)
        }
    }
}
