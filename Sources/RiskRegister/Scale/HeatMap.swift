/// The entries of a register counted by heat-map position for one rating.
public struct HeatMap: Equatable, Sendable {
    /// Entry ids in each grid cell, keyed by likelihood and impact.
    public private(set) var cells: [Placement: [String]] = [:]
    /// Entry ids with only a score, by score, highest first.
    public private(set) var scoreOnly: [ScoreGroup] = []
    /// Ids of entries with nothing usable for this rating.
    public private(set) var unrated: [String] = []
    /// The positions holding at least one entry whose rating is a printed anomaly (a printed
    /// score that is not likelihood × impact, `Rating.isAnomalous`): the grid cell of its
    /// factors says one thing, its score another.
    public private(set) var anomalous: Set<Placement> = []
    /// The printed scores of the entries whose rating is a printed anomaly, by id.
    public private(set) var printedScores: [String: Int] = [:]

    /// Places each entry by the chosen rating.
    public init(entries: [Entry], rating: RatingKind) {
        self.init(entries: entries, at: entries.indices, rating: rating)
    }

    /// The heat map of some of `entries`, by index (as the browser's list query gives them), each
    /// read where it lies rather than copied out of the array.
    public init(entries: [Entry], at indices: some Sequence<Int>, rating: RatingKind) {
        var byScore: [Int: [String]] = [:]
        for index in indices {
            let rated = entries[index].rating(rating)
            let id = entries[index].id
            let placement = Placement(rated)
            if rated.isAnomalous {
                anomalous.insert(placement)
                printedScores[id] = rated.score
            }
            switch placement {
            case .cell(let likelihood, let impact):
                cells[.cell(likelihood: likelihood, impact: impact), default: []].append(id)
            case .scoreOnly(let score):
                byScore[score, default: []].append(id)
            case .unrated:
                unrated.append(id)
            }
        }
        scoreOnly = byScore.keys.sorted(by: >).map { ScoreGroup(score: $0, ids: byScore[$0] ?? []) }
    }

    /// The ids in one grid cell.
    public func ids(likelihood: Int, impact: Int) -> [String] {
        cells[.cell(likelihood: likelihood, impact: impact)] ?? []
    }
}
