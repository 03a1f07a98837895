import OrderedCollections

/// A score as printed: optional likelihood and impact (1–5) and an optional printed score.
public struct Rating: Equatable, Sendable {
    /// Likelihood 1–5, when printed.
    public var likelihood: Int?
    /// Impact 1–5, when printed.
    public var impact: Int?
    /// The printed score.
    public var score: Int?
    /// The likelihood words exactly as printed ("Major (4)", "possible?"), when words were printed.
    public var likelihoodText: String?
    /// The impact words exactly as printed, when words were printed.
    public var impactText: String?
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// A rating with nothing printed.
    public static let empty = Rating()

    /// Creates a rating.
    public init(likelihood: Int? = nil, impact: Int? = nil, score: Int? = nil,
                likelihoodText: String? = nil, impactText: String? = nil, unknownKeys: UnknownKeys = [:]) {
        self.likelihood = likelihood
        self.impact = impact
        self.score = score
        self.likelihoodText = likelihoodText
        self.impactText = impactText
        self.unknownKeys = unknownKeys
    }

    /// likelihood × impact, when both are known.
    public var product: Int? {
        guard let likelihood, let impact else { return nil }
        let (result, overflow) = likelihood.multipliedReportingOverflow(by: impact)
        return overflow ? nil : result
    }

    /// The score to show and band: the printed score, else the product of the factors.
    public var effectiveScore: Int? { score ?? product }

    /// True when the rating is a printed anomaly: a score and both factors were printed, and the
    /// score is not likelihood × impact (Q4 2021/22 Corp 4 prints 20 beside Possible × Minor).
    /// Such a rating is kept exactly as printed; the interface marks it and never "fixes" it
    /// unless a factor is changed on purpose, and the validator warns about it.
    public var isAnomalous: Bool {
        guard let score, let product else { return false }
        return score != product
    }

    /// True when nothing at all was printed for this rating.
    public var isEmpty: Bool { likelihood == nil && impact == nil && score == nil }
}
