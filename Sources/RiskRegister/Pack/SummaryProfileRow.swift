/// One row of a summary risk profile (Appendix B of the Q4 2021/22 pack): what a committee reads
/// first about an entry. A printed row keeps the printed values; a computed row is taken from
/// the entry.
public struct SummaryProfileRow: Equatable, Sendable {
    /// The id of the entry the row stands for ("Corp 1"), to open it.
    public let entryID: String
    /// Risk or opportunity.
    public let kind: EntryKind
    /// The id as the row shows it: as printed in the profile ("Corp1"), else the entry's id.
    public let id: String
    /// The description: as printed in the profile, else the entry's title.
    public let description: String
    /// The current score: as printed, else the entry's current effective score.
    public let currentScore: Int?
    /// The second score: the printed target, else the entry's target score or, where the entry
    /// has no target rating, its residual score (`goalKind` says which).
    public let targetScore: Int?
    /// Which rating `targetScore` is: `.target`, or `.residual` for a register that prints one.
    public let goalKind: RatingKind
    /// The target date: as printed in the profile, else the entry's.
    public let targetDate: String?
    /// Confidence per quarter: as printed in the profile, else the entry's.
    public let confidence: Confidence
    /// The direction of travel in the printed words ("+ve", "Level"), when there are any.
    public let printedDirection: String?
    /// How the entry moved since the predecessor, when the profile was given one.
    public let movement: Movement?
    /// True when the row is the entry's printed profile row, false when it was computed.
    public let isPrinted: Bool
    /// For a printed row, the ratings whose printed score is no longer the entry's effective
    /// score (after a rescore): `.current`, and `.target` or `.residual`. Empty for a computed row.
    public let staleRatings: [RatingKind]
    /// True when the entry is a risk outside the register's appetite (`RiskAppetite.isOutside`,
    /// by the entry's current score, not the printed one).
    public let outsideAppetite: Bool

    /// Creates a row.
    public init(entryID: String, kind: EntryKind, id: String, description: String, currentScore: Int?, targetScore: Int?,
                goalKind: RatingKind, targetDate: String?, confidence: Confidence, printedDirection: String?,
                movement: Movement?, isPrinted: Bool, staleRatings: [RatingKind], outsideAppetite: Bool = false) {
        self.entryID = entryID
        self.kind = kind
        self.id = id
        self.description = description
        self.currentScore = currentScore
        self.targetScore = targetScore
        self.goalKind = goalKind
        self.targetDate = targetDate
        self.confidence = confidence
        self.printedDirection = printedDirection
        self.movement = movement
        self.isPrinted = isPrinted
        self.staleRatings = staleRatings
        self.outsideAppetite = outsideAppetite
    }

    /// True when the printed row no longer matches the entry (see `staleRatings`).
    public var isStale: Bool { !staleRatings.isEmpty }

    /// The row of one entry: its printed profile row when it has one, else computed from it.
    /// `predecessor` is the entry it continues in the previous register (nil: none, or no
    /// previous register was given), `hasPredecessor` whether a previous register was given,
    /// `appetite` the register's.
    public init(entry: Entry, predecessor: Entry?, hasPredecessor: Bool, appetite: RiskAppetite? = nil) {
        let outside = appetite?.isOutside(entry) ?? false
        let goalKind: RatingKind = entry.target.isEmpty && !entry.residual.isEmpty ? .residual : .target
        let goal = entry.rating(goalKind).effectiveScore
        let movement = hasPredecessor ? Movement.of(before: predecessor, after: entry) : nil
        guard let printed = entry.profile else {
            self.init(entryID: entry.id, kind: entry.kind, id: entry.id, description: entry.title,
                      currentScore: entry.current.effectiveScore, targetScore: goal, goalKind: goalKind,
                      targetDate: entry.targetDate, confidence: entry.confidence, printedDirection: entry.direction.text,
                      movement: movement, isPrinted: false, staleRatings: [], outsideAppetite: outside)
            return
        }
        var stale: [RatingKind] = []
        if printed.currentScore != entry.current.effectiveScore { stale.append(.current) }
        if printed.targetScore != goal { stale.append(goalKind) }
        self.init(entryID: entry.id, kind: entry.kind, id: printed.id ?? entry.id,
                  description: printed.description ?? entry.title, currentScore: printed.currentScore,
                  targetScore: printed.targetScore, goalKind: goalKind, targetDate: printed.targetDate,
                  confidence: printed.confidence ?? entry.confidence, printedDirection: printed.direction,
                  movement: movement, isPrinted: true, staleRatings: stale, outsideAppetite: outside)
    }
}
