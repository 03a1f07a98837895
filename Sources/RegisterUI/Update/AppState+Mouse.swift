extension AppState {
    /// Lines, entries or rows one wheel step moves.
    static let wheelStep = 3

    /// A click focuses the pane under the pointer and selects what is there; the wheel scrolls.
    mutating func handle(_ mouse: MouseEvent) {
        guard let layout else { return }
        switch overlay {
        case .help(let top):
            if let delta = Self.wheelDelta(mouse.action) { overlay = .help(top: max(0, top + delta)) }
        case .picker(let row):
            if let delta = Self.wheelDelta(mouse.action) {
                overlay = .picker(selection: row + delta)
            } else if let clicked = PickerView.row(atY: mouse.y, x: mouse.x, state: self, layout: layout) {
                choosePickerRow(clicked)
            } else if !PickerView.box(self, layout: layout).contains(x: mouse.x, y: mouse.y) {
                overlay = nil
            }
        case .searchAll:
            if let delta = Self.wheelDelta(mouse.action) {
                moveAllRegistersSelection(delta < 0 ? .moveUp : .moveDown)
            } else if !AllRegistersSearchView.box(layout).contains(x: mouse.x, y: mouse.y) {
                overlay = nil
                allSearch = nil
            }
        case .editor, .score, .prompt, .merge:
            break
        case nil:
            if let delta = Self.wheelDelta(mouse.action) {
                wheel(delta, at: mouse, layout: layout)
            } else {
                click(at: mouse, layout: layout)
            }
        }
    }

    private static func wheelDelta(_ action: MouseEvent.Action) -> Int? {
        switch action {
        case .click: nil
        case .wheelUp: -wheelStep
        case .wheelDown: wheelStep
        }
    }

    private mutating func wheel(_ delta: Int, at mouse: MouseEvent, layout: Layout) {
        switch layout.pane(atX: mouse.x, y: mouse.y) {
        case .list:
            for _ in 0..<abs(delta) { moveSelection(delta < 0 ? .moveUp : .moveDown) }
        case .detail:
            detailTop = max(0, detailTop + delta)
        case .heatMap, nil:
            break
        }
    }

    private mutating func click(at mouse: MouseEvent, layout: Layout) {
        guard let pane = layout.pane(atX: mouse.x, y: mouse.y) else { return }
        let wasFocused = focus == pane
        focus = pane
        switch pane {
        case .heatMap:
            clickHeatMap(at: mouse, layout: layout, wasFocused: wasFocused)
        case .list:
            let geometry = ListGeometry(pane: layout.list)
            let visible = visibleEntries
            if let offset = geometry.rowOffset(atX: mouse.x, y: mouse.y), visible.indices.contains(listTop + offset) {
                selection = visible[listTop + offset]
            }
        case .detail:
            break
        }
    }

    /// Clicking a cell or strip item moves the cursor there; clicking the cursor's own position
    /// in the focused heat map filters the list by it, as Enter does.
    private mutating func clickHeatMap(at mouse: MouseEvent, layout: Layout, wasFocused: Bool) {
        guard let model = heatModel, let register else { return }
        let geometry = HeatMapGeometry(pane: layout.heatMap, cellHeight: layout.heatCellHeight)
        var target = cursor
        if let (likelihood, impact) = geometry.cell(atX: mouse.x, y: mouse.y) {
            target = HeatCursor(likelihood: likelihood, impact: impact, stripIndex: nil)
        } else if let index = geometry
            .stripRects(widths: HeatMapPane.stripLabels(model, scale: register.scale, state: self).map(TextWidth.columns(of:)))
            .firstIndex(where: { $0?.contains(x: mouse.x, y: mouse.y) ?? false }) {
            target.stripIndex = index
        } else {
            return
        }
        if wasFocused && target == cursor {
            filterByCursor()
        } else {
            cursor = target
        }
    }
}
