/// The Orange Book's appetite levels, from the least risk accepted to the most. riskreg maps each
/// to the highest score on the 5 × 5 grid a register at that level accepts (`maximumScore`): this
/// mapping is riskreg's convention, not the Orange Book's, which names the levels without scores.
public enum AppetiteLevel: String, CaseIterable, Hashable, Sendable {
    case averse, minimalist, cautious, open, eager

    /// The highest acceptable score: averse 4, minimalist 6, cautious 9, open 12, eager 16.
    public var maximumScore: Int {
        switch self {
        case .averse: 4
        case .minimalist: 6
        case .cautious: 9
        case .open: 12
        case .eager: 16
        }
    }
}
