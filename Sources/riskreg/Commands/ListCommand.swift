import ArgumentParser
import Foundation
import RegisterCommands

/// `riskreg list`: the entries of a register, one per line (`EntryList`), cut to fit only on a
/// terminal.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a register's entries with their scores."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print a JSON array of the entries, in the file format's shape.")
    var json = false

    @Flag(name: .long, help: "Show closed entries too, marked closed (they are hidden by default).")
    var closed = false

    @Flag(name: .long, help: "Show only the risks outside the register's appetite (a register that states none is an error).")
    var outsideAppetite = false

    func run() throws {
        let list = try EntryList(registerOption.pick(in: data), closed: closed, outsideAppetite: outsideAppetite)
        if json {
            Output.printJSON(list.json)
        } else {
            list.lines(onTerminal: isatty(STDOUT_FILENO) == 1).forEach(Output.line)
        }
    }
}
