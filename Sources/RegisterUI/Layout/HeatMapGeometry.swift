import RiskRegister

/// Where the parts of the heat map pane go: inside the frame, a header row of likelihood labels,
/// five grid rows from the highest impact down (each `cellHeight` rows, labelled on the left), an
/// axis row, and two rows for the score-only strip.
struct HeatMapGeometry: Hashable, Sendable {
    /// The inside of the pane's frame.
    let inner: Rect
    /// Columns of the impact labels: what the grid leaves, up to 13 ("Insignificant").
    let labelWidth: Int
    /// Columns of one grid cell: 6 at the minimum size, 7 from 80 columns, growing with the
    /// width once the labels have their 13 columns.
    let cellWidth: Int
    /// Rows of one grid cell.
    let cellHeight: Int

    /// The pane's height for a cell height: frame, header, grid, axis and two strip rows.
    static func paneHeight(cellHeight: Int) -> Int { 2 + 1 + 5 * cellHeight + 1 + 2 }

    /// The caption of the score-only strip.
    static let stripCaption = "Score only:"

    /// The geometry inside a pane.
    init(pane: Rect, cellHeight: Int) {
        inner = pane.inset(by: 1)
        self.cellHeight = cellHeight
        // Cells of 7 columns (a score, a count and a mark) before labels beyond 8 columns.
        let preferredLabel = max(8, min(13, inner.width - 1 - 5 * 7))
        cellWidth = max(1, (inner.width - 1 - preferredLabel) / 5)
        labelWidth = max(0, min(13, inner.width - 1 - 5 * cellWidth))
    }

    /// The first column of the grid.
    var gridX: Int { inner.x + labelWidth + 1 }

    /// The row of likelihood labels.
    var headerY: Int { inner.y }

    /// The row below the grid, for the axis names and the mark legend.
    var axisY: Int { inner.y + 1 + 5 * cellHeight }

    /// The two rows of the score-only strip.
    var stripArea: Rect { Rect(x: inner.x, y: axisY + 1, width: inner.width, height: 2) }

    /// The rectangle of a grid cell.
    func cell(likelihood: Int, impact: Int) -> Rect {
        Rect(x: gridX + (likelihood - 1) * cellWidth, y: inner.y + 1 + (5 - impact) * cellHeight,
             width: cellWidth, height: cellHeight)
    }

    /// Where each strip item goes, flowing over the strip's two rows after the caption: a slot for
    /// a cursor bracket, the label, a slot for a mark and a closing bracket. Nil for an item that
    /// does not fit.
    func stripRects(widths labelWidths: [Int]) -> [Rect?] {
        let area = stripArea
        let start = area.x + TextWidth.columns(of: Self.stripCaption)
        var x = start
        var row = 0
        return labelWidths.map { labelWidth in
            let width = labelWidth + 3
            if x + width > area.maxX, x > start {
                row += 1
                x = start
            }
            guard row < area.height, x + width <= area.maxX else { return nil }
            defer { x += width }
            return Rect(x: x, y: area.y + row, width: width, height: 1)
        }
    }
}
