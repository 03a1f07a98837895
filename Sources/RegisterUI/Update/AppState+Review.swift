import RiskRegister

extension AppState {
    /// `R`: starts reviewing the open register's entries not yet reviewed this quarter (loading
    /// its predecessor for last quarter's ratings), or ends the review under way.
    mutating func toggleReview() {
        if review != nil {
            review = nil
            message = StatusMessage(text: "Review ended: \(reviewCountText)", isWarning: false)
            return
        }
        guard let openID, let register else { return }
        let status = ReviewStatus(register)
        guard !status.isComplete else {
            message = StatusMessage(text: "All \(status.total) open entries are reviewed this quarter", isWarning: false)
            return
        }
        let predecessor = predecessorID(of: openID)
        if let predecessor { want(predecessor) }
        review = ReviewSession(registerID: openID, predecessorID: predecessor)
        cellFilter = nil
        searchText = ""
        selectNextUnreviewed(after: nil)
        focus = .detail
    }

    /// `y` in a review: the selected entry reviewed with no change (unless already reviewed this
    /// quarter); then the next one not reviewed.
    mutating func reviewNoChange() {
        guard review != nil, let register, let entry = selectedEntry else { return }
        if !entry.isClosed && !ReviewStatus.isReviewed(entry, in: register) {
            let stamp = Review(at: now, by: author, outcome: .noChange)
            change("review", recordingReview: false) { $0.reviews.append(stamp) }
        }
        if let updated = self.register, ReviewStatus(updated).isComplete {
            review = nil
            message = StatusMessage(text: "Review complete: \(ReviewStatus(updated).total) of \(ReviewStatus(updated).total) reviewed (\(CommandTable.hint(.save, in: .global, "saves")))",
                                    isWarning: false)
            return
        }
        selectNextUnreviewed(after: selection)
    }

    /// The review a change records: during a review, an edit to an open entry whose last review
    /// this quarter is not "changed" records one.
    func reviewRecorded(for entry: inout Entry) {
        guard let review, review.registerID == openID, let register, !entry.isClosed else { return }
        if entry.reviews.last(where: { ReviewStatus.counts($0, in: register) })?.outcome != .changed {
            entry.reviews.append(Review(at: now, by: author, outcome: .changed))
        }
    }

    /// "reviewed 3 of 8" for the open register.
    var reviewCountText: String {
        guard let register else { return "" }
        let status = ReviewStatus(register)
        return "reviewed \(status.reviewed.count) of \(status.total)"
    }

    /// The lines above the selected entry's detail: in a review, whether it is reviewed and last
    /// quarter's ratings beside this quarter's.
    var detailPreface: [String] {
        guard let review, let register, let selection, let entry = selectedEntry else { return [] }
        let reviewed = ReviewStatus.isReviewed(entry, in: register)
        let outcome = entry.reviews.last.map { "\($0.outcome.rawValue), \($0.by)" } ?? ""
        var lines = ["Review, \(reviewCountText): \(entry.id) " + (reviewed ? "reviewed (\(outcome))" : "not reviewed yet")]
        guard let predecessor = review.predecessorID else {
            lines.append("No earlier register to compare with")
            return lines
        }
        guard let earlier = workspace.register(predecessor) else {
            lines.append("Last quarter (\(workspace.slot(predecessor)?.period ?? predecessor.fileName)): loading…")
            return lines
        }
        let pairing = EntryPairing(earlier: earlier, later: register)
        guard pairing.earlierIndex.indices.contains(selection), let match = pairing.earlierIndex[selection] else {
            lines.append("New since \(earlier.period)")
            return lines
        }
        lines.append("Last quarter (\(earlier.period)): \(Self.scores(earlier.entries[match]))")
        lines.append("This quarter (\(register.period)): \(Self.scores(entry))")
        return lines
    }

    /// "current 20 (3 × 2) · target 6 (3 × 2)": the ratings printed.
    private static func scores(_ entry: Entry) -> String {
        RatingKind.allCases.compactMap { kind -> String? in
            let rating = entry.rating(kind)
            guard !rating.isEmpty else { return nil }
            let score = rating.effectiveScore.map(String.init) ?? "?"
            let factors = rating.likelihood.flatMap { l in rating.impact.map { i in " (\(l) × \(i))" } } ?? ""
            return "\(kind.rawValue) \(score)\(factors)"
        }.joined(separator: " · ")
    }

    /// Selects the first open entry not reviewed after `index` in register order (from the top
    /// again after the last).
    private mutating func selectNextUnreviewed(after index: Int?) {
        guard let register else { return }
        let order = register.entries.indices
        let start = index.map { $0 + 1 } ?? 0
        let candidates = Array(order[min(start, order.endIndex)...]) + Array(order[..<min(start, order.endIndex)])
        if let next = candidates.first(where: { !register.entries[$0].isClosed && !ReviewStatus.isReviewed(register.entries[$0], in: register) }) {
            selection = next
            detailTop = 0
            detailCursor = 0
        }
    }
}
