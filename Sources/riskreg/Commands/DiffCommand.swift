import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg diff A B`: what differs between two register files, by entry and field, in words.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what differs between two register files, by entry and field, in words.",
        discussion: """
        Every key of the files is compared (notes, status, reviews and previousIds too, unlike \
        compare, which shows what moved between quarters); entries match by id, list items by \
        their item id; history records are counted. Identical registers print nothing. Exit 0, or \
        1 with --exit-code when they differ; 2 when a file cannot be read as a register.
        """
    )

    @Flag(name: .long, help: "Print a JSON array of changes: entry, field, change, before, after.")
    var json = false

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when the registers differ, as git diff --exit-code does.")
    var exitCode = false

    @Argument(help: "The earlier register file (a path).") var before: String
    @Argument(help: "The later register file (a path).") var after: String

    func run() throws {
        let diff = RegisterDiff(before: try RegisterFileArgument.load(before).register, after: try RegisterFileArgument.load(after).register)
        if json {
            Output.printJSON(RegisterDiffJSON.value(diff))
        } else {
            diff.changes.forEach { Output.line($0.line) }
        }
        if exitCode, !diff.isEmpty { throw ExitCode.failure }
    }
}
