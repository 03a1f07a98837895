extension AppState {
    /// Lines, entries or rows one wheel step moves.
    static let wheelStep = 3

    /// A click focuses the pane under the pointer and selects what is there; the wheel scrolls.
    /// What is under the pointer comes from the frame the user saw (`MouseEvent.target`, recorded
    /// by the view as it drew), never from measuring the layout here.
    mutating func handle(_ mouse: MouseEvent) {
        let delta = Self.wheelDelta(mouse.action)
        switch overlay {
        case .help(let top):
            if let delta { overlay = .help(top: max(0, top + delta)) }
        case .picker(let row, let comparing):
            if let delta {
                overlay = .picker(selection: row + delta, comparing: comparing)
            } else if case .pickerRow(let clicked) = mouse.target {
                choosePickerRow(clicked)
            } else if mouse.target != .overlay {
                overlay = nil
            }
        case .searchAll:
            if let delta {
                for _ in 0..<abs(delta) { moveAllRegistersSelection(delta < 0 ? .moveUp : .moveDown) }
            } else if case .foundEntry(let index) = mouse.target {
                allSearch?.selection = index
                openFoundEntry()
            } else if mouse.target != .overlay {
                overlay = nil
                allSearch = nil
            }
        case .profile(var table):
            if let delta {
                for _ in 0..<abs(delta) { moveProfileSelection(delta < 0 ? .moveUp : .moveDown) }
            } else if case .profileRow(let row) = mouse.target {
                table.selection = row
                overlay = .profile(table)
                openProfileEntry()
            } else if mouse.target != .overlay {
                overlay = nil
            }
        case .rollUp(var table):
            if let delta {
                for _ in 0..<abs(delta) { moveRollUpSelection(delta < 0 ? .moveUp : .moveDown) }
            } else if case .rollUpRow(let row) = mouse.target {
                table.selection = row
                overlay = .rollUp(table)
                openRollUpEntry()
            } else if mouse.target != .overlay {
                overlay = nil
            }
        case .editor, .score, .prompt, .merge, .conflict:
            break
        case nil:
            if let delta {
                wheel(delta, on: mouse.target)
            } else {
                click(mouse.target)
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

    private mutating func wheel(_ delta: Int, on target: HitTarget?) {
        switch target {
        case .pane(.list), .listRow, .removedRow:
            let action: Action = delta < 0 ? .moveUp : .moveDown
            for _ in 0..<abs(delta) { if compare != nil { moveCompareSelection(action) } else { moveSelection(action) } }
        case .pane(.detail):
            detailTop = max(0, detailTop + delta)
        default:
            break
        }
    }

    private mutating func click(_ target: HitTarget?) {
        switch target {
        case .pane(let pane):
            focus = pane
        case .listRow(let index):
            focus = .list
            selection = index
            selectRemovedEntry(nil)
        case .removedRow(let row):
            focus = .list
            selectRemovedEntry(row)
        case .heatCell(let likelihood, let impact):
            clickHeatMap(HeatCursor(likelihood: likelihood, impact: impact, stripIndex: nil))
        case .stripItem(let index):
            var position = cursor
            position.stripIndex = index
            clickHeatMap(position)
        case .overlay, .pickerRow, .foundEntry, .profileRow, .rollUpRow, nil:
            break
        }
    }

    /// Clicking a cell or strip item moves the cursor there; clicking the cursor's own position
    /// in the focused heat map filters the list by it, as Enter does.
    private mutating func clickHeatMap(_ position: HeatCursor) {
        let wasFocused = focus == .heatMap
        focus = .heatMap
        if wasFocused && position == cursor {
            filterByCursor()
        } else {
            cursor = position
        }
    }
}
