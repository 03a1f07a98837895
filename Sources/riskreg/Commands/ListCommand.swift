import ArgumentParser
import Foundation
import RiskRegister

/// `riskreg list`: the entries of a register, one per line; closed entries only when asked. Owners
/// and titles are cut to fit only on a terminal: piped or redirected, every value is whole. A
/// register that states its appetite gets a column flagging the risks outside it.
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
        let loaded = try registerOption.pick(in: data)
        let register = loaded.register
        var entries = closed ? register.entries : register.entries.filter { !$0.isClosed }
        if outsideAppetite {
            guard let appetite = register.appetite else {
                throw CommandFailure("\(loaded.fileName) states no risk appetite (see docs/register-format.md, Appetite)", code: CommandFailure.badInput)
            }
            entries = entries.filter(appetite.isOutside)
        }
        if json {
            Output.printJSON(.array(entries.map(RegisterEncoder.encode)))
            return
        }
        let hidden = outsideAppetite ? 0 : register.entries.count - entries.count
        let note = outsideAppetite ? " outside appetite (\(register.appetite?.label ?? ""))"
            : hidden == 0 ? "" : " (\(hidden) closed not shown; --closed shows them)"
        let appetite = register.appetite
        Output.line("\(register.title) \(register.period) (\(loaded.fileName)): \(entries.count) entries\(note)")
        let terminal = isatty(STDOUT_FILENO) == 1
        let rows = [["ID", "KIND", "CURRENT", "TARGET", "RESIDUAL", "DIR"] + (appetite == nil ? [] : ["APPETITE"]) + ["OWNER", "TITLE"]]
            + entries.map { entry in
                let owner = entry.owner ?? "-"
                let flag = appetite.map { [$0.isOutside(entry) ? "outside" : "-"] } ?? []
                let cells = [entry.id, entry.kind.rawValue, ScoreText.rating(entry.current), ScoreText.rating(entry.target),
                             ScoreText.rating(entry.residual), Self.direction(entry.direction, clipped: terminal)] + flag
                    + [terminal ? ScoreText.clip(owner, 28) : owner, (entry.isClosed ? "(closed) " : "") + entry.title]
                // Every cell made safe for a terminal: an id, too, can hold a line break or an escape.
                return cells.map { terminal ? SafeText.cut(SafeText.visible($0), limit: 200) : SafeText.visible($0) }
            }
        Output.print(TextTable.render(rows), terminator: "")
    }

    /// The arrow of a known trend; for an unknown one the printed words ("+ve"), cut to 12
    /// characters on a terminal, or "?" when nothing was printed.
    static func direction(_ direction: Direction, clipped: Bool) -> String {
        guard direction.trend == .unknown, let text = direction.text, !text.isEmpty else { return ScoreText.arrow(direction.trend) }
        return clipped ? ScoreText.clip(text, 12) : text
    }
}
