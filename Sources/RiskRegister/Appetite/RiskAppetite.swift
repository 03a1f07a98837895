import OrderedCollections

/// How much risk a register accepts: a default maximum acceptable score and, optionally, one per
/// risk type. A risk is outside appetite when its current score is above its limit.
///
/// Appetite applies to risks only: the Orange Book speaks of appetite for risk, and an
/// opportunity's high score is good, so an opportunity is never outside appetite. Closed entries
/// and entries without a current score are never outside either.
public struct RiskAppetite: Equatable, Sendable {
    /// The scores a limit may be.
    public static let scores = 1...25

    /// The limit of every risk whose type has no limit of its own.
    public var defaultLimit: AppetiteLimit
    /// Limits per risk type, by the type's name as written ("Financial").
    public var types: OrderedDictionary<String, AppetiteLimit>
    /// Keys this version of riskreg does not know.
    public var unknownKeys: UnknownKeys

    /// Creates an appetite.
    public init(defaultLimit: AppetiteLimit, types: OrderedDictionary<String, AppetiteLimit> = [:], unknownKeys: UnknownKeys = [:]) {
        self.defaultLimit = defaultLimit
        self.types = types
        self.unknownKeys = unknownKeys
    }

    /// The highest acceptable score for an entry. An entry's printed type may name several types
    /// ("Organisational/Financial"): it is split at "/" and ",", and each part, like the whole,
    /// is matched with the types named here ignoring case; where several match, the lowest limit
    /// applies. An entry of no named type has the default limit.
    public func limit(for entry: Entry) -> Int {
        guard !types.isEmpty, let type = entry.type else { return defaultLimit.maximumScore }
        let names = Set(([type] + type.split(whereSeparator: { $0 == "/" || $0 == "," }).map(String.init))
            .map { $0.trimmingWhitespace().lowercased() })
        let limits = types.compactMap { name, limit in names.contains(name.trimmingWhitespace().lowercased()) ? limit.maximumScore : nil }
        return limits.min() ?? defaultLimit.maximumScore
    }

    /// True when `entry` is an open risk whose current effective score is above its limit.
    public func isOutside(_ entry: Entry) -> Bool {
        guard entry.kind == .risk, !entry.isClosed, let score = entry.current.effectiveScore else { return false }
        return score > limit(for: entry)
    }
}
