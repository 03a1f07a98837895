import OrderedCollections

/// The Key to Scores: labels for likelihood and impact 1–5, and the register's score bands.
public struct Scale: Equatable, Sendable {
    /// Likelihood labels for 1 to 5.
    public var likelihood: [String]
    /// Impact labels for 1 to 5, for risks.
    public var impact: [String]
    /// Impact labels for 1 to 5, for opportunities ("Outstanding" for 5).
    public var opportunityImpact: [String]
    /// Score bands, lowest first.
    public var bands: [Band]
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// The council's Key to Scores with riskreg's default bands (docs/register-format.md).
    public static let standard = Scale(
        likelihood: ["Rare", "Unlikely", "Possible", "Likely", "Certain"],
        impact: ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"],
        opportunityImpact: ["Insignificant", "Minor", "Moderate", "Major", "Outstanding"],
        bands: [
            Band(name: "Low", min: 1, max: 4, colour: .green),
            Band(name: "Medium", min: 5, max: 9, colour: .yellow),
            Band(name: "High", min: 10, max: 16, colour: .amber),
            Band(name: "Very high", min: 20, max: 25, colour: .red),
        ]
    )

    /// The range of valid likelihood and impact values.
    public static let factorRange = 1...5

    /// Creates a scale.
    public init(likelihood: [String], impact: [String], opportunityImpact: [String], bands: [Band],
                unknownKeys: UnknownKeys = [:]) {
        self.likelihood = likelihood
        self.impact = impact
        self.opportunityImpact = opportunityImpact
        self.bands = bands
        self.unknownKeys = unknownKeys
    }

    /// The score of a likelihood and impact.
    public static func score(likelihood: Int, impact: Int) -> Int { likelihood * impact }

    /// The label of a likelihood value, or nil outside 1–5.
    public func likelihoodLabel(_ value: Int) -> String? { label(likelihood, value) }

    /// The label of an impact value for an entry kind, or nil outside 1–5.
    public func impactLabel(_ value: Int, for kind: EntryKind) -> String? {
        label(kind == .risk ? impact : opportunityImpact, value)
    }

    /// The band a score falls in: the band containing it, else the highest band starting below it
    /// (scores such as 17–19 that no product gives), else the lowest band.
    public func band(for score: Int) -> Band? {
        if let containing = bands.first(where: { $0.min <= score && score <= $0.max }) { return containing }
        return bands.filter { $0.min <= score }.max { $0.min < $1.min } ?? bands.min { $0.min < $1.min }
    }

    private func label(_ labels: [String], _ value: Int) -> String? {
        labels.indices.contains(value - 1) ? labels[value - 1] : nil
    }
}
