/// The one place a key is bound. Key handling, the help overlay, the hint bar and docs/keys.md
/// all read this table.
public enum CommandTable {
    /// Every command, grouped by context in the order help lists them.
    public static let commands: [Command] = global + heatMap + list + detail + search + picker + help

    /// The command a key runs when these contexts are active, the first context winning.
    public static func command(for key: Key, in contexts: [CommandContext]) -> Command? {
        for context in contexts {
            if let command = commands.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return command
            }
        }
        return nil
    }

    /// The commands of one context, in table order.
    public static func commands(in context: CommandContext) -> [Command] {
        commands.filter { $0.context == context }
    }

    private static let global: [Command] = [
        Command(.global, [.character("q")], .quit, name: "quit", help: "Quit riskreg.", hinted: true),
        Command(.global, [.character("?"), .function(1)], .showHelp, name: "help",
                help: "Show every key (this help).", hinted: true),
        Command(.global, [.character("r")], .showRegisters, name: "registers",
                help: "Open the register picker: every register in the data directory, with its period and entry count.",
                hinted: true),
        Command(.global, [.tab], .nextPane, name: "next pane", help: "Focus the next pane: heat map, entry list, detail."),
        Command(.global, [.backTab], .previousPane, name: "previous pane", help: "Focus the previous pane."),
        Command(.global, [.character("1")], .focus(.heatMap), name: "heat map", help: "Focus the heat map."),
        Command(.global, [.character("2")], .focus(.list), name: "entry list", help: "Focus the entry list."),
        Command(.global, [.character("3")], .focus(.detail), name: "detail", help: "Focus the detail pane."),
        Command(.global, [.character("v")], .cycleRating, name: "view",
                help: "Show the next rating on the heat map: current, target, residual.", hinted: true),
        Command(.global, [.character("o")], .cycleKind, name: "kind",
                help: "Show the next kind of entry: all, risks, opportunities (whose colours read the other way).",
                hinted: true),
        Command(.global, [.character("s")], .cycleSort, name: "sort",
                help: "Sort the list the next way: document order, score high to low, owner.", hinted: true),
        Command(.global, [.character("/")], .startSearch, name: "search",
                help: "Search id, title, owner and every text field as you type, ignoring case.", hinted: true),
    ]

    private static let heatMap: [Command] = [
        Command(.heatMap, [.up, .character("k")], .moveUp, name: "up", help: "Move the cursor to the row above (higher impact)."),
        Command(.heatMap, [.down, .character("j")], .moveDown, name: "down",
                help: "Move the cursor to the row below (lower impact), then into the score-only strip."),
        Command(.heatMap, [.left, .character("h")], .moveLeft, name: "left", help: "Move the cursor to the less likely column."),
        Command(.heatMap, [.right, .character("l")], .moveRight, name: "right", help: "Move the cursor to the more likely column."),
        Command(.heatMap, [.enter], .filterByCell, name: "filter",
                help: "List only the entries in the cell under the cursor, and focus the list.", hinted: true),
        Command(.heatMap, [.escape], .backOut, name: "clear", help: "Clear the cell filter."),
    ]

    private static let list: [Command] = [
        Command(.list, [.up, .character("k")], .moveUp, name: "up", help: "Select the entry above."),
        Command(.list, [.down, .character("j")], .moveDown, name: "down", help: "Select the entry below."),
        Command(.list, [.pageUp], .pageUp, name: "page up", help: "Select the entry a page up."),
        Command(.list, [.pageDown], .pageDown, name: "page down", help: "Select the entry a page down."),
        Command(.list, [.character("g"), .home], .moveToFirst, name: "first", help: "Select the first entry."),
        Command(.list, [.character("G"), .end], .moveToLast, name: "last", help: "Select the last entry."),
        Command(.list, [.enter], .openEntry, name: "open", help: "Focus the detail pane on the selected entry.", hinted: true),
        Command(.list, [.escape], .backOut, name: "back",
                help: "Clear the search; then the cell filter; then go back to the heat map.", hinted: true),
    ]

    private static let detail: [Command] = [
        Command(.detail, [.up, .character("k")], .moveUp, name: "up", help: "Scroll up a line."),
        Command(.detail, [.down, .character("j")], .moveDown, name: "down", help: "Scroll down a line."),
        Command(.detail, [.pageUp], .pageUp, name: "page up", help: "Scroll up a page."),
        Command(.detail, [.pageDown], .pageDown, name: "page down", help: "Scroll down a page."),
        Command(.detail, [.character("g"), .home], .moveToFirst, name: "top", help: "Scroll to the top."),
        Command(.detail, [.character("G"), .end], .moveToLast, name: "bottom", help: "Scroll to the bottom."),
        Command(.detail, [.escape], .backOut, name: "back", help: "Go back to the entry list.", hinted: true),
    ]

    private static let search: [Command] = [
        Command(.search, [.enter], .acceptSearch, name: "keep", help: "Keep the search and focus the list.", hinted: true),
        Command(.search, [.escape], .cancelSearch, name: "clear", help: "Clear the search and close the prompt.", hinted: true),
        Command(.search, [.backspace], .deleteSearchCharacter, name: "delete",
                help: "Delete the last character.", hinted: true),
        Command(.search, [.control("u")], .clearSearchText, name: "clear text", help: "Delete the whole search text."),
    ]

    private static let picker: [Command] = [
        Command(.picker, [.up, .character("k")], .moveUp, name: "up", help: "Highlight the register above."),
        Command(.picker, [.down, .character("j")], .moveDown, name: "down", help: "Highlight the register below."),
        Command(.picker, [.enter], .chooseRegister, name: "open", help: "Switch to the highlighted register.", hinted: true),
        Command(.picker, [.escape, .character("r"), .character("q")], .closeOverlay, name: "close",
                help: "Close the picker.", hinted: true),
    ]

    private static let help: [Command] = [
        Command(.help, [.up, .character("k")], .moveUp, name: "up", help: "Scroll up a line."),
        Command(.help, [.down, .character("j")], .moveDown, name: "down", help: "Scroll down a line."),
        Command(.help, [.pageUp], .pageUp, name: "page up", help: "Scroll up a page."),
        Command(.help, [.pageDown], .pageDown, name: "page down", help: "Scroll down a page."),
        Command(.help, [.character("g"), .home], .moveToFirst, name: "top", help: "Scroll to the top."),
        Command(.help, [.character("G"), .end], .moveToLast, name: "bottom", help: "Scroll to the bottom."),
        Command(.help, [.escape, .character("?"), .character("q"), .function(1)], .closeOverlay, name: "close",
                help: "Close the help.", hinted: true),
    ]
}
