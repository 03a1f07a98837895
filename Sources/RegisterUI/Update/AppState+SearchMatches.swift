extension AppState {
    /// `n` / `N` in the detail pane: moves to the next (or previous) line of the selected entry
    /// that holds the search text, after (or before) the cursor's lines or the line moved to last,
    /// going round at the end. The detail cursor goes to what that line belongs to (an item or a
    /// field) and the line is scrolled into view.
    mutating func jumpToMatch(forward: Bool) {
        guard let layout else { return }
        guard !searchText.isEmpty else {
            message = StatusMessage(text: "No search in force: / searches", isWarning: true)
            return
        }
        let (rows, targets) = detailLayout
        let matching = rows.indices.filter { !TextMatches.columns(of: searchText, in: rows[$0]).isEmpty }
        guard let first = matching.first, let last = matching.last else {
            message = StatusMessage(text: "\"\(searchText)\" is not in this entry's text", isWarning: true)
            return
        }
        let cursorLines = currentTarget.flatMap { target in
            targets.firstIndex(of: target).map { $0...(targets.lastIndex(of: target) ?? $0) }
        }
        let here = detailMatchLine.map { $0...$0 } ?? cursorLines ?? detailTop...detailTop
        let line = forward ? matching.first { $0 > here.upperBound } ?? first : matching.last { $0 < here.lowerBound } ?? last
        detailMatchLine = line
        if let target = targets[line], let index = detailTargets.firstIndex(of: target) {
            detailCursor = index
        }
        let height = max(1, layout.detail.inset(by: 1).height)
        if line < detailTop || line >= detailTop + height {
            detailTop = max(0, line - height / 3)
        }
    }
}
