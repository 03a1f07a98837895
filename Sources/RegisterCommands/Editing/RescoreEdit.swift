import RiskRegister

/// `riskreg rescore`: new factors for one of an entry's ratings, given as numbers or the
/// register's Key to Scores words, as the browser's score editor writes them (`Rescore`).
public struct RescoreEdit: EntryChange {
    /// The rating changed.
    public let kind: RatingKind
    /// The likelihood as typed.
    public let likelihood: String
    /// The impact as typed.
    public let impact: String

    /// An edit of the `kind` rating to the factors typed.
    public init(_ kind: RatingKind, likelihood: String, impact: String) {
        self.kind = kind
        self.likelihood = likelihood
        self.impact = impact
    }

    /// The entry rescored; refused for a factor that is neither 1–5 nor one of the register's
    /// Key to Scores words (an opportunity's impact read by the opportunity words).
    public func apply(to entry: Entry, at index: Int, of register: Register) throws(EditRefusal) -> Entry {
        let scale = register.scale
        let impactLabels = entry.kind == .risk ? scale.impact : scale.opportunityImpact
        guard let likelihoodFactor = Rescore.factor(likelihood, labels: scale.likelihood) else {
            throw EditRefusal("likelihood \(SafeText.quoted(likelihood, limit: 40)) is not 1–5 or one of "
                              + scale.likelihood.joined(separator: ", "))
        }
        guard let impactFactor = Rescore.factor(impact, labels: impactLabels) else {
            throw EditRefusal("impact \(SafeText.quoted(impact, limit: 40)) is not 1–5 or one of " + impactLabels.joined(separator: ", "))
        }
        return try Rescore.entry(entry, kind, likelihood: likelihoodFactor, impact: impactFactor)
    }

    /// "current 6 (3 × 2) → 12 (4 × 3)".
    public func describe(before: Entry, after: Entry) -> String {
        "\(kind.rawValue) \(ScoreText.factors(before.rating(kind))) → \(ScoreText.factors(after.rating(kind)))"
    }
}
