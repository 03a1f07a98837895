import RiskRegister

/// A one-line question the text editor answers that is not a field of an entry: the steps of
/// adding an entry, the reason for closing one, the period of a new quarter.
enum FormField: Hashable, Sendable {
    /// The id of a new entry of this kind (suggested: the next of its kind's sequence).
    case newEntryID(EntryKind)
    /// The title of a new entry, once its id and kind are chosen.
    case newEntryTitle(id: String, kind: EntryKind)
    /// Why the selected entry is closed.
    case closeReason
    /// The period of the quarter to start from the open register.
    case newQuarterPeriod
    /// The open register's risk appetite, in its one-line form (`RiskAppetite.text`).
    case appetite
    /// A value of the open register's first recorded merge conflict, edited from one side.
    case conflictValue(label: String)

    /// The editor box's title.
    var title: String {
        switch self {
        case .newEntryID(let kind): "New \(kind.rawValue): its id"
        case .newEntryTitle(let id, let kind): "New \(kind.rawValue) \(id): its title"
        case .closeReason: "Close this entry: why?"
        case .newQuarterPeriod: "New quarter: its period (e.g. 2022/23 Q1)"
        case .appetite: "Risk appetite: 12, cautious or 12; Financial=9 (empty: none)"
        case .conflictValue(let label): "Resolve \(label): the value to keep"
        }
    }
}
