import RiskRegister

/// The entry list pane: one row per entry that passes the filters, in the chosen order, with a
/// count such as "6 of 19" in its title.
enum EntryListPane {
    static func draw(_ state: AppState, register: Register, layout: Layout, on screen: inout Screen) {
        let glyphs = state.glyphs
        let focused = state.focus == .list
        let visible = state.visibleEntries
        let delta = state.compareDelta
        let removed = state.listedRemovedEntries
        let count = visible.count + removed.count
        let geometry = ListGeometry(pane: layout.list)
        let rows = geometry.visibleRows
        let removedCount = removed.isEmpty ? [] : ["\(removed.count) removed"]
        let title = (["Entries", "\(visible.count) of \(register.entries.count)"] + removedCount + [state.sort.label])
            .joined(separator: glyphs.separator)
        var footer: String?
        if count > rows {
            footer = "\(state.listTop + 1)\(glyphs.rangeDash)\(min(count, state.listTop + rows))"
        }
        Frame.draw(layout.list, title: title, footer: footer, focused: focused, glyphs: glyphs, on: &screen)
        screen.record(layout.list, .pane(.list))
        let summary = state.listSummary
        let columns = ListColumns(width: geometry.inner.width, longestID: summary.longestID,
                                  longestTitle: summary.longestTitle + titlePrefixAllowance(state, comparing: delta != nil),
                                  showOwner: state.sort == .owner, marks: summary.hasAnomalies, movement: delta != nil)
        let movementHeader = delta == nil ? [] : [Span(String(repeating: " ", count: ListColumns.movement))]
        let goalLabel = summary.hasTargets ? "Tgt" : "Res"
        screen.put(row(mark: " ", id: "ID", title: "Title", current: "Cur", goal: goalLabel, anomalies: ("", ""),
                       owner: "Owner", direction: " ", columns: columns, glyphs: glyphs, scoreRoles: (.dim, .dim),
                       textRole: .dim) + movementHeader,
                   x: geometry.inner.x, y: geometry.headerY, limit: geometry.inner.maxX)
        guard count > 0 else {
            let hint = state.cellFilter != nil || !state.searchText.isEmpty || state.outsideAppetite ? "No entries match; \(CommandTable.hint(.backOut, in: .list, "clears"))." : "No entries."
            screen.put(hint, x: geometry.inner.x + 1, y: geometry.rowY(0), style: Style(.dim), limit: geometry.inner.maxX)
            return
        }
        let area = Rect(x: geometry.inner.x, y: geometry.rowY(0), width: geometry.inner.width, height: rows)
        let table = TableView(rect: area, count: count, top: state.listTop, selection: state.listPosition,
                              highlightsSelection: focused)
        table.draw(on: &screen, row: { position in
            guard position < visible.count else {
                let before = removed[position - visible.count].before
                return removedRow(before, selected: position == state.listPosition, columns: columns, glyphs: glyphs,
                                  scale: register.scale)
            }
            let entry = register.entries[visible[position]]
            let movement = delta.map { [Span(" " + $0.entries[visible[position]].movement.glyph)] } ?? []
            let current = entry.current.effectiveScore
            let goal = entry.goal.effectiveScore
            return row(
                mark: visible[position] == state.selection ? glyphs.selection : " ", id: entry.id,
                title: statePrefix(entry, state: state, register: register, glyphs: glyphs) + entry.title,
                current: BandStyle.chip(for: current, scale: register.scale, glyphs: glyphs),
                goal: BandStyle.chip(for: goal, scale: register.scale, glyphs: glyphs),
                anomalies: (entry.current.isAnomalous ? glyphs.anomaly : "", entry.goal.isAnomalous ? glyphs.anomaly : ""),
                owner: entry.owner ?? glyphs.dash, direction: arrow(entry.direction.trend, glyphs: glyphs),
                columns: columns, glyphs: glyphs,
                scoreRoles: (BandStyle.role(for: current, scale: register.scale, kind: entry.kind),
                             BandStyle.role(for: goal, scale: register.scale, kind: entry.kind)),
                textRole: entry.isClosed ? .dim : .normal) + movement
        }, target: { $0 < visible.count ? .listRow(visible[$0]) : .removedRow($0 - visible.count) })
        for position in table.visibleRows where position < visible.count {
            let line = table.line(of: position)
            let entry = register.entries[visible[position]]
            markMatches(of: state.searchText, entry: entry, prefix: statePrefix(entry, state: state, register: register, glyphs: glyphs),
                        columns: columns, glyphs: glyphs, x: line.x, y: line.y, limit: line.maxX, on: &screen)
        }
    }

