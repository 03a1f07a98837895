import RiskRegister

/// `riskreg list`: the entries of a register, one per line; closed entries only when asked. Owners
/// and titles are cut to fit only on a terminal: piped or redirected, every value is whole. A
/// register that states its appetite gets a column flagging the risks outside it.
public struct EntryList {
    /// The register listed.
    public let loaded: LoadedRegister
    /// The entries listed, in the register's order.
    public let entries: [Entry]
    private let outsideAppetite: Bool

    /// The open entries of `loaded` (every entry with `closed`); with `outsideAppetite`, only the
    /// risks outside the register's appetite, a failure (status 2) for a register that states none.
    public init(_ loaded: LoadedRegister, closed: Bool, outsideAppetite: Bool) throws(CommandFailure) {
        let register = loaded.register
        var entries = closed ? register.entries : register.entries.filter { !$0.isClosed }
        if outsideAppetite {
            guard let appetite = register.appetite else {
                throw CommandFailure("\(loaded.fileName) states no risk appetite (see docs/register-format.md, Appetite)",
                                     code: CommandFailure.badInput)
            }
            entries = entries.filter(appetite.isOutside)
        }
        self.loaded = loaded
        self.entries = entries
        self.outsideAppetite = outsideAppetite
    }

    /// The entries in the file format's shape.
    public var json: JSONValue { .array(entries.map(RegisterEncoder.encode)) }

    /// A heading (the register, how many entries, what is not shown), then a table of the
    /// entries. The heading is as the register gives it; every cell of the table is made safe for
    /// a terminal, and `onTerminal` cuts long values to fit.
    public func lines(onTerminal terminal: Bool) -> [String] {
        let register = loaded.register
        let hidden = outsideAppetite ? 0 : register.entries.count - entries.count
        let note = outsideAppetite ? " outside appetite (\(register.appetite?.label ?? ""))"
            : hidden == 0 ? "" : " (\(hidden) closed not shown; --closed shows them)"
        let appetite = register.appetite
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
        return ["\(register.title) \(register.period) (\(loaded.fileName)): \(entries.count) entries\(note)"] + TextTable.lines(rows)
    }

    /// The arrow of a known trend; for an unknown one the printed words ("+ve"), cut to 12
    /// characters when `clipped`, or "?" when nothing was printed.
    public static func direction(_ direction: Direction, clipped: Bool) -> String {
        guard direction.trend == .unknown, let text = direction.text, !text.isEmpty else { return ScoreText.arrow(direction.trend) }
        return clipped ? ScoreText.clip(text, 12) : text
    }
}
