/// One maximum acceptable score, stated as a score or as an Orange Book level.
public enum AppetiteLimit: Hashable, Sendable {
    /// A score from 1 to 25.
    case score(Int)
    /// A level, meaning its `maximumScore`.
    case level(AppetiteLevel)

    /// The highest acceptable score.
    public var maximumScore: Int {
        switch self {
        case .score(let score): score
        case .level(let level): level.maximumScore
        }
    }

    /// The limit as the appetite's text form writes it: "12" or "cautious".
    public var text: String {
        switch self {
        case .score(let score): String(score)
        case .level(let level): level.rawValue
        }
    }

    /// The limit for people: "12" or "cautious (9)".
    public var label: String {
        switch self {
        case .score(let score): String(score)
        case .level(let level): "\(level.rawValue) (\(level.maximumScore))"
        }
    }

    /// The limit a text names ("12", "Cautious"), or nil.
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace()
        if let score = Int(trimmed) {
            guard RiskAppetite.scores.contains(score) else { return nil }
            self = .score(score)
        } else if let level = AppetiteLevel(rawValue: trimmed.lowercased()) {
            self = .level(level)
        } else {
            return nil
        }
    }
}
