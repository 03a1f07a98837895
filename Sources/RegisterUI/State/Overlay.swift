import Foundation
import RiskRegister

/// A box drawn over the panes that takes every key until it closes.
enum Overlay: Equatable, Sendable {
    /// The help, scrolled to a line.
    case help(top: Int)
    /// The register picker with a highlighted row (0 is the newest register); `comparing` when it
    /// chooses the register to compare the open one with, rather than one to open.
    case picker(selection: Int, comparing: Bool = false)
    /// The search across every register: what was typed, found and highlighted.
    case searchAll(AllRegistersSearch)
    /// The summary risk profile, its highlighted row and its order.
    case profile(ProfileTable)
    /// The roll-up of the open register's period, its highlighted entry.
    case rollUp(RollUpTable)
    /// The text editor over the detail pane.
    case editor(TextEditor)
    /// The score editor over the detail pane.
    case score(ScoreEditor)
    /// A question.
    case prompt(Prompt)
    /// The question about the next place both sides of a merge changed, and the merge under way.
    case merge(MergeSession)
    /// The question about the open register's first recorded merge conflict
    /// (`Register.mergeConflicts`, from git's merge driver).
    case conflict
}

/// A question on the status line that takes the keys until answered.
enum Prompt: Hashable, Sendable {
    /// "Delete this control? y/N", "Remove the link escalated to Corp 4 …? y/N".
    case delete(DetailTarget)
    /// "Discard changes? y/N", over an editor.
    case discardEdit(TextEditor)
    /// "Save changes to <file>? s save · d discard · Esc cancel".
    case quit(register: RegisterID)
    /// "<file> changed on disk …; Reload it? y/N".
    case reload(register: RegisterID)
    /// "<file> is read-only. Save over it anyway? y/N".
    case readOnly(register: RegisterID)
    /// "Unsaved edits to <file> from an earlier session were kept. Restore them? y/n".
    case recovery(RegisterID)
    /// "New entry: r risk · o opportunity · Esc cancel".
    case newEntryKind
    /// "Reopen closed entry Corp 3? y/N" (the entry's index in the open register).
    case reopen(Int)
}
