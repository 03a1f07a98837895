import RiskRegister

/// The score editor: which rating, and the likelihood and impact chosen so far.
struct ScoreEditor: Hashable, Sendable {
    var kind: RatingKind
    var likelihood: Int
    var impact: Int

    /// The editor on one rating of an entry, starting from its factors (3 × 3 when not printed).
    init(kind: RatingKind, entry: Entry) {
        self.kind = kind
        let rating = entry.rating(kind)
        likelihood = rating.likelihood.map { min(5, max(1, $0)) } ?? 3
        impact = rating.impact.map { min(5, max(1, $0)) } ?? 3
    }

    var score: Int { likelihood * impact }

    /// The rating the editor would write.
    func applied(to rating: Rating) -> Rating {
        var rating = rating
        rating.likelihood = likelihood
        rating.impact = impact
        rating.score = score
        rating.likelihoodText = nil
        rating.impactText = nil
        return rating
    }

    /// An entry with the edited rating.
    func applied(to entry: Entry) -> Entry {
        var entry = entry
        switch kind {
        case .current: entry.current = applied(to: entry.current)
        case .target: entry.target = applied(to: entry.target)
        case .residual: entry.residual = applied(to: entry.residual)
        }
        return entry
    }
}
