import RiskRegister

/// Which entries the heat map and the list show.
enum KindFilter: String, CaseIterable, Hashable, Sendable {
    /// Risks and opportunities.
    case all
    /// Risks only.
    case risks
    /// Opportunities only.
    case opportunities

    /// The next filter, as `o` cycles: all, risks, opportunities.
    var next: KindFilter {
        switch self {
        case .all: .risks
        case .risks: .opportunities
        case .opportunities: .all
        }
    }

    /// True when entries of this kind are shown.
    func includes(_ kind: EntryKind) -> Bool {
        switch self {
        case .all: true
        case .risks: kind == .risk
        case .opportunities: kind == .opportunity
        }
    }

    /// The kind whose colours and impact labels the heat map uses: a mixed map reads as risks.
    var colourKind: EntryKind { self == .opportunities ? .opportunity : .risk }
}
