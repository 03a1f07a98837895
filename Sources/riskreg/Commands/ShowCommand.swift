import ArgumentParser
import RegisterCommands
import RiskRegister

/// `riskreg show ID`: one entry in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entry in full."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print the entry as JSON, in the file format's shape.")
    var json = false

    @Argument(help: "The entry id as printed (\"CR1\", \"Corp 1\"); case and spaces are ignored when unambiguous.")
    var id: String

    func run() throws {
        let loaded = try registerOption.pick(in: data)
        let entry = try EntryLookup.require(id, in: loaded, code: 1)
        if json {
            Output.printJSON(RegisterEncoder.encode(entry))
        } else {
            Output.print(EntryReport.text(entry, scale: loaded.register.scale), terminator: "")
        }
    }
}
