import RiskRegister

/// Plain-text renderings of scores and trends for the command line.
enum ScoreText {
    /// "16 (4×4)", "12", "9 (3×3)" or "-" when nothing was printed.
    static func rating(_ rating: Rating) -> String {
        guard let score = rating.effectiveScore else { return "-" }
        guard let likelihood = rating.likelihood, let impact = rating.impact else { return "\(score)" }
        return "\(score) (\(likelihood)×\(impact))"
    }

    /// An arrow for a trend.
    static func arrow(_ trend: Trend) -> String {
        switch trend {
        case .up: "↑"
        case .down: "↓"
        case .level: "→"
        case .unknown: "?"
        }
    }

    /// The text cut to `width` characters, ending in "…" when cut.
    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
