import RiskRegister

extension AppState {
    /// Moves whatever the active context moves: the help's scroll position, the picker's
    /// highlight, the heat-map cursor, the list selection or the detail's scroll position.
    mutating func move(_ action: Action) {
        switch overlay {
        case .help(let top):
            let page = max(1, (layout?.helpBox.inset(by: 1).height ?? 1) - 1)
            overlay = .help(top: Self.step(top, action, page: page))
        case .picker(let row, let comparing):
            overlay = .picker(selection: Self.step(row, action, page: 1), comparing: comparing)
        case .searchAll:
            moveAllRegistersSelection(action)
        case .profile:
            moveProfileSelection(action)
        case .rollUp:
            moveRollUpSelection(action)
        case nil:
            switch focus {
            case .heatMap: moveCursor(action)
            case .list where compare != nil: moveCompareSelection(action)
            case .list: moveSelection(action)
            case .detail where action == .moveUp || action == .moveDown: moveDetailCursor(action)
            case .detail where action == .moveToFirst || action == .moveToLast: moveDetailToEnd(action)
            case .detail: scrollDetail(action)
            }
        default:
            break
        }
    }

    /// Moves the list selection, staying inside the list.
    mutating func moveSelection(_ action: Action) {
        let visible = visibleEntries
        guard !visible.isEmpty else { return }
        let page = max(1, layout.map { ListGeometry(pane: $0.list).visibleRows } ?? 1)
        let position = selection.flatMap { visible.firstIndex(of: $0) } ?? 0
        selection = visible[max(0, min(visible.count - 1, Self.step(position, action, page: page)))]
    }

    /// Scrolls the detail pane; `normalize` keeps it inside the text.
    mutating func scrollDetail(_ action: Action) {
        let page = max(1, (layout?.detail.inset(by: 1).height ?? 1) - 1)
        detailTop = max(0, Self.step(detailTop, action, page: page))
    }

    /// g / G in the detail pane: the cursor to the first or last target, scrolled to the top or
    /// as far down as keeps the cursor on screen (below the last target come only lines the
    /// cursor cannot be on, such as the history; Page Down reads them).
    mutating func moveDetailToEnd(_ action: Action) {
        guard let layout else { return }
        let height = max(1, layout.detail.inset(by: 1).height)
        detailTop = action == .moveToFirst ? 0 : max(0, detailLayout.targets.count - height)
        detailCursor = action == .moveToFirst ? 0 : max(0, detailTargets.count - 1)
        scrollToDetailCursor()
    }

    /// Moves the heat-map cursor: up and down through impact rows and from the bottom row into
    /// the score-only strip, left and right through likelihood columns or strip items.
    mutating func moveCursor(_ action: Action) {
        guard let model = heatModel else { return }
        if let index = cursor.stripIndex {
            switch action {
            case .moveUp: cursor.stripIndex = nil
            case .moveLeft: cursor.stripIndex = max(0, index - 1)
            case .moveRight: cursor.stripIndex = min(model.strip.count - 1, index + 1)
            default: break
            }
            return
        }
        switch action {
        case .moveUp:
            cursor.impact = min(Scale.factorRange.upperBound, cursor.impact + 1)
        case .moveDown:
            if cursor.impact > Scale.factorRange.lowerBound {
                cursor.impact -= 1
            } else if !model.strip.isEmpty {
                cursor.stripIndex = 0
            }
        case .moveLeft:
            cursor.likelihood = max(Scale.factorRange.lowerBound, cursor.likelihood - 1)
        case .moveRight:
            cursor.likelihood = min(Scale.factorRange.upperBound, cursor.likelihood + 1)
        default:
            break
        }
    }

    /// Puts the heat-map cursor on a position: a grid cell, or the strip item that holds it (with
    /// the bottom row as the grid position, so that Up leaves the strip for the row above it).
    mutating func placeCursor(on placement: Placement) {
        if case .cell(let likelihood, let impact) = placement {
            cursor = HeatCursor(likelihood: likelihood, impact: impact, stripIndex: nil)
        } else if let index = heatModel?.strip.firstIndex(where: { $0.placement == placement }) {
            cursor.impact = Scale.factorRange.lowerBound
            cursor.stripIndex = index
        }
    }

    /// A position moved one step, a page, or to the start or (Int.max, clamped later) the end.
    static func step(_ value: Int, _ action: Action, page: Int) -> Int {
        switch action {
        case .moveUp: value - 1
        case .moveDown: value + 1
        case .pageUp: value - page
        case .pageDown: value + page
        case .moveToFirst: 0
        case .moveToLast: Int.max / 2
        default: value
        }
    }
}
