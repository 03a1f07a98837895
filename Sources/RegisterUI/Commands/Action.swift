/// What a command does. `update` performs it in the context the key was read in: "move down" moves
/// the heat-map cursor, the list selection, the detail's scroll position or the picker's selection.
public enum Action: Hashable, Sendable {
    /// Quit.
    case quit
    /// Open the help overlay.
    case showHelp
    /// Open the register picker.
    case showRegisters
    /// Compare the open register with another one (chosen in the picker), or stop comparing.
    case compare
    /// Close the help overlay or the picker.
    case closeOverlay
    /// Switch to the register highlighted in the picker.
    case chooseRegister
    /// Focus the next pane.
    case nextPane
    /// Focus the previous pane.
    case previousPane
    /// Focus one pane.
    case focus(Pane)
    /// Show the next rating: current, target, residual.
    case cycleRating
    /// Show the next kind of entries: all, risks, opportunities.
    case cycleKind
    /// Sort the list the next way: document order, score, owner.
    case cycleSort
    /// Open the search prompt.
    case startSearch
    /// Close the search prompt, keeping the search.
    case acceptSearch
    /// Close the search prompt and clear the search.
    case cancelSearch
    /// Delete the search text's last character.
    case deleteSearchCharacter
    /// Delete the whole search text.
    case clearSearchText
    /// Search every register of the data directory with the search text.
    case searchAllRegisters
    /// Back from searching every register to searching the open one.
    case searchOpenRegister
    /// Open the entry highlighted among those found in every register.
    case openFoundEntry
    /// Move or scroll one step.
    case moveUp, moveDown, moveLeft, moveRight
    /// Move or scroll a page.
    case pageUp, pageDown
    /// Move or scroll to the start or the end.
    case moveToFirst, moveToLast
    /// Filter the list by the heat-map cell under the cursor and focus the list.
    case filterByCell
    /// Focus the detail pane on the selected entry.
    case openEntry
    /// Back out one step: clear a search or a filter, or return to the previous pane.
    case backOut
    /// Edit what the detail cursor is on.
    case edit
    /// Open what the detail cursor is on in $VISUAL or $EDITOR.
    case editExternally
    /// Add an item after the one under the detail cursor.
    case addItem
    /// Delete the item under the detail cursor, after a question.
    case deleteItem
    /// Move the item under the detail cursor down or up its list.
    case moveItemDown, moveItemUp
    /// Add a progress note at the top of the progress list.
    case addProgress
    /// Move the detail pane to the next or previous line holding the search text.
    case nextMatch, previousMatch
    /// Cycle the direction of travel's trend.
    case cycleTrend
    /// Open the score editor.
    case editScore
    /// Scroll the detail pane to the selected entry's notes (the reason for a printed anomaly),
    /// or back to the top when they are already shown.
    case showNotes
    /// Undo or redo a change.
    case undo, redo
    /// Save the open register.
    case save
    /// Add an entry: its kind, id and title, then the usual editors.
    case addEntry
    /// Close the selected entry (asking why), or reopen a closed one.
    case closeEntry
    /// Show or hide closed entries.
    case toggleClosed
    /// List only the risks outside the register's appetite, or every entry again.
    case toggleOutsideAppetite
    /// Open the text editor on the register's risk appetite.
    case editAppetite
    /// Open the summary risk profile.
    case showProfile
    /// In the summary risk profile: open the highlighted row's entry.
    case openProfileEntry
    /// Open the roll-up of the open register's period: every register of that period together.
    case showRollUp
    /// In the roll-up: open the highlighted entry, in its register.
    case openRollUpEntry
    /// Give the selected entry a new printed id, the next free one of its kind's sequence suggested.
    case renumber
    /// Start next quarter's register from the open one.
    case startNewQuarter
    /// Start or end reviewing the open entries not yet reviewed this quarter.
    case toggleReview
    /// In a review: the selected entry is reviewed with no change; on to the next.
    case reviewNoChange
    /// A key of the text editor.
    case editor(EditorAction)
    /// A key of the score editor.
    case score(ScoreAction)
    /// Resolve the open register's recorded merge conflicts, one at a time.
    case resolveConflicts
    /// An answer to a question.
    case answer(Answer)
}
