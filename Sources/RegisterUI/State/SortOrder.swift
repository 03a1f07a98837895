/// How the entry list is sorted.
enum SortOrder: String, CaseIterable, Hashable, Sendable {
    /// As the document printed them.
    case document
    /// By the score of the rating in view, high to low; entries without one last.
    case score
    /// By owner, A to Z; entries without one last.
    case owner

    /// The next order, as `s` cycles.
    var next: SortOrder {
        switch self {
        case .document: .score
        case .score: .owner
        case .owner: .document
        }
    }

    /// How the list's title names it.
    var label: String {
        switch self {
        case .document: "document order"
        case .score: "by score"
        case .owner: "by owner"
        }
    }
}