    /// The columns the longest title needs besides its text: the marks `statePrefix` puts before
    /// it, and "removed: " in compare mode.
    private static func titlePrefixAllowance(_ state: AppState, comparing: Bool) -> Int {
        max(state.showClosed ? 9 : 0, state.review != nil ? 2 : 0, comparing ? 9 : 0) + (state.register?.appetite != nil ? 2 : 0)
    }

    /// Before the title: "closed" for a closed entry; in a review, whether the entry is reviewed
    /// this quarter (✓) or not (·); ▴ for a risk outside the register's appetite.
    private static func statePrefix(_ entry: Entry, state: AppState, register: Register, glyphs: Glyphs) -> String {
        if entry.isClosed { return "[closed] " }
        let appetite = register.appetite?.isOutside(entry) == true ? glyphs.appetite + " " : ""
        guard state.review != nil else { return appetite }
        return (ReviewStatus.isReviewed(entry, in: register) ? glyphs.reviewed + " " : glyphs.emptyCell + " ") + appetite
    }

    /// Marks the search's matches in the id, title and owner of a row as drawn (not in the
    /// scores, which search does not look at).
    private static func markMatches(of needle: String, entry: Entry, prefix: String, columns: ListColumns, glyphs: Glyphs,
                                    x: Int, y: Int, limit: Int, on screen: inout Screen) {
        guard !needle.isEmpty else { return }
        var fields = [(entry.id, columns.id, columns.idOffset), (prefix + entry.title, columns.title, columns.titleOffset)]
        if columns.owner > 0 { fields.append((entry.owner ?? "", columns.owner, columns.ownerOffset)) }
        for (text, width, offset) in fields {
            let shown = TextWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis)
            screen.markMatches(TextMatches.columns(of: needle, in: shown), x: x + offset, y: y, limit: min(limit, x + offset + width))
        }
    }

    /// A removed entry (of the register compared with) after the open register's: dim, its title
    /// after "removed:", its movement ×.
    private static func removedRow(_ entry: Entry?, selected: Bool, columns: ListColumns, glyphs: Glyphs,
                                   scale: Scale) -> [Span] {
        guard let entry else { return [] }
        return row(mark: selected ? glyphs.selection : " ", id: entry.id, title: "removed: " + entry.title,
                   current: BandStyle.chip(for: entry.current.effectiveScore, scale: scale, glyphs: glyphs),
                   goal: BandStyle.chip(for: entry.goal.effectiveScore, scale: scale, glyphs: glyphs), anomalies: ("", ""),
                   owner: entry.owner ?? glyphs.dash, direction: " ", columns: columns, glyphs: glyphs,
                   scoreRoles: (.dim, .dim), textRole: .dim) + [Span(" " + Movement.removed.glyph, .dim)]
    }

    /// The direction-of-travel arrow, or a space when the trend is unknown.
    static func arrow(_ trend: Trend, glyphs: Glyphs) -> String {
        switch trend {
        case .up: glyphs.up
        case .down: glyphs.down
        case .level: glyphs.level
        case .unknown: " "
        }
    }

    /// One row. Each score chip is followed by its mark column (where the columns have one): the
    /// anomaly mark when that rating is a printed anomaly (a printed score that is not likelihood
    /// × impact), else blank.
    private static func row(mark: String, id: String, title: String, current: String, goal: String,
                            anomalies: (String, String), owner: String, direction: String, columns: ListColumns,
                            glyphs: Glyphs, scoreRoles: (StyleRole, StyleRole), textRole: StyleRole) -> [Span] {
        var spans = [
            Span(mark, .focusedTitle),
            Span(TextWidth.pad(id, to: columns.id, ellipsis: glyphs.ellipsis) + " ", textRole),
            Span(TextWidth.pad(title, to: columns.title, ellipsis: glyphs.ellipsis) + " ", textRole),
            Span(TextWidth.pad(current, to: ListColumns.score, ellipsis: glyphs.ellipsis), scoreRoles.0),
            Span(TextWidth.pad(anomalies.0, to: columns.mark, ellipsis: ""), anomalies.0.isEmpty ? textRole : .warning),
            Span(" ", textRole),
            Span(TextWidth.pad(goal, to: ListColumns.score, ellipsis: glyphs.ellipsis), scoreRoles.1),
            Span(TextWidth.pad(anomalies.1, to: columns.mark, ellipsis: ""), anomalies.1.isEmpty ? textRole : .warning),
            Span(" ", textRole),
        ]
        if columns.owner > 0 {
            spans.append(Span(TextWidth.pad(owner, to: columns.owner, ellipsis: glyphs.ellipsis) + " ", textRole))
        }
        spans.append(Span(direction, textRole))
        return spans
    }
}
