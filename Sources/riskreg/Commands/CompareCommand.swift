import ArgumentParser
import RegisterCommands

/// `riskreg compare A B`: what changed from register A to register B (`ComparisonReport`).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two registers: entries added, removed (closed or absent) and changed.",
        discussion: """
        Entries match by identity (uid: the same risk, whatever its printed id), else by the later \
        entry's previousIds; printed ids alone and titles never join two entries. A changed entry \
        lists its changed fields by their file keys, a renumbering, a title that changed completely \
        (no word in common: check the join), and each changed rating before and after. Exit 0, or 2 \
        when a register cannot be found or read.
        """
    )

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "Print a JSON object: from, to, added, removed, changed.")
    var json = false

    @Argument(help: "The earlier register: file stem (lcc-2021-22-q3), file name or period.")
    var from: String

    @Argument(help: "The later register.")
    var to: String

    func run() throws {
        let earlier = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: from).pick() }
        let later = try CommandFailure.asBadInput { try RegisterPicker(data: data, name: to).pick() }
        let report = ComparisonReport(from: earlier, to: later)
        if json {
            Output.printJSON(report.json)
        } else {
            report.lines.forEach(Output.line)
        }
    }
}
