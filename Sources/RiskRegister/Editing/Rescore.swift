/// A rating given new factors on purpose, as the browser's score editor writes it: likelihood and
/// impact 1–5, the score their product, and the printed words cleared (they described the old
/// factors). A rating's other keys are kept.
public enum Rescore {
    /// `rating` with `likelihood` and `impact` (each 1–5) and their product as its score.
    /// - Throws: `EditRefusal` when a factor is outside 1–5.
    public static func rating(_ rating: Rating, likelihood: Int, impact: Int) throws(EditRefusal) -> Rating {
        guard Scale.factorRange.contains(likelihood) else { throw EditRefusal("likelihood \(likelihood) is not 1–5") }
        guard Scale.factorRange.contains(impact) else { throw EditRefusal("impact \(impact) is not 1–5") }
        var rating = rating
        rating.likelihood = likelihood
        rating.impact = impact
        rating.score = Scale.score(likelihood: likelihood, impact: impact)
        rating.likelihoodText = nil
        rating.impactText = nil
        return rating
    }

    /// The entry with its `kind` rating rescored.
    public static func entry(_ entry: Entry, _ kind: RatingKind, likelihood: Int, impact: Int) throws(EditRefusal) -> Entry {
        var entry = entry
        let rescored = try rating(entry.rating(kind), likelihood: likelihood, impact: impact)
        switch kind {
        case .current: entry.current = rescored
        case .target: entry.target = rescored
        case .residual: entry.residual = rescored
        }
        return entry
    }

    /// A factor typed as a number ("4") or as the Key to Scores word for it ("Likely",
    /// case ignored); nil when it is neither.
    public static func factor(_ text: String, labels: [String]) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if let number = Int(trimmed) { return number }
        let wanted = trimmed.lowercased()
        return labels.firstIndex { $0.lowercased() == wanted }.map { $0 + 1 }
    }
}
