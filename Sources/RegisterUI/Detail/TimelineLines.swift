import RiskRegister

/// An entry's current score through the registers as a small horizontal bar chart: one line per
/// period, oldest first, with a bar as long as the score (scaled to fit the width) and the score,
/// or "·" where the entry was not rated.
enum TimelineLines {
    /// The highest score a bar stands for at full length.
    private static let fullScore = Scale.score(likelihood: Scale.factorRange.upperBound, impact: Scale.factorRange.upperBound)

    /// The heading "Timeline" and a line per point; nothing for fewer than two points.
    static func lines(for points: [TimelinePoint], width: Int, unicode: Bool) -> [DetailLine] {
        guard points.count > 1 else { return [] }
        let periodWidth = points.map { TextWidth.columns(of: $0.period) }.max() ?? 0
        let room = max(1, min(fullScore, width - periodWidth - 4))
        let block = unicode ? "█" : "#"
        return [DetailLine(.section, "Timeline")] + points.map { point in
            guard let score = point.entry.current.effectiveScore else { return DetailLine(.text, point.period + " ·") }
            let length = max(1, (min(score, fullScore) * room + fullScore / 2) / fullScore)
            return DetailLine(.text, point.period + " " + String(repeating: block, count: length) + " \(score)")
        }
    }
}
