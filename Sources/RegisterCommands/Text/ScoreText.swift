import RiskRegister

/// Plain-text renderings of scores and trends for the command line.
public enum ScoreText {
    /// "16 (4×4)", "12", "9 (3×3)" or "-" when nothing was printed.
    public static func rating(_ rating: Rating) -> String {
        guard let score = rating.effectiveScore else { return "-" }
        guard let likelihood = rating.likelihood, let impact = rating.impact else { return "\(score)" }
        return "\(score) (\(likelihood)×\(impact))"
    }

    /// "6 (3 × 2)"; "20 (3 × 2, printed)" for a printed score that is not likelihood × impact;
    /// "6 (3 × 2, from factors)" when no score was printed; "12" for a score only; "not printed".
    public static func factors(_ rating: Rating) -> String {
        guard let score = rating.effectiveScore else { return rating.isEmpty ? "not printed" : "no score" }
        guard let likelihood = rating.likelihood, let impact = rating.impact else { return "\(score)" }
        let remark = rating.isAnomalous ? ", printed" : rating.score == nil ? ", from factors" : ""
        return "\(score) (\(likelihood) × \(impact)\(remark))"
    }

    /// An arrow for a trend.
    public static func arrow(_ trend: Trend) -> String {
        switch trend {
        case .up: "↑"
        case .down: "↓"
        case .level: "→"
        case .unknown: "?"
        }
    }

    /// The text cut to `width` characters, ending in "…" when cut.
    public static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
