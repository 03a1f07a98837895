/// Where a command works: everywhere, in one pane, or in an overlay or prompt that takes all keys.
public enum CommandContext: String, CaseIterable, Hashable, Sendable {
    /// Everywhere outside overlays and the search prompt, after the focused pane's own keys.
    case global
    /// The heat map pane.
    case heatMap
    /// The entry list pane.
    case list
    /// The detail pane.
    case detail
    /// The search prompt: these keys, and any other printable key types.
    case search
    /// The search across every register: these keys, and any other printable key types.
    case searchAll
    /// The register picker.
    case picker
    /// The summary risk profile (`P`).
    case profile
    /// The roll-up of the open register's period (`U`).
    case rollUp
    /// The help overlay.
    case help
    /// The text editor: these keys, and any other printable key types.
    case editor
    /// The score editor.
    case score
    /// A y/N question (delete, discard, reload, restore).
    case question
    /// The question when quitting with unsaved changes.
    case quitQuestion
    /// The question, in a merge, about a place both sides changed.
    case merge
    /// The question about a merge conflict recorded in the register file (git's merge driver).
    case conflict
    /// The question of a new entry's kind.
    case kindQuestion
    /// Reviewing this quarter's entries (`R`), before the focused pane's keys.
    case review

    /// The heading of the context's keys in help and docs/keys.md.
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .heatMap: "Heat map"
        case .list: "Entry list"
        case .detail: "Detail"
        case .search: "Search prompt"
        case .searchAll: "Search all registers"
        case .picker: "Register picker"
        case .profile: "Summary risk profile"
        case .rollUp: "Roll-up of a period"
        case .help: "Help"
        case .editor: "Text editor"
        case .score: "Score editor"
        case .question: "Yes/no questions"
        case .quitQuestion: "Quit with unsaved changes"
        case .merge: "Merging edits onto a file saved since"
        case .conflict: "Resolving merge conflicts recorded in the file"
        case .kindQuestion: "New entry: risk or opportunity"
        case .review: "Review mode"
        }
    }
}
