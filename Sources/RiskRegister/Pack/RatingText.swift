/// A rating in words for a committee paper: "16 (4 × 4) High", "20 (3 × 2, printed) Very high"
/// for a printed score that is not likelihood × impact, "12 High" for a score only, "not printed".
public enum RatingText {
    /// The rating with its factors and its band in `scale`.
    public static func describe(_ rating: Rating, scale: Scale) -> String {
        guard let score = rating.effectiveScore else { return rating.isEmpty ? "not printed" : "no score" }
        var text = "\(score)"
        if let likelihood = rating.likelihood, let impact = rating.impact {
            text += rating.isAnomalous ? " (\(likelihood) × \(impact), printed)" : " (\(likelihood) × \(impact))"
        }
        if let band = scale.band(for: score) { text += " \(band.name)" }
        return text
    }

    /// A score or "-".
    public static func score(_ value: Int?) -> String { value.map(String.init) ?? "-" }

    /// The direction column of a profile row: the printed words and the computed movement,
    /// "+ve (↑ up)", "Level", "↓ down", or "-".
    public static func direction(_ row: SummaryProfileRow) -> String {
        let moved = row.movement.map { "\($0.glyph) \($0.rawValue)" }
        switch (row.printedDirection, moved) {
        case let (printed?, moved?): return "\(printed) (\(moved))"
        case let (printed?, nil): return printed
        case let (nil, moved?): return moved
        case (nil, nil): return "-"
        }
    }

    /// A confidence quarter as a word, or "-".
    public static func confidence(_ value: RAG?) -> String { value?.rawValue ?? "-" }
}
