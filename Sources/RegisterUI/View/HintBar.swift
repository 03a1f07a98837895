/// The hint bar: the hinted keys of the active contexts, from the command table. Help and quit
/// sit at the right and always show; the others show from the left while they fit whole.
enum HintBar {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, style: Style(.hint))
        let commands = state.activeContexts.flatMap(CommandTable.commands(in:)).filter(\.isHinted)
        let pinned = commands.filter { $0.action == .showHelp } + commands.filter { $0.action == .quit }
        let others = commands.filter { $0.action != .showHelp && $0.action != .quit }
        let right = pinned.flatMap(spans(for:))
        let rightStart = rect.maxX - Span.columns(of: right)
        screen.put(right, x: rightStart, y: rect.y, limit: rect.maxX)
        var x = rect.x
        for command in others {
            let hint = spans(for: command)
            guard x + Span.columns(of: hint) <= rightStart else { break }
            x += screen.put(hint, x: x, y: rect.y, limit: rightStart)
        }
    }

    /// " q quit " with the key in its role.
    private static func spans(for command: Command) -> [Span] {
        [Span(" ", .hint), Span(command.keys.first?.name ?? "", .hintKey), Span(" \(command.name) ", .hint)]
    }
}
