/// The one place a key is bound. Key handling, the help overlay, the hint bar and docs/keys.md
/// all read this table.
public enum CommandTable {
    /// Every command, grouped by context in the order help lists them.
    public static let commands: [Command] = global + heatMap + list + detail + review + search + searchAll + picker + profile + rollUp + help + editor + score + question + quitQuestion + kindQuestion + merge + conflict

    /// The command a key runs when these contexts are active, the first context winning.
    public static func command(for key: Key, in contexts: [CommandContext]) -> Command? {
        for context in contexts {
            if let command = commands.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return command
            }
        }
        return nil
    }

    /// The name of the first key of the first command doing an action ("!"), for text that
    /// names a key on screen.
    static func keyName(for action: Action) -> String? {
        commands.first { $0.action == action }?.keys.first?.name
    }

    /// The name of the first key bound to `action` in `context` ("Esc"), for text on screen that
    /// names a key, so that such text can never name a key the table does not bind.
    static func key(_ action: Action, in context: CommandContext) -> String {
        commands.first { $0.context == context && $0.action == action }?.keys.first?.name ?? ""
    }

    /// "Esc closes": the key of `action` in `context`, then what it does.
    static func hint(_ action: Action, in context: CommandContext, _ words: String) -> String {
        key(action, in: context) + " " + words
    }

    /// The keys of a question's answers, by their command names: "s save · d discard · Esc
    /// cancel", joined by `separator`.
    static func answers(in context: CommandContext, separator: String = " · ") -> String {
        commands(in: context).map { ($0.keys.first?.name ?? "") + " " + $0.name }.joined(separator: separator)
    }

    /// A yes/no question's keys, the answer taken by default in upper case: "y/N" or "y/n".
    static func yesNo(defaultNo: Bool) -> String {
        let no = key(.answer(.no), in: .question)
        return key(.answer(.yes), in: .question) + "/" + (defaultNo ? no.uppercased() : no)
    }

    /// The commands of one context, in table order.
    public static func commands(in context: CommandContext) -> [Command] {
        commands.filter { $0.context == context }
    }

    private static let global: [Command] = [
        Command(.global, [.character("q")], .quit, name: "quit",
                help: "Quit riskreg; with unsaved changes, ask first: save, discard or cancel.", hinted: true),
        Command(.global, [.character("?"), .function(1)], .showHelp, name: "help",
                help: "Show every key (this help).", hinted: true),
        Command(.global, [.character("r")], .showRegisters, name: "registers",
                help: "Open the register picker: every register in the data directory, with its period and entry count.",
                hinted: true),
        Command(.global, [.character("c")], .compare, name: "compare",
                help: "Compare the open register with another, chosen in the picker (which opens on its predecessor); again, stop comparing. Heat-map cells then show how their count changed (3+1), ○ marks the selected entry's earlier cell, the list shows each entry's movement (↑ ↓ → + ×) and the removed entries last (read only), and the detail what changed."),
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
        Command(.global, [.character("u")], .undo, name: "undo", help: "Undo the last change, in any entry."),
        Command(.global, [.control("r")], .redo, name: "redo", help: "Redo the last change undone."),
        Command(.global, [.character("w"), .control("s")], .save, name: "save",
                help: "Save the open register (refused, with an offer to reload, when the file changed on disk)."),
        Command(.global, [.character("S")], .editScore, name: "score",
                help: "Open the score editor for the selected entry's current, target or residual rating."),
        Command(.global, [.character("!")], .showNotes, name: "notes",
                help: "Scroll the detail pane to the selected entry's notes, the reason for a ≠ mark (a printed score that is not likelihood × impact) and other oddities; again, back to the top."),
        Command(.global, [.character("p")], .addProgress, name: "progress",
                help: "Add a progress note at the top of the selected entry's progress list, stamped with today's date and the author, and edit it."),
        Command(.global, [.character("A")], .addEntry, name: "add entry",
                help: "Add an entry: choose risk or opportunity, then its id (the next of its kind's sequence is suggested) and its title; then fill it in with the usual editors."),
        Command(.global, [.character("x")], .closeEntry, name: "close entry",
                help: "Close the selected entry, giving the reason (it stays in the file, hidden, and is not carried into the next quarter); on a closed entry, reopen it."),
        Command(.global, [.character("z")], .toggleClosed, name: "closed",
                help: "Show or hide closed entries in the list and the heat map."),
        Command(.global, [.character("f")], .toggleOutsideAppetite, name: "outside appetite",
                help: "List only the risks outside the register's appetite (their current score above its limit); again, every entry. It combines with the other filters, and the heat map follows the list."),
        Command(.global, [.character("L")], .editAppetite, name: "appetite",
                help: "Set the register's risk appetite, the highest acceptable score, as one line: a score (12), an Orange Book level (averse 4, minimalist 6, cautious 9, open 12, eager 16: riskreg's scores), then any type=limit (\"12; Financial=9\"); empty removes it. Undoable; saved with the register."),
        Command(.global, [.character("P")], .showProfile, name: "profile",
                help: "Show the summary risk profile (Appendix B): id, description, current and target score, target date, confidence per quarter (G A R), the printed and the computed direction; Enter opens an entry."),
        Command(.global, [.character("U")], .showRollUp, name: "roll-up",
                help: "Show every register of the open register's period together (a directorate's and the corporate one): one heat map counting all their open entries, how many each register brings, and the directorate risks at or above their register's escalation threshold that link to no corporate entry; Enter opens one."),
        Command(.global, [.character("I")], .renumber, name: "renumber",
                help: "Give the selected entry a new printed id: the id editor opens with the next free id of its kind's sequence (Enter keeps it; undoable). Where two entries show the same id, the status line and the detail say so and neither is dropped: renumber one."),
        Command(.global, [.character("Q")], .startNewQuarter, name: "new quarter",
                help: "Start next quarter's register from the one shown (asking for the period): every open entry carried with its texts, owners and ratings, in a new file that names this one as its predecessor; then open it."),
        Command(.global, [.character("M")], .resolveConflicts, name: "resolve conflicts",
                help: "Resolve the merge conflicts git's merge driver recorded in the open register (the status line counts them): one at a time, the value before either and both sides' shown; keep mine (ours), theirs, or edit. Each is one undo step; w saves."),
        Command(.global, [.character("R")], .toggleReview, name: "review",
                help: "Review mode: step through the open entries not yet reviewed this quarter, each with last quarter's ratings; R again ends it."),
    ]

    private static let review: [Command] = [
        Command(.review, [.character("y")], .reviewNoChange, name: "no change",
                help: "Record the selected entry as reviewed with no change and go to the next one not reviewed. A rescore, a note or any other edit during the review records it as reviewed, changed.",
                hinted: true),
        Command(.review, [.character("R")], .toggleReview, name: "end review", help: "End review mode.", hinted: true),
    ]

    private static let heatMap: [Command] = [
        Command(.heatMap, [.up, .character("k")], .moveUp, name: "up", help: "Move the cursor to the row above (higher impact)."),
        Command(.heatMap, [.down, .character("j")], .moveDown, name: "down",
                help: "Move the cursor to the row below (lower impact), then into the score-only strip."),
        Command(.heatMap, [.left, .character("h")], .moveLeft, name: "left", help: "Move the cursor to the less likely column."),
        Command(.heatMap, [.right, .character("l")], .moveRight, name: "right", help: "Move the cursor to the more likely column."),
        Command(.heatMap, [.enter], .filterByCell, name: "filter",
                help: "List only the entries in the cell under the cursor, and focus the list.", hinted: true),
        Command(.heatMap, [.escape], .backOut, name: "clear", help: "Clear the cell filter; then stop comparing."),
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
        Command(.detail, [.up, .character("k")], .moveUp, name: "up",
                help: "Move the cursor to the field or item above (scroll up a line above the first)."),
        Command(.detail, [.down, .character("j")], .moveDown, name: "down",
                help: "Move the cursor to the field or item below (scroll down a line after the last)."),
        Command(.detail, [.character("e"), .enter], .edit, name: "edit",
                help: "Edit what the cursor is on: an item or a field in the text editor, a rating in the score editor. Confidence is edited as four letters, g a r or -, for Q1 to Q4. On a link, go to the linked entry (opening its register); its link back returns.",
                hinted: true),
        Command(.detail, [.character("E")], .editExternally, name: "external edit",
                help: "Edit the item or field under the cursor in $VISUAL or $EDITOR."),
        Command(.detail, [.character("a")], .addItem, name: "add",
                help: "Add an item after the one under the cursor, in the same list, under the same sub-heading and level (on a list's heading: at its top).",
                hinted: true),
        Command(.detail, [.character("d")], .deleteItem, name: "delete",
                help: "Delete the item under the cursor, or remove the link under it, after a y/N question (undoable).", hinted: true),
        Command(.detail, [.character("J")], .moveItemDown, name: "move down", help: "Move the item under the cursor down its list."),
        Command(.detail, [.character("K")], .moveItemUp, name: "move up", help: "Move the item under the cursor up its list."),
        Command(.detail, [.character("n")], .nextMatch, name: "next match",
                help: "Move to the next line holding the search text (search with /, keep it with Enter), from the top again after the last."),
        Command(.detail, [.character("N")], .previousMatch, name: "previous match",
                help: "Move to the previous line holding the search text."),
        Command(.detail, [.character("t")], .cycleTrend, name: "trend",
                help: "Set the direction of travel's trend to the next of up, down, level, unknown."),
        Command(.detail, [.pageUp], .pageUp, name: "page up", help: "Scroll up a page."),
        Command(.detail, [.pageDown], .pageDown, name: "page down", help: "Scroll down a page."),
        Command(.detail, [.character("g"), .home], .moveToFirst, name: "top",
                help: "Scroll to the top, the cursor on the first line."),
        Command(.detail, [.character("G"), .end], .moveToLast, name: "bottom",
                help: "Put the cursor on the last field or item and scroll down as far as keeps it in view (Page Down reads on, e.g. the history)."),
        Command(.detail, [.escape], .backOut, name: "back", help: "Go back to the entry list.", hinted: true),
    ]

    private static let search: [Command] = [
        Command(.search, [.enter], .acceptSearch, name: "keep", help: "Keep the search and focus the list.", hinted: true),
        Command(.search, [.escape], .cancelSearch, name: "clear", help: "Clear the search and close the prompt.", hinted: true),
        Command(.search, [.backspace], .deleteSearchCharacter, name: "delete",
                help: "Delete the last character.", hinted: true),
        Command(.search, [.control("u")], .clearSearchText, name: "clear text", help: "Delete the whole search text."),
        Command(.search, [.tab], .searchAllRegisters, name: "all registers",
                help: "Search every register of the data directory instead (results list each entry's register).", hinted: true),
    ]

    private static let searchAll: [Command] = [
        Command(.searchAll, [.down, .control("n")], .moveDown, name: "down", help: "Highlight the next entry found."),
        Command(.searchAll, [.up, .control("p")], .moveUp, name: "up", help: "Highlight the entry found before."),
        Command(.searchAll, [.pageDown], .pageDown, name: "page down", help: "Highlight a page further down."),
        Command(.searchAll, [.pageUp], .pageUp, name: "page up", help: "Highlight a page further up."),
        Command(.searchAll, [.enter], .openFoundEntry, name: "open",
                help: "Open the highlighted entry in its register (loading the register if need be).", hinted: true),
        Command(.searchAll, [.tab], .searchOpenRegister, name: "this register",
                help: "Search only the open register, with the same text.", hinted: true),
        Command(.searchAll, [.backspace], .deleteSearchCharacter, name: "delete", help: "Delete the last character."),
        Command(.searchAll, [.control("u")], .clearSearchText, name: "clear text", help: "Delete the whole search text."),
        Command(.searchAll, [.escape], .closeOverlay, name: "close", help: "Close the search.", hinted: true),
    ]

    private static let picker: [Command] = [
        Command(.picker, [.up, .character("k")], .moveUp, name: "up", help: "Highlight the register above."),
        Command(.picker, [.down, .character("j")], .moveDown, name: "down", help: "Highlight the register below."),
        Command(.picker, [.enter], .chooseRegister, name: "open", help: "Switch to the highlighted register (on a file that did not load: show its whole error).", hinted: true),
        Command(.picker, [.escape, .character("r"), .character("q")], .closeOverlay, name: "close",
                help: "Close the picker.", hinted: true),
    ]

    private static let profile: [Command] = [
        Command(.profile, [.up, .character("k")], .moveUp, name: "up", help: "Highlight the row above."),
        Command(.profile, [.down, .character("j")], .moveDown, name: "down", help: "Highlight the row below."),
        Command(.profile, [.pageUp], .pageUp, name: "page up", help: "Highlight a page further up."),
        Command(.profile, [.pageDown], .pageDown, name: "page down", help: "Highlight a page further down."),
        Command(.profile, [.character("g"), .home], .moveToFirst, name: "first", help: "Highlight the first row."),
        Command(.profile, [.character("G"), .end], .moveToLast, name: "last", help: "Highlight the last row."),
        Command(.profile, [.character("s")], .cycleSort, name: "sort",
                help: "Sort the rows the next way: document order, current score high to low, target score high to low.", hinted: true),
        Command(.profile, [.enter], .openProfileEntry, name: "open",
                help: "Open the highlighted row's entry: close the profile, select the entry and focus the detail.", hinted: true),
        Command(.profile, [.escape, .character("P"), .character("q")], .closeOverlay, name: "close",
                help: "Close the summary risk profile.", hinted: true),
    ]

    private static let rollUp: [Command] = [
        Command(.rollUp, [.up, .character("k")], .moveUp, name: "up", help: "Highlight the entry above."),
        Command(.rollUp, [.down, .character("j")], .moveDown, name: "down", help: "Highlight the entry below."),
        Command(.rollUp, [.pageUp], .pageUp, name: "page up", help: "Highlight a page further up."),
        Command(.rollUp, [.pageDown], .pageDown, name: "page down", help: "Highlight a page further down."),
        Command(.rollUp, [.character("g"), .home], .moveToFirst, name: "first", help: "Highlight the first entry."),
        Command(.rollUp, [.character("G"), .end], .moveToLast, name: "last", help: "Highlight the last entry."),
        Command(.rollUp, [.enter], .openRollUpEntry, name: "open",
                help: "Open the highlighted entry: close the roll-up, open its register (loading it if need be), select the entry and focus the detail.",
                hinted: true),
        Command(.rollUp, [.escape, .character("U"), .character("q")], .closeOverlay, name: "close",
                help: "Close the roll-up.", hinted: true),
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

    private static let editor: [Command] = [
        Command(.editor, [.enter], .editor(.accept), name: "keep", help: "Keep the text and close the editor.", hinted: true),
        Command(.editor, [.escape], .editor(.cancel), name: "cancel",
                help: "Close the editor without keeping the text (asking first when it was changed).", hinted: true),
        Command(.editor, [.altEnter], .editor(.lineBreak), name: "line break", help: "Insert a line break.", hinted: true),
        Command(.editor, [.control("e")], .editor(.external), name: "$EDITOR", help: "Continue editing the text in $VISUAL or $EDITOR.",
                hinted: true),
        Command(.editor, [.left], .editor(.left), name: "left", help: "Move the cursor a character left."),
        Command(.editor, [.right], .editor(.right), name: "right", help: "Move the cursor a character right."),
        Command(.editor, [.up], .editor(.up), name: "up", help: "Move the cursor a line up."),
        Command(.editor, [.down], .editor(.down), name: "down", help: "Move the cursor a line down."),
        Command(.editor, [.control("b")], .editor(.wordBack), name: "word back", help: "Move the cursor to the start of the word before it."),
        Command(.editor, [.control("f")], .editor(.wordForward), name: "word forward", help: "Move the cursor past the end of the word after it."),
        Command(.editor, [.home, .control("a")], .editor(.lineStart), name: "line start", help: "Move the cursor to the start of the line."),
        Command(.editor, [.end], .editor(.lineEnd), name: "line end", help: "Move the cursor to the end of the line."),
        Command(.editor, [.backspace], .editor(.backspace), name: "backspace", help: "Delete the character before the cursor."),
        Command(.editor, [.delete, .control("d")], .editor(.delete), name: "delete", help: "Delete the character under the cursor."),
    ]

    private static let score: [Command] = [
        Command(.score, [.enter], .score(.apply), name: "apply",
                help: "Apply the score, likelihood × impact, when a factor was changed (or = pressed); otherwise change nothing, so that a printed score stays as printed.",
                hinted: true),
        Command(.score, [.escape], .score(.cancel), name: "cancel", help: "Close the score editor without changing anything.", hinted: true),
        Command(.score, [.tab], .score(.nextRating), name: "rating", help: "Edit the next rating: current, target, residual.", hinted: true),
        Command(.score, [.character("1")], .score(.rating(0)), name: "current", help: "Edit the current rating."),
        Command(.score, [.character("2")], .score(.rating(1)), name: "target", help: "Edit the target rating."),
        Command(.score, [.character("3")], .score(.rating(2)), name: "residual", help: "Edit the residual rating."),
        Command(.score, [.left, .character("h")], .score(.likelihoodDown), name: "less likely", help: "Lower the likelihood."),
        Command(.score, [.right, .character("l")], .score(.likelihoodUp), name: "more likely", help: "Raise the likelihood."),
        Command(.score, [.down, .character("j")], .score(.impactDown), name: "less impact", help: "Lower the impact."),
        Command(.score, [.up, .character("k")], .score(.impactUp), name: "more impact", help: "Raise the impact."),
        Command(.score, [.character("=")], .score(.rescore), name: "rescore",
                help: "Take likelihood × impact as the score even with the factors unchanged (replaces a printed score that is not their product, marked ≠)."),
    ]

    private static let question: [Command] = [
        Command(.question, [.character("y"), .character("Y")], .answer(.yes), name: "yes", help: "Answer yes.", hinted: true),
        Command(.question, [.character("n"), .character("N"), .escape], .answer(.no), name: "no",
                help: "Answer no (any other key answers no too, except to the restore question).", hinted: true),
    ]

    private static let quitQuestion: [Command] = [
        Command(.quitQuestion, [.character("s")], .answer(.save), name: "save", help: "Save the register, then quit once it is saved.",
                hinted: true),
        Command(.quitQuestion, [.character("d")], .answer(.discard), name: "discard", help: "Discard the register's changes and quit.",
                hinted: true),
        Command(.quitQuestion, [.escape], .answer(.cancel), name: "cancel", help: "Do not quit.", hinted: true),
    ]

    private static let kindQuestion: [Command] = [
        Command(.kindQuestion, [.character("r")], .answer(.risk), name: "risk", help: "The new entry is a risk.", hinted: true),
        Command(.kindQuestion, [.character("o")], .answer(.opportunity), name: "opportunity",
                help: "The new entry is an opportunity.", hinted: true),
        Command(.kindQuestion, [.escape], .answer(.cancel), name: "cancel", help: "Add no entry.", hinted: true),
    ]

    private static let merge: [Command] = [
        Command(.merge, [.character("m")], .answer(.mine), name: "keep mine",
                help: "Keep your value for the place both sides changed; ask about the next one.", hinted: true),
        Command(.merge, [.character("t")], .answer(.theirs), name: "keep theirs",
                help: "Keep the value saved since (theirs) for the place both sides changed; ask about the next one.",
                hinted: true),
        Command(.merge, [.escape], .answer(.stop), name: "stop",
                help: "Stop merging: a restore keeps its recovery file for later, a reload leaves your edits as they were.",
                hinted: true),
    ]

    private static let conflict: [Command] = [
        Command(.conflict, [.character("m")], .answer(.mine), name: "keep mine",
                help: "Keep mine (ours: this side of the merge) for the conflict shown; on to the next.", hinted: true),
        Command(.conflict, [.character("t")], .answer(.theirs), name: "keep theirs",
                help: "Keep theirs (the side merged in) for the conflict shown; on to the next.", hinted: true),
        Command(.conflict, [.character("e")], .answer(.edit), name: "edit",
                help: "Edit the value in the text editor, starting from mine (a text field or item; a rating: keep a side, then S edits it).",
                hinted: true),
        Command(.conflict, [.escape], .answer(.stop), name: "stop",
                help: "Stop resolving; the conflicts left stay recorded (M again resumes).", hinted: true),
    ]
}
