/// Whether an entry is a risk (high scores are bad) or an opportunity (high scores are good).
public enum EntryKind: String, CaseIterable, Sendable, Equatable {
    case risk
    case opportunity
}
