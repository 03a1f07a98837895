import RiskRegister

/// An entry's current score through the registers as a small horizontal bar chart: one line per
/// period, oldest first, with a bar as long as the score (scaled to fit the width) and the score,
/// or "·" where the entry was not rated. Where the entry was renumbered, or its title changed
/// completely (the join may be wrong), since the period before, a line above the bar says so.
enum TimelineLines {
    /// The highest score a bar stands for at full length.
    private static let fullScore = Scale.score(likelihood: Scale.factorRange.upperBound, impact: Scale.factorRange.upperBound)

    /// The heading "Timeline" and a line per point; nothing for fewer than two points.
    static func lines(for points: [TimelinePoint], width: Int, unicode: Bool) -> [DetailLine] {
        guard points.count > 1 else { return [] }
        let periodWidth = points.map { TextWidth.columns(of: $0.period) }.max() ?? 0
        let room = max(1, min(fullScore, width - periodWidth - 4))
        let block = unicode ? "█" : "#"
        var lines = [DetailLine(.section, "Timeline")]
        for (index, point) in points.enumerated() {
            if index > 0 { lines += changes(from: points[index - 1].entry, to: point.entry) }
            guard let score = point.entry.current.effectiveScore else {
                lines.append(DetailLine(.text, point.period + " ·"))
                continue
            }
            let length = max(1, (min(score, fullScore) * room + fullScore / 2) / fullScore)
            lines.append(DetailLine(.text, point.period + " " + String(repeating: block, count: length) + " \(score)"))
        }
        return lines
    }

    /// "renumbered: CR25 → CR9" and "title changed: … → …" between two adjacent points.
    private static func changes(from before: Entry, to after: Entry) -> [DetailLine] {
        let comparison = EntryComparison(before: before, after: after)
        var lines: [DetailLine] = []
        if comparison.isRenumbered { lines.append(DetailLine(.bullet(level: 1), ComparisonLines.renumbering(from: before, to: after))) }
        if comparison.titleChangedCompletely {
            lines.append(DetailLine(.bullet(level: 1), TitleChange.line(from: before.title, to: after.title)))
        }
        return lines
    }
}
