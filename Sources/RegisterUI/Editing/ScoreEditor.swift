import RiskRegister

/// The score editor: which rating, and the likelihood and impact chosen so far.
///
/// Nothing is written unless something was changed on purpose: a factor moved away from where it
/// started, or `=` pressed to take likelihood × impact as the score. Enter on an untouched editor
/// leaves the rating exactly as printed: its words, and a printed score that is not the product of
/// its factors (a printed anomaly, `Rating.isAnomalous`).
struct ScoreEditor: Hashable, Sendable {
    var kind: RatingKind
    var likelihood: Int
    var impact: Int
    /// The factors the editor opened with.
    let startLikelihood: Int
    let startImpact: Int
    /// True once `=` asked for likelihood × impact as the score, factors changed or not.
    var rescore = false

    /// The editor on one rating of an entry, starting from its factors (3 × 3 when not printed).
    init(kind: RatingKind, entry: Entry) {
        self.kind = kind
        let rating = entry.rating(kind)
        likelihood = rating.likelihood.map { min(5, max(1, $0)) } ?? 3
        impact = rating.impact.map { min(5, max(1, $0)) } ?? 3
        startLikelihood = likelihood
        startImpact = impact
    }

    var score: Int { likelihood * impact }

    /// True when Enter would write: a factor is not where it started, or `=` was pressed.
    var isChanged: Bool {
        rescore || likelihood != startLikelihood || impact != startImpact
    }

    /// The rating the editor would write.
    func applied(to rating: Rating) -> Rating {
        // The editor keeps its factors in 1–5, so the domain's rule never refuses them.
        (try? Rescore.rating(rating, likelihood: likelihood, impact: impact)) ?? rating
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

    /// What Enter leaves: the edited entry when something was changed, else the entry untouched.
    func result(for entry: Entry) -> Entry {
        isChanged ? applied(to: entry) : entry
    }
}
