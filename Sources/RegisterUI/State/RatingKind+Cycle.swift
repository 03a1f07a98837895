import RiskRegister

extension RatingKind {
    /// The next rating, as `v` cycles: current, target, residual.
    var next: RatingKind {
        switch self {
        case .current: .target
        case .target: .residual
        case .residual: .current
        }
    }
}
