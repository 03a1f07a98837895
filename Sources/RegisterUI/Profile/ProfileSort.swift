import RiskRegister

/// The order of the summary risk profile's rows.
enum ProfileSort: String, CaseIterable, Hashable, Sendable {
    /// The register's order, as Appendix B prints it.
    case document
    /// Current score, high to low.
    case current
    /// Target (or residual) score, high to low.
    case target

    /// The next order, as `s` cycles.
    var next: ProfileSort {
        switch self {
        case .document: .current
        case .current: .target
        case .target: .document
        }
    }

    /// "document order", "current score", "target score".
    var label: String {
        switch self {
        case .document: "document order"
        case .current: "current score"
        case .target: "target score"
        }
    }

    /// The positions of `rows` in this order; rows without a score last, ties in document order.
    func order(_ rows: [SummaryProfileRow]) -> [Int] {
        let score: (SummaryProfileRow) -> Int? = switch self {
        case .document: { _ in nil }
        case .current: { $0.currentScore }
        case .target: { $0.targetScore }
        }
        guard self != .document else { return Array(rows.indices) }
        return rows.indices.sorted { lhs, rhs in
            let left = score(rows[lhs]) ?? Int.min
            let right = score(rows[rhs]) ?? Int.min
            return left != right ? left > right : lhs < rhs
        }
    }
}
