import RiskRegister

/// What the heat map shows for a register, the entries the list's filters let through (kind and
/// search, not the cell filter the map itself sets) and a rating: the entries in each cell and
/// the items of the score-only strip.
struct HeatMapModel: Sendable {
    /// One item of the score-only strip: a score group, or the entries without a score.
    struct StripItem: Hashable, Sendable {
        /// A `.scoreOnly` or `.unrated` placement.
        let placement: Placement
        /// How many entries it holds.
        let count: Int
    }

    /// The kind whose colours and labels apply.
    let colourKind: EntryKind
    /// Counts and ids per position.
    let heatMap: HeatMap
    /// The strip: score groups, highest first, then the unrated entries if any.
    let strip: [StripItem]

    /// The model of some of a register's entries (indices into them, as the list's query gives).
    init(register: Register, entries: [Int], kind: KindFilter, rating: RatingKind) {
        self.colourKind = kind.colourKind
        let map = HeatMap(entries: register.entries, at: entries, rating: rating)
        self.heatMap = map
        var strip = map.scoreOnly.map { StripItem(placement: .scoreOnly($0.score), count: $0.ids.count) }
        if !map.unrated.isEmpty {
            strip.append(StripItem(placement: .unrated, count: map.unrated.count))
        }
        self.strip = strip
    }

    /// The ids of the entries in a grid cell, in the register's order.
    func ids(likelihood: Int, impact: Int) -> [String] {
        heatMap.ids(likelihood: likelihood, impact: impact)
    }

    /// True when a grid cell holds an entry whose rating is a printed anomaly.
    func isAnomalous(likelihood: Int, impact: Int) -> Bool {
        heatMap.anomalous.contains(.cell(likelihood: likelihood, impact: impact))
    }

    /// True when some grid cell holds a printed anomaly (and so carries its mark).
    var hasAnomalousCell: Bool {
        heatMap.anomalous.contains { if case .cell = $0 { true } else { false } }
    }

    /// The position under a cursor.
    func placement(at cursor: HeatCursor) -> Placement {
        if let index = cursor.stripIndex, strip.indices.contains(index) { return strip[index].placement }
        return .cell(likelihood: cursor.likelihood, impact: cursor.impact)
    }
}
