import ArgumentParser
import RiskRegister

/// `riskreg list`: the entries of a register, one per line; closed entries only when asked.
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

    func run() throws {
        let loaded = try registerOption.pick(in: data)
        let register = loaded.register
        let entries = closed ? register.entries : register.entries.filter { !$0.isClosed }
        if json {
            Output.printJSON(.array(entries.map(RegisterEncoder.encode)))
            return
        }
        let hidden = register.entries.count - entries.count
        let note = hidden == 0 ? "" : " (\(hidden) closed not shown; --closed shows them)"
        Output.line("\(register.title) \(register.period) (\(loaded.fileName)): \(entries.count) entries\(note)")
        let rows = [["ID", "KIND", "CURRENT", "TARGET", "RESIDUAL", "DIR", "OWNER", "TITLE"]]
            + entries.map { entry in
                [entry.id, entry.kind.rawValue, ScoreText.rating(entry.current), ScoreText.rating(entry.target),
                 ScoreText.rating(entry.residual), ScoreText.arrow(entry.direction.trend),
                 ScoreText.clip(entry.owner ?? "-", 28), (entry.isClosed ? "(closed) " : "") + entry.title]
                    .map { SafeText.cut(SafeText.visible($0), limit: 200) }
            }
        Output.print(TextTable.render(rows), terminator: "")
    }
}
