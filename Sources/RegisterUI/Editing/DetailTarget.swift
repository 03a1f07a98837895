import RiskRegister

/// One of an entry's lists of items.
enum ItemList: String, CaseIterable, Hashable, Sendable {
    case description, consequences, controls, actions, progress

    /// The list in an entry.
    func items(of entry: Entry) -> [Item] {
        switch self {
        case .description: entry.description
        case .consequences: entry.consequences
        case .controls: entry.controls
        case .actions: entry.actions
        case .progress: entry.progress
        }
    }

    /// Replaces the list in an entry.
    func set(_ items: [Item], in entry: inout Entry) {
        switch self {
        case .description: entry.description = items
        case .consequences: entry.consequences = items
        case .controls: entry.controls = items
        case .actions: entry.actions = items
        case .progress: entry.progress = items
        }
    }

    /// "control", "progress note": how questions name one item.
    var itemName: String {
        switch self {
        case .description: "description item"
        case .consequences: "consequence"
        case .controls: "control"
        case .actions: "action"
        case .progress: "progress note"
        }
    }
}

/// A field of an entry the editor edits as text.
enum EntryField: String, Hashable, Sendable {
    case title, type, owner, controlOwner, actionOwner, targetDate, direction, confidence
    /// Corrections: the id, the kind, and the ids the entry continues.
    case id, kind, previousIds

    /// "owner", "target date": how the editor's title names it.
    var title: String {
        switch self {
        case .title: "Title"
        case .type: "Risk type"
        case .owner: "Owner"
        case .controlOwner: "Control owner"
        case .actionOwner: "Action owner"
        case .targetDate: "Target date"
        case .direction: "Direction of travel (words)"
        case .confidence: "Confidence Q1-Q4 (g a r -)"
        case .id: "Id (a correction: the history records it)"
        case .kind: "Kind"
        case .previousIds: "Continues ids (comma-separated; - for none)"
        }
    }
}

/// What the detail pane's cursor can be on.
enum DetailTarget: Hashable, Sendable {
    /// A field.
    case field(EntryField)
    /// A rating line: `e` opens the score editor on it.
    case rating(RatingKind)
    /// An item of a list.
    case item(ItemList, Int)
    /// A line of the Links section, by its position there (`AppState.shownLinks`): the entry's own
    /// links first, in the order it stores them, then the links other entries make to it.
    case link(Int)
    /// Not on the detail pane: a question the text editor answers (`FormField`).
    case form(FormField)

    /// The targets of an entry in the order the detail pane shows them, with `links` lines in its
    /// Links section (the last section with targets).
    static func all(for entry: Entry, links: Int = 0) -> [DetailTarget] {
        EntryDetail.annotatedLines(for: entry, scale: .standard).compactMap(\.target) + (0..<links).map(DetailTarget.link)
    }
}
