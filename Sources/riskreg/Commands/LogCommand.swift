import ArgumentParser
import Foundation
import RegisterCommands
import RegisterGit

/// `riskreg log [ID]`: who changed what and when (`RegisterLog`): the entries' history records, and
/// when the register is in a git work tree the commits that touched its file, newest first.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show who changed what and when in a register (or one entry), newest first.",
        discussion: """
        Each change saved by riskreg is a line `when author entry field: before → after`. When the \
        data directory is in a git work tree, the commits that touched the register file are \
        interleaved by time, marked `commit`.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print the log as JSON.")
    var json = false

    @Argument(help: "Only this entry's changes (the id as printed); the commits are the register file's.")
    var id: String?

    func run() throws {
        let loaded = try CommandFailure.asBadInput { try registerOption.pick(in: data) }
        let entries = try id.map { [try EntryLookup.require($0, in: loaded)] } ?? loaded.register.entries
        let log = RegisterLog(entries: entries, commits: try RegisterCommits.touching(loaded.url, environment: ProcessInfo.processInfo.environment))
        if json {
            Output.printJSON(log.json(stem: loaded.stem))
        } else {
            log.lines(fileName: loaded.fileName).forEach(Output.line)
        }
    }
}
