/// Where the rows of the entry list go: a header row, then one row per entry.
struct ListGeometry: Hashable, Sendable {
    /// The inside of the pane's frame.
    let inner: Rect

    /// The geometry inside a pane.
    init(pane: Rect) {
        inner = pane.inset(by: 1)
    }

    /// The row of column headings.
    var headerY: Int { inner.y }

    /// How many entries fit.
    var visibleRows: Int { max(0, inner.height - 1) }

    /// The screen row of the entry `offset` rows below the top of the visible part.
    func rowY(_ offset: Int) -> Int { inner.y + 1 + offset }
}
