/// Rows of a list drawn in a rectangle, the one widget behind the entry list, the register picker
/// and the search across registers (and the views to come): only the rows on screen are built,
/// however many there are; the selected row is highlighted; each row is recorded on the screen
/// with what clicking it means.
struct TableView {
    /// Where the rows go, one per line.
    let rect: Rect
    /// How many rows there are in all.
    let count: Int
    /// The first row on screen.
    let top: Int
    /// The selected row, if any.
    let selection: Int?
    /// True when the selection is highlighted (its pane has the focus).
    let highlightsSelection: Bool

    /// A table scrolled to `top`.
    init(rect: Rect, count: Int, top: Int, selection: Int?, highlightsSelection: Bool = true) {
        self.rect = rect
        self.count = count
        self.top = max(0, top)
        self.selection = selection
        self.highlightsSelection = highlightsSelection
    }

    /// A table scrolled just enough to show the selection, from the top otherwise.
    init(rect: Rect, count: Int, showing selection: Int, highlightsSelection: Bool = true) {
        self.init(rect: rect, count: count, top: Self.top(showing: selection, rows: rect.height), selection: selection,
                  highlightsSelection: highlightsSelection)
    }

    /// The rows on screen.
    var visibleRows: Range<Int> { min(top, count)..<min(count, top + rect.height) }

    /// Draws the rows on screen: `row` builds one row's spans (called only for those), `target`
    /// says what clicking it means.
    func draw(on screen: inout Screen, row: (Int) -> [Span], target: (Int) -> HitTarget) {
        for index in visibleRows {
            let line = line(of: index)
            screen.record(line, target(index))
            screen.put(row(index), x: line.x, y: line.y, limit: line.maxX)
            if highlightsSelection && index == selection { screen.highlight(line) }
        }
    }

    /// Where a row on screen is drawn.
    func line(of index: Int) -> Rect {
        Rect(x: rect.x, y: rect.y + index - top, width: rect.width, height: 1)
    }

    /// The first row to show so that `selection` is on the last line at most.
    static func top(showing selection: Int, rows: Int) -> Int {
        max(0, selection - max(1, rows) + 1)
    }

    /// Cells of fixed widths (padded or cut with an ellipsis), then the last one taking the room
    /// left: a row's spans fitted to `width` columns.
    static func fit(_ cells: [(text: String, width: Int, role: StyleRole)], rest: (text: String, role: StyleRole),
                    width: Int, ellipsis: String) -> [Span] {
        let spans = cells.map { Span(TextWidth.pad($0.text, to: $0.width, ellipsis: ellipsis), $0.role) }
        let room = max(0, width - Span.columns(of: spans))
        return spans + [Span(TextWidth.truncate(rest.text, to: room, ellipsis: ellipsis), rest.role)]
    }
}
