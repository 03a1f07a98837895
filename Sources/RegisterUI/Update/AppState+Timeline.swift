import RiskRegister

extension AppState {
    /// How many registers before the open one are loaded for its entries' timelines.
    static let timelineDepth = 8

    /// Asks for the open register's predecessors to be loaded (at most `timelineDepth`), for the
    /// timeline and the computed direction of travel: one at a time, once the open register and
    /// each one after it are loaded (a predecessor is known for sure only then), so the open
    /// register is read first and the chart fills in as they load.
    /// Found again only when the registers or their listing change, not on every key.
    mutating func wantEarlierRegisters() {
        guard let openID, workspace.files[openID] != nil else { return }
        let key = CycleCache.ChainKey(open: openID, revision: workspace.revision, slots: workspace.slots)
        for id in derived.cycle.earlier.value(for: key, compute: { _ in earlierRegisters(of: openID) }) { want(id) }
    }

    /// The predecessors of `openID` to load now: each one up to the first not yet loaded.
    private func earlierRegisters(of openID: RegisterID) -> [RegisterID] {
        var chain: [RegisterID] = []
        var id = openID
        while chain.count < Self.timelineDepth, let earlier = predecessorID(of: id), earlier != openID,
              !chain.contains(earlier) {
            chain.append(earlier)
            guard workspace.files[earlier] != nil else { break }
            id = earlier
        }
        return chain
    }

    /// What the browser adds to the shown entry's detail at a width: the changes since the
    /// register compared with, the computed direction of travel and the timeline (computed again
    /// only when a register, the selection or compare mode changes), another entry showing its id,
    /// its links and the review's lines.
    func detailAdditions(width: Int) -> DetailAdditions {
        guard let openID, let entry = shownEntry else { return .none }
        let key = CycleCache.AdditionsKey(open: openID, revision: workspace.revision, selection: selection, shownID: entry.id,
                                          comparing: compareDelta == nil ? nil : compare?.other,
                                          removedRow: compare?.removedRow, width: width, unicode: capabilities.unicode)
        var result = derived.cycle.additions.value(for: key) { _ in
            var additions = DetailAdditions()
            if let delta = compareDelta, let comparison = shownComparison {
                additions.since = ComparisonLines.lines(for: comparison, since: delta.otherPeriod)
            }
            if compare?.removedRow == nil { additions.computedDirection = computedDirection() }
            if let place = shownEntryPlace {
                let points = EntryTimeline.points(from: place.index, of: place.register.stem, in: loadedRegisters)
                additions.timeline = TimelineLines.lines(for: points, width: width, unicode: capabilities.unicode)
            }
            return additions
        }
        if compare?.removedRow == nil, let selection { result.warnings = duplicateWarnings(for: selection) }
        // The links follow the listing of registers too, and the review's lines the review: not
        // memoized with the rest.
        result.links = shownLinks
        result.preface = detailPreface
        return result
    }

    /// "computed: up (16 → 20 since 2021/22 Q3)", "computed: new since 2021/22 Q3": the selected
    /// entry's movement since the open register's predecessor, once that is loaded.
    func computedDirection() -> String? {
        guard let openID, let register, let selection, register.entries.indices.contains(selection),
              let earlierID = predecessorID(of: openID), let earlier = workspace.register(earlierID) else { return nil }
        let after = register.entries[selection]
        let before = EntryPairing(earlier: earlier, later: register).earlierIndex[selection].map { earlier.entries[$0] }
        let movement = Movement.of(before: before, after: after)
        switch movement {
        case .new, .removed:
            return "computed: \(movement == .new ? "new" : "closed") since \(earlier.period)"
        case .up, .down, .level:
            let was = before?.current.effectiveScore.map(String.init) ?? "—"
            let now = after.current.effectiveScore.map(String.init) ?? "—"
            return "computed: \(movement.rawValue) (\(was) → \(now) since \(earlier.period))"
        }
    }
}
