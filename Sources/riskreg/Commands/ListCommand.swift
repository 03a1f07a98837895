import ArgumentParser
import RiskRegister

/// `riskreg list`: the entries of a register, one per line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a register's entries with their scores."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var registerOption: RegisterOption

    @Flag(name: .long, help: "Print a JSON array of the entries, in the file format's shape.")
    var json = false

    func run() throws {
        let loaded = try registerOption.pick(in: data)
        let register = loaded.register
        if json {
            Output.printJSON(.array(register.entries.map(RegisterEncoder.encode)))
            return
        }
        Output.line("\(register.title) \(register.period) (\(loaded.fileName)): \(register.entries.count) entries")
        let rows = [["ID", "KIND", "CURRENT", "TARGET", "RESIDUAL", "DIR", "OWNER", "TITLE"]]
            + register.entries.map { entry in
                [entry.id, entry.kind.rawValue, ScoreText.rating(entry.current), ScoreText.rating(entry.target),
                 ScoreText.rating(entry.residual), ScoreText.arrow(entry.direction.trend),
                 ScoreText.clip(entry.owner ?? "-", 28), entry.title].map { SafeText.cut(SafeText.visible($0), limit: 200) }
            }
        Output.print(TextTable.render(rows), terminator: "")
    }
}
